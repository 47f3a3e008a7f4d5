package org.factdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.factdesk.analysis.claim.SpanType;

/** A typed piece of a claim sentence (a number, a date, a source…), offsets within the sentence. */
@Embeddable
public class ClaimSpan {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SpanType type;

  @Column(nullable = false, length = 2000)
  private String text;

  @Column(name = "start_offset", nullable = false)
  private int startOffset;

  @Column(name = "end_offset", nullable = false)
  private int endOffset;

  protected ClaimSpan() {}

  /** The span's text as the column holds it: at most 2000 characters. */
  static String clipText(String text) {
    return text.length() > 2000 ? text.substring(0, 2000) : text;
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
