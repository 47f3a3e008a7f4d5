package org.factdesk.analysis.claim;

import java.util.List;
import java.util.Objects;

/**
 * A claim as the matcher sees it: the sentence and its typed spans, and the article it comes from.
 * Built from a fresh {@link FoundClaim} or from a stored claim; span offsets are not used (the
 * stored ones are relative to the sentence, the engine's to the block), only their types and text.
 *
 * @param article a stable key of the article (an id, a URL); claims of one article are never linked
 *     with each other by {@link ClaimClusterer}
 * @param text the sentence
 * @param spans its evidence spans
 */
public record ClaimText(String article, String text, List<FoundSpan> spans) {
  public ClaimText {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    spans = List.copyOf(spans);
  }

  public static ClaimText of(String article, FoundClaim candidate) {
    return new ClaimText(article, candidate.text(), candidate.spans());
  }
}
