package org.factdesk.analysis.claim;

/**
 * One piece of evidence inside a claim sentence.
 *
 * @param type what it is
 * @param text the matched text
 * @param start offset in the block's text
 * @param end offset just past the match in the block's text
 */
public record FoundSpan(SpanType type, String text, int start, int end) {}
