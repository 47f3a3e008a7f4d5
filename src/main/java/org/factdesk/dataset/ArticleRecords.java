package org.factdesk.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.factdesk.article.Article;
import org.factdesk.article.Block;
import org.factdesk.article.Flag;
import org.factdesk.article.FlagDecision;
import org.factdesk.claim.Claim;
import org.factdesk.claim.Verdict;

/** Maps an article, with its blocks, claims and verdicts, to the entry a dataset version holds. */
final class ArticleRecords {
  private ArticleRecords() {}

  /** The article as a version freezes it: its kept text, removed blocks, claims and verdicts. */
  static ArticleRecord of(
      Article a, List<Block> blocks, List<Claim> claims, Map<Long, List<Verdict>> verdicts) {
    List<Block> ordered = new ArrayList<>(blocks);
    ordered.sort(Comparator.comparingInt(Block::getPosition));
    List<String> kept = new ArrayList<>();
    List<ArticleRecord.RemovedBlock> removed = new ArrayList<>();
    for (Block b : ordered) {
      if (b.isRemoved()) {
        TreeSet<String> types = new TreeSet<>();
        for (Flag f : b.getFlags()) {
          if (f.getDecision() != FlagDecision.REJECTED) {
            types.add(f.getType().name());
          }
        }
        removed.add(
            new ArticleRecord.RemovedBlock(b.getPosition(), List.copyOf(types), b.getText()));
      } else {
        kept.add(b.getText());
      }
    }
    List<ArticleRecord.ClaimRecord> claimRecords = new ArrayList<>();
    for (Claim c : claims) {
      List<Verdict> of = new ArrayList<>(verdicts.getOrDefault(c.getId(), List.of()));
      of.sort(Comparator.comparingInt(Verdict::getRevision));
      List<ArticleRecord.VerdictRecord> vs = new ArrayList<>();
      for (Verdict v : of) {
        vs.add(
            new ArticleRecord.VerdictRecord(
                v.getRevision(),
                v.getRating().name(),
                v.getRationale(),
                v.getClaimant(),
                v.getClaimDate(),
                v.getAuthor(),
                v.getCreatedAt(),
                v.getEvidence().stream()
                    .map(
                        e ->
                            new ArticleRecord.EvidenceRecord(e.getUrl(), e.getTitle(), e.getNote()))
                    .toList()));
      }
      claimRecords.add(
          new ArticleRecord.ClaimRecord(
              c.getId(),
              c.getClaimReviewed(),
              c.getSentence(),
              c.getState().name(),
              c.getDismissReason(),
              vs));
    }
    return new ArticleRecord(
        a.getId(),
        a.getUrl(),
        a.getOutlet(),
        a.getTitle(),
        a.getPublished(),
        a.getLanguage(),
        new ArrayList<>(ArticleRecord.labelsOf(removed)),
        String.join("\n\n", kept),
        removed,
        claimRecords,
        new ArticleRecord.Provenance(
            a.getSha256(),
            a.getImportedBy(),
            a.getCreatedAt(),
            a.getReviewedBy(),
            a.getReviewedAt(),
            a.getApprovedBy(),
            a.getApprovedAt(),
            a.getCapturedAt()),
        null);
  }
}
