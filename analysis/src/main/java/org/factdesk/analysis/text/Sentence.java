package org.factdesk.analysis.text;

/**
 * A sentence found inside a larger text.
 *
 * @param text the sentence, trimmed
 * @param start offset of its first character in the text it was split from
 * @param end offset just past its last character
 */
public record Sentence(String text, int start, int end) {}
