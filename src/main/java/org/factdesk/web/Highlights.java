package org.factdesk.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a sentence into plain and marked pieces for pages that show typed spans inline. Pure Java:
 * pages escape each piece as text, so nothing of the sentence is ever read as markup. Spans that
 * overlap, fall outside the text or are empty are clipped or dropped, never an error: a page must
 * always show the whole sentence, exactly once.
 */
public final class Highlights {

  private Highlights() {}

  /**
   * A span to mark.
   *
   * @param start offset of the first character, as the span's owner counts
   * @param end offset just past the last character
   * @param type what the span is (MONEY, DATE, SOURCE …)
   * @param words the span's text as found, to place it when its offsets count from elsewhere; null
   *     when unknown
   */
  public record Mark(int start, int end, String type, String words) {}

  /** A piece of the text; {@code type} is null for text outside every span. */
  public record Segment(String text, String type) {
    public boolean isMarked() {
      return type != null;
    }
  }

  /**
   * The text as pieces whose concatenation is the text. Where spans overlap, the one starting first
   * (the longer when they start together) keeps the overlap and the other is cut to what remains.
   */
  public static List<Segment> segments(String text, List<Mark> marks) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    int length = text.length();
    List<Mark> ordered = new ArrayList<>();
    for (Mark mark : marks == null ? List.<Mark>of() : marks) {
      if (mark == null || mark.type() == null) {
        continue;
      }
      int start = Math.max(0, mark.start());
      int end = Math.min(length, mark.end());
      if (start < end) {
        ordered.add(new Mark(start, end, mark.type(), mark.words()));
      }
    }
    ordered.sort(
        Comparator.comparingInt(Mark::start).thenComparing(Mark::end, Comparator.reverseOrder()));
    List<Segment> segments = new ArrayList<>();
    int at = 0;
    for (Mark mark : ordered) {
      int start = Math.max(at, mark.start());
      if (start >= mark.end()) {
        continue;
      }
      if (at < start) {
        segments.add(new Segment(text.substring(at, start), null));
      }
      segments.add(new Segment(text.substring(start, mark.end()), mark.type()));
      at = mark.end();
    }
    if (at < length) {
      segments.add(new Segment(text.substring(at), null));
    }
    return segments;
  }

  /**
   * The marks moved onto the text when their offsets count from somewhere else: a claim candidate's
   * spans count from the start of its block, not of its sentence. The one shift that puts every
   * mark's words where its offsets say is taken; failing that, each mark is looked for by its words
   * after the one before, and dropped when not found. Marks without words stay as they are.
   */
  public static List<Mark> placed(String text, List<Mark> marks) {
    if (text == null || marks == null || marks.isEmpty()) {
      return marks == null ? List.of() : marks;
    }
    if (fitsWithShift(text, marks, 0)) {
      return marks;
    }
    Mark first = marks.stream().filter(m -> hasWords(m)).findFirst().orElse(null);
    if (first == null) {
      return marks;
    }
    for (int at = text.indexOf(first.words()); at >= 0; at = text.indexOf(first.words(), at + 1)) {
      int shift = first.start() - at;
      if (fitsWithShift(text, marks, shift)) {
        return marks.stream()
            .map(m -> new Mark(m.start() - shift, m.end() - shift, m.type(), m.words()))
            .toList();
      }
    }
    List<Mark> found = new ArrayList<>();
    int from = 0;
    for (Mark mark : marks) {
      if (!hasWords(mark)) {
        continue;
      }
      int at = text.indexOf(mark.words(), from);
      if (at < 0) {
        at = text.indexOf(mark.words());
      }
      if (at >= 0) {
        found.add(new Mark(at, at + mark.words().length(), mark.type(), mark.words()));
        from = at + mark.words().length();
      }
    }
    return found;
  }

  private static boolean hasWords(Mark mark) {
    return mark.words() != null && !mark.words().isEmpty();
  }

  private static boolean fitsWithShift(String text, List<Mark> marks, int shift) {
    for (Mark mark : marks) {
      if (!hasWords(mark)) {
        continue;
      }
      int start = mark.start() - shift;
      if (start < 0 || !text.startsWith(mark.words(), start)) {
        return false;
      }
    }
    return true;
  }
}
