package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.factdesk.web.Highlights.Mark;
import org.factdesk.web.Highlights.Segment;
import org.junit.jupiter.api.Test;

class HighlightsTest {

  private static final String SENTENCE =
      "Exports fell to 900 tonnes on 3 May, the Ministry of Trade said.";

  private static Mark mark(String type, String words) {
    int at = SENTENCE.indexOf(words);
    return new Mark(at, at + words.length(), type, words);
  }

  private static String joined(List<Segment> segments) {
    return segments.stream().map(Segment::text).collect(Collectors.joining());
  }

  /** "[NUMBER:900]" for a marked piece, the text as is for a plain one. */
  private static String shown(List<Segment> segments) {
    return segments.stream()
        .map(s -> s.isMarked() ? "[" + s.type() + ":" + s.text() + "]" : s.text())
        .collect(Collectors.joining());
  }

  @Test
  void marksEachSpanInPlaceAndKeepsTheRestAsText() {
    List<Segment> cut =
        Highlights.segments(
            SENTENCE,
            List.of(
                mark("SOURCE", "the Ministry of Trade said"),
                mark("NUMBER", "900 tonnes"),
                mark("DATE", "3 May")));
    assertEquals(
        "Exports fell to [NUMBER:900 tonnes] on [DATE:3 May], [SOURCE:the Ministry of Trade said].",
        shown(cut));
    assertEquals(SENTENCE, joined(cut));
  }

  @Test
  void overlappingSpansShowEveryCharacterOnceTheFirstKeepingTheOverlap() {
    List<Segment> cut =
        Highlights.segments(
            SENTENCE,
            List.of(
                mark("NUMBER", "900"),
                mark("MONEY", "to 900 tonnes"),
                mark("DATE", "tonnes on 3 May")));
    assertEquals(
        "Exports fell [MONEY:to 900 tonnes][DATE: on 3 May], the Ministry of Trade said.",
        shown(cut));
    assertEquals(SENTENCE, joined(cut));
  }

  @Test
  void spansOutsideTheTextAreClippedOrDroppedAndEmptyOnesIgnored() {
    int length = SENTENCE.length();
    List<Segment> cut =
        Highlights.segments(
            SENTENCE,
            List.of(
                new Mark(-5, 7, "QUOTE", null),
                new Mark(length - 5, length + 40, "SOURCE", null),
                new Mark(length + 1, length + 9, "DATE", null),
                new Mark(12, 12, "NUMBER", null),
                new Mark(20, 10, "NUMBER", null)));
    assertEquals(
        "[QUOTE:Exports] fell to 900 tonnes on 3 May, the Ministry of Trade [SOURCE:said.]",
        shown(cut));
    assertEquals(SENTENCE, joined(cut));
  }

  @Test
  void noTextNoPiecesAndNoSpansOnePlainPiece() {
    assertEquals(List.of(), Highlights.segments(null, List.of(mark("DATE", "3 May"))));
    assertEquals(List.of(), Highlights.segments("", List.of()));
    assertEquals(List.of(new Segment(SENTENCE, null)), Highlights.segments(SENTENCE, null));
  }

  @Test
  void markupInTheTextStaysInThePiecesAsIsForThePageToEscape() {
    String hostile = "They said <script>alert(1)</script> 12 times & more.";
    int at = hostile.indexOf("12");
    List<Segment> cut = Highlights.segments(hostile, List.of(new Mark(at, at + 2, "NUMBER", "12")));
    assertEquals(hostile, joined(cut));
    assertTrue(cut.get(0).text().contains("<script>alert(1)</script>"));
  }

  @Test
  void spansCountedFromTheBlockArePlacedOnTheSentenceByOneShift() {
    int shift = 120;
    List<Mark> fromBlock =
        List.of(
            new Mark(16 + shift, 19 + shift, "NUMBER", "900"),
            new Mark(30 + shift, 35 + shift, "DATE", "3 May"));
    assertEquals(
        "Exports fell to [NUMBER:900] tonnes on [DATE:3 May], the Ministry of Trade said.",
        shown(Highlights.segments(SENTENCE, Highlights.placed(SENTENCE, fromBlock))));
  }

  @Test
  void spansAlreadyOnTheSentenceStayWhereTheyAre() {
    List<Mark> marks = List.of(mark("NUMBER", "900"), mark("DATE", "3 May"));
    assertEquals(marks, Highlights.placed(SENTENCE, marks));
  }

  @Test
  void withoutOneShiftForAllEachSpanIsFoundByItsWordsOrDropped() {
    List<Mark> inconsistent =
        List.of(
            new Mark(500, 503, "NUMBER", "900"),
            new Mark(700, 705, "DATE", "3 May"),
            new Mark(900, 910, "QUOTE", "not there"));
    assertEquals(
        "Exports fell to [NUMBER:900] tonnes on [DATE:3 May], the Ministry of Trade said.",
        shown(Highlights.segments(SENTENCE, Highlights.placed(SENTENCE, inconsistent))));
  }
}
