package org.factdesk.dataset;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.factdesk.article.ArticleLabel;

/**
 * One article as a dataset version holds it: frozen when the version is published, and the one
 * source of every export of that version ({@link ArticleJson} writes and reads it).
 */
public record ArticleRecord(
    long id,
    String url,
    String outlet,
    String title,
    LocalDate published,
    String language,
    List<ArticleLabel> labels,
    String cleanText,
    List<RemovedBlock> removedBlocks,
    List<ClaimRecord> claims,
    Provenance provenance,
    String split) {

  /** The same article in the given split (train or test). */
  public ArticleRecord inSplit(String nextSplit) {
    return new ArticleRecord(
        id,
        url,
        outlet,
        title,
        published,
        language,
        labels,
        cleanText,
        removedBlocks,
        claims,
        provenance,
        nextSplit);
  }

  /** A block taken out of the clean text, with the types of its accepted flags. */
  public record RemovedBlock(int position, List<String> types, String text) {}

  /** The labels of an article from the blocks taken out of its text. */
  public static Set<ArticleLabel> labelsOf(Collection<RemovedBlock> removed) {
    EnumSet<ArticleLabel> labels = EnumSet.noneOf(ArticleLabel.class);
    removed.forEach(b -> labels.addAll(ArticleLabel.ofRemovedBlock(b.types(), b.text())));
    return labels;
  }

  /** A claim with every verdict it got, oldest first (the last is its verdict). */
  public record ClaimRecord(
      long id,
      String claimReviewed,
      String sentence,
      String state,
      String dismissReason,
      List<VerdictRecord> verdicts) {

    /** The newest verdict, or null for a claim without one. */
    public VerdictRecord current() {
      return verdicts.isEmpty() ? null : verdicts.get(verdicts.size() - 1);
    }
  }

  public record VerdictRecord(
      int revision,
      String rating,
      String rationale,
      String claimant,
      LocalDate claimDate,
      String author,
      Instant createdAt,
      List<EvidenceRecord> evidence) {}

  public record EvidenceRecord(String url, String title, String note) {}

  /**
   * Where the article came from and who moved it on to the dataset; {@code capturedAt} is when a
   * web archive captured it (null for other imports, and not written in schema 1).
   */
  public record Provenance(
      String originalSha256,
      String importedBy,
      Instant importedAt,
      String reviewedBy,
      Instant reviewedAt,
      String approvedBy,
      Instant approvedAt,
      Instant capturedAt) {}
}
