package org.factdesk.article;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.factdesk.analysis.claim.FoundSpan;
import org.factdesk.analysis.claim.SpanType;

/**
 * A typed piece of a claim sentence (a number, a date, a source…), offsets within the sentence. A
 * claim's spans are stored together in one column of the claim ({@link #encode}, {@link #decode}):
 * per span {@code TYPE start end text;}, with backslash and semicolon in the text escaped by a
 * backslash. Migration V10 wrote the spans stored before in the same form.
 */
public final class ClaimSpan {

  private static final int MAX_TEXT = 2000;

  private final SpanType type;
  private final String text;
  private final int startOffset;
  private final int endOffset;

  ClaimSpan(SpanType type, String text, int startOffset, int endOffset) {
    this.type = type;
    this.text = clipText(text);
    this.startOffset = startOffset;
    this.endOffset = endOffset;
  }

  /** The span's text as it is kept: at most 2000 characters. */
  static String clipText(String text) {
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
  }

  /** The column value for the engine's spans of one claim; null for none. */
  public static String encode(List<FoundSpan> spans) {
    if (spans.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (FoundSpan span : spans) {
      out.append(span.type().name())
          .append(' ')
          .append(span.start())
          .append(' ')
          .append(span.end())
          .append(' ');
      String text = clipText(span.text());
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\\' || c == ';') {
          out.append('\\');
        }
        out.append(c);
      }
      out.append(';');
    }
    return out.toString();
  }

  /** The spans in a column value written by {@link #encode} (or by migration V10). */
  public static List<ClaimSpan> decode(String column) {
    if (column == null || column.isEmpty()) {
      return List.of();
    }
    List<ClaimSpan> spans = new ArrayList<>();
    int at = 0;
    while (at < column.length()) {
      int afterType = column.indexOf(' ', at);
      int afterStart = column.indexOf(' ', afterType + 1);
      int afterEnd = column.indexOf(' ', afterStart + 1);
      if (afterType < 0 || afterStart < 0 || afterEnd < 0) {
        throw new IllegalArgumentException("not a stored span list at " + at + ": " + column);
      }
      StringBuilder text = new StringBuilder();
      int i = afterEnd + 1;
      while (i < column.length() && column.charAt(i) != ';') {
        char c = column.charAt(i);
        if (c == '\\' && i + 1 < column.length()) {
          c = column.charAt(++i);
        }
        text.append(c);
        i++;
      }
      if (i == column.length()) {
        throw new IllegalArgumentException("a stored span list ends inside a span: " + column);
      }
      spans.add(
          new ClaimSpan(
              SpanType.valueOf(column.substring(at, afterType)),
              text.toString(),
              Integer.parseInt(column.substring(afterType + 1, afterStart)),
              Integer.parseInt(column.substring(afterStart + 1, afterEnd))));
      at = i + 1;
    }
    return Collections.unmodifiableList(spans);
  }

  public SpanType getType() {
    return type;
  }

  public String getText() {
    return text;
  }

  public int getStartOffset() {
    return startOffset;
  }

  public int getEndOffset() {
    return endOffset;
  }
}
