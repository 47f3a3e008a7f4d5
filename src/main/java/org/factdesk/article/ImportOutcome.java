package org.factdesk.article;

import java.io.Serializable;

/**
 * What became of one import: a new article (perhaps a near-duplicate of an earlier one), or an
 * exact duplicate that was not stored again.
 */
public record ImportOutcome(
    Kind kind, Long articleId, Long duplicateOfId, Double similarity, String message)
    implements Serializable {

  /** The outcomes an import can have. */
  public enum Kind {
    IMPORTED,
    DUPLICATE
  }

  static ImportOutcome imported(Article article, DuplicateLink nearest) {
    if (nearest == null) {
      return new ImportOutcome(Kind.IMPORTED, article.getId(), null, null, "imported");
    }
    return new ImportOutcome(
        Kind.IMPORTED,
        article.getId(),
        nearest.getDuplicateOf().getId(),
        nearest.getSimilarity(),
        String.format(
            java.util.Locale.ROOT,
            "imported; near-duplicate of article %d (similarity %.2f)",
            nearest.getDuplicateOf().getId(),
            nearest.getSimilarity()));
  }

  static ImportOutcome duplicate(Article existing) {
    return new ImportOutcome(
        Kind.DUPLICATE,
        null,
        existing.getId(),
        1.0,
        "not stored: the same text as article " + existing.getId());
  }
}
