package org.factdesk.analysis.text;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.BlockKind;
import org.factdesk.analysis.TextBlock;

/**
 * Splits plain text into blocks, one per non-blank line. Lines, not blank-line paragraphs, are the
 * unit because scraped text glues inserts to the paragraph before them (a disclaimer on the line
 * right after the last paragraph), and an editor must be able to drop exactly that line.
 */
public final class PlainTextSegmenter {
  private PlainTextSegmenter() {}

  /** Blocks with offsets into {@code text}; CRLF, CR, LF and U+2028/2029 all end a line. */
  public static List<TextBlock> segment(String text) {
    List<TextBlock> blocks = new ArrayList<>();
    int n = text.length();
    int lineStart = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        addLine(text, lineStart, i, blocks);
        lineStart = i + 1;
      }
    }
    return blocks;
  }

  private static void addLine(String text, int from, int to, List<TextBlock> blocks) {
    int start = from;
    int end = to;
    while (start < end && isSkippable(text.charAt(start))) {
      start++;
    }
    while (end > start && isSkippable(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return;
    }
    String normalized = TextNormalizer.normalize(text, start, end);
    if (!normalized.isEmpty()) {
      blocks.add(new TextBlock(blocks.size(), BlockKind.LINE, normalized, start, end));
    }
  }

  private static boolean isSkippable(char c) {
    return TextNormalizer.isSpace(c) || TextNormalizer.isInvisible(c);
  }
}
