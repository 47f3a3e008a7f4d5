package org.factdesk.analysis.claim;

import java.util.List;

/**
 * A check-worthy sentence the engine found in a block (stored by the app as a ClaimCandidate).
 *
 * @param blockIndex the block the sentence is in
 * @param text the sentence
 * @param start offset of the sentence in the block's text
 * @param end offset just past the sentence in the block's text
 * @param score check-worthiness 0..1, see {@link ClaimExtractor}
 * @param spans evidence, ordered by position; offsets are in the block's text
 */
public record FoundClaim(
    int blockIndex, String text, int start, int end, double score, List<FoundSpan> spans) {
  public FoundClaim {
    spans = List.copyOf(spans);
  }

  public boolean has(SpanType type) {
    return spans.stream().anyMatch(s -> s.type() == type);
  }
}
