package org.factdesk.article;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.analysis.TextBlock;
import org.factdesk.analysis.claim.FoundClaim;

/** An article with everything the engine found in it, detached from the database. */
public record ArticleDetail(
    long id,
    long version,
    ArticleState state,
    String title,
    String outlet,
    LocalDate published,
    String url,
    String author,
    String language,
    String fileName,
    String contentType,
    String sha256,
    String importedBy,
    Instant importedAt,
    List<BlockView> blocks,
    List<ClaimView> claims,
    List<DuplicateView> duplicates,
    String cleanText,
    Instant capturedAt)
    implements Serializable {

  /** A block and its flags. */
  public record BlockView(int index, String kind, String text, List<FlagView> flags)
      implements Serializable {

    /** A block as the engine found it, before anything is stored (flags are pending, id 0). */
    public static BlockView of(TextBlock block) {
      return new BlockView(
          block.index(),
          block.kind().name(),
          block.text(),
          block.flags().stream()
              .map(
                  f ->
                      new FlagView(
                          0, f.type().name(), f.confidence(), f.detector(), f.reason(), "PENDING"))
              .toList());
    }
  }

  /** A flag as detectors and editors see it. */
  public record FlagView(
      long id, String type, double confidence, String detector, String reason, String decision)
      implements Serializable {}

  /** A claim candidate with its spans (offsets within the sentence); id 0 when not stored. */
  public record ClaimView(long id, int blockIndex, String text, double score, List<SpanView> spans)
      implements Serializable {

    /** A claim candidate as the engine found it. */
    public static ClaimView of(FoundClaim claim) {
      return new ClaimView(
          0,
          claim.blockIndex(),
          claim.text(),
          claim.score(),
          claim.spans().stream()
              .map(s -> new SpanView(s.type().name(), s.text(), s.start(), s.end()))
              .toList());
    }
  }

  /** A typed span of a claim. */
  public record SpanView(String type, String text, int start, int end) implements Serializable {}

  /** An earlier article this one repeats, or another article telling the same story. */
  public record DuplicateView(long articleId, String title, String kind, double similarity)
      implements Serializable {}

  static ArticleDetail of(Article a, List<DuplicateLink> links, List<DuplicateLink> laterStories) {
    List<BlockView> blocks =
        a.getBlocks().stream()
            .map(
                b ->
                    new BlockView(
                        b.getPosition(),
                        b.getKind().name(),
                        b.getText(),
                        b.getFlags().stream()
                            .map(
                                f ->
                                    new FlagView(
                                        f.getId(),
                                        f.getType().name(),
                                        f.getConfidence(),
                                        f.getDetector(),
                                        f.getReason(),
                                        f.getDecision().name()))
                            .toList()))
            .toList();
    List<ClaimView> claims =
        a.getClaimCandidates().stream()
            .map(
                c ->
                    new ClaimView(
                        c.getId(),
                        c.getBlock().getPosition(),
                        c.getSentence(),
                        c.getScore(),
                        c.getSpans().stream()
                            .map(
                                s ->
                                    new SpanView(
                                        s.getType().name(),
                                        s.getText(),
                                        s.getStartOffset(),
                                        s.getEndOffset()))
                            .toList()))
            .toList();
    List<DuplicateView> duplicates =
        links.stream()
            .map(
                d ->
                    new DuplicateView(
                        d.getDuplicateOf().getId(),
                        d.getDuplicateOf().getTitle(),
                        d.getKind().name(),
                        d.getSimilarity()))
            .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
    for (DuplicateLink d : laterStories) {
      duplicates.add(
          new DuplicateView(
              d.getArticle().getId(),
              d.getArticle().getTitle(),
              d.getKind().name(),
              d.getSimilarity()));
    }
    return new ArticleDetail(
        a.getId(),
        a.getVersion(),
        a.getState(),
        a.getTitle(),
        a.getOutlet(),
        a.getPublished(),
        a.getUrl(),
        a.getAuthor(),
        a.getLanguage(),
        a.getFileName(),
        a.getContentType(),
        a.getSha256(),
        a.getImportedBy(),
        a.getCreatedAt(),
        blocks,
        claims,
        duplicates,
        a.cleanText(),
        a.getCapturedAt());
  }
}
