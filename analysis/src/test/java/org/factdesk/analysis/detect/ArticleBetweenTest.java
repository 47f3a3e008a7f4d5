package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Lines the model doubts are taken back as the article's own when the article's shape claims them:
 * the list its colon announces, short lines between two of its paragraphs (decision 0070).
 */
class ArticleBetweenTest {
  private static final String[] PAGE = {
    "Home",
    "News",
    "Weather",
    "Schools Close Across the County as the Storm Moves In",
    "Most schools in the county will stay shut on Thursday as the storm that flooded the coast on"
        + " Monday moves inland, the county office said on Wednesday evening.",
    "The county office said the following districts had told parents that their schools would be"
        + " closed on Thursday:",
    "Boonton",
    "Chester",
    "Denville",
    "Parents were asked to check the districts' own pages on Thursday morning, as some schools"
        + " could still decide to open late once the roads have been cleared.",
    "Nobody was hurt.",
    "The road is open again.",
    "The office will publish a new list of closings on Thursday at noon, and the buses will run"
        + " on their winter timetable for the rest of the week.",
    "Contact us",
    "Privacy Policy"
  };

  private static final int LIST = 6;
  private static final int SHORT_LINES = 10;

  private static DetectionContext context() {
    DetectionContext context = TestArticles.context(lines(PAGE));
    assertEquals(List.of(PAGE), texts(context), "one block a line");
    return context;
  }

  private static List<String> texts(DetectionContext context) {
    return IntStream.range(0, context.size()).mapToObj(context::text).toList();
  }

  /** The lines taken back of a page with these probabilities, kept by the threshold alone. */
  private static List<Integer> takenBack(double[] p, boolean[] settled, int end) {
    return takenBack(PAGE, p, settled, end);
  }

  private static List<Integer> takenBack(String[] page, double[] p, boolean[] settled, int end) {
    DetectionContext context = TestArticles.context(lines(page));
    assertEquals(List.of(page), texts(context), "one block a line");
    settled[context.titleIndex()] = true;
    boolean[] kept = new boolean[p.length];
    for (int i = 0; i < p.length; i++) {
      kept[i] = i == context.titleIndex() || !settled[i] && p[i] < LineModelDetector.THRESHOLD;
    }
    boolean[] back =
        LineModelDetector.articleBetween(
            texts(context), LineFeatures.of(context), p, settled, kept, end);
    return IntStream.range(0, back.length).filter(i -> back[i]).boxed().toList();
  }

  /** Paragraphs read as article (0.1), every short line doubted (0.7), the menus sure (0.95). */
  private static double[] doubted() {
    return new double[] {
      0.95, 0.95, 0.95, 0.3, 0.1, 0.2, 0.7, 0.7, 0.7, 0.1, 0.7, 0.7, 0.1, 0.95, 0.95
    };
  }

  @Test
  void theListItsColonAnnouncesAndShortLinesBetweenParagraphsAreTakenBack() {
    assertEquals(List.of(6, 7, 8, 10, 11), takenBack(doubted(), new boolean[PAGE.length], -1));
  }

  @Test
  void aLineTheModelIsSureOfStopsTheListAndKeepsARunBetweenParagraphsOut() {
    double[] p = doubted();
    p[LIST + 1] = 0.85;
    p[SHORT_LINES + 1] = 0.85;
    // the list stops above its sure line, and no run between paragraphs that holds one comes back
    assertEquals(List.of(6), takenBack(p, new boolean[PAGE.length], -1));
  }

  @Test
  void aLineAnotherDetectorFlaggedIsNeverTakenBackAndBreaksTheRun() {
    boolean[] settled = new boolean[PAGE.length];
    settled[LIST + 1] = true;
    settled[SHORT_LINES] = true;
    assertEquals(List.of(6), takenBack(doubted(), settled, -1));
  }

  @Test
  void nothingIsTakenBackFromTheCutOn() {
    assertEquals(List.of(6, 7), takenBack(doubted(), new boolean[PAGE.length], LIST + 2));
  }

  @Test
  void aShortLabelOfOtherStoriesBetweenParagraphsIsNoPartOfTheArticle() {
    String[] page = PAGE.clone();
    page[SHORT_LINES + 1] = "Related posts";
    List<Integer> back = takenBack(page, doubted(), new boolean[page.length], -1);
    assertFalse(back.contains(SHORT_LINES) || back.contains(SHORT_LINES + 1), back.toString());
    assertTrue(back.contains(LIST), back.toString());
  }

  @Test
  void aShortLineOfSharingWordsEndsTheListItsColonAnnounces() {
    String[] page = PAGE.clone();
    page[LIST + 1] = "Share this on Facebook";
    List<Integer> back = takenBack(page, doubted(), new boolean[page.length], -1);
    assertTrue(back.contains(LIST), back.toString());
    assertFalse(
        back.contains(LIST + 1) || back.contains(LIST + 2), "the list ends above the sharing line");
    assertTrue(
        back.contains(SHORT_LINES) && back.contains(SHORT_LINES + 1),
        "the run between paragraphs is no list");
  }

  /** The entries of the lists the page announces, with these probabilities. */
  private static List<Integer> announced(String[] page, double[] p) {
    DetectionContext context = TestArticles.context(lines(page));
    boolean[] settled = new boolean[p.length];
    settled[context.titleIndex()] = true;
    boolean[] kept = new boolean[p.length];
    for (int i = 0; i < p.length; i++) {
      kept[i] = i == context.titleIndex() || !settled[i] && p[i] < LineModelDetector.THRESHOLD;
    }
    boolean[] entries =
        LineModelDetector.announcedListEntries(
            texts(context), LineFeatures.of(context), p, settled, kept, -1);
    return IntStream.range(0, entries.length).filter(i -> entries[i]).boxed().toList();
  }

  @Test
  void theAnnouncedListHoldsTheEntriesTheModelKeepsToo() {
    double[] p = doubted();
    p[LIST + 1] = 0.2; // read as article already: still an entry of the list
    assertEquals(List.of(6, 7, 8), announced(PAGE, p));
  }

  private static LineModelDetector lengthModel() {
    try {
      return LengthModel.byLength(0.7, 0.1);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aColonLineThatOffersOtherStoriesAnnouncesNoListOfTheArticle() {
    String[] page = PAGE.clone();
    page[LIST - 1] = "If you enjoyed this story, you may also like these from our archive:";
    assertEquals(List.of(), announced(page, doubted()));
    // its entries stand between two paragraphs still, and may come back as such, unheld
    FlagSink sink = TestArticles.run(TestArticles.context(lines(page)), lengthModel());
    assertFalse(sink.heldAsArticleList(LIST), "the first entry");
  }

  @Test
  void theEngineHoldsTheAnnouncedListAsTheArticlesForTheDetectorsAfterIt() throws IOException {
    DetectionContext context = context();
    FlagSink sink = TestArticles.run(context, LengthModel.byLength(0.7, 0.1));
    for (int i = LIST; i <= LIST + 2; i++) {
      assertTrue(sink.heldAsArticleList(i), "entry " + i);
    }
    // the short lines between two paragraphs are taken back, not held: no colon announced them
    assertFalse(sink.heldAsArticleList(SHORT_LINES) || sink.heldAsArticleList(SHORT_LINES + 1));
  }

  @Test
  void theEngineKeepsTheDoubtedLinesTheArticlesShapeClaims() throws IOException {
    DetectionContext context = context();
    FlagSink doubtedShortLines = TestArticles.run(context, LengthModel.byLength(0.7, 0.1));
    for (int i : new int[] {6, 7, 8, 10, 11}) {
      assertFalse(
          doubtedShortLines.isFlagged(i), "line " + i + ": " + doubtedShortLines.flagsOf(i));
    }
    for (int i : new int[] {0, 1, 2, 13, 14}) {
      assertTrue(doubtedShortLines.isFlagged(i), "furniture line " + i);
    }
    // lines the model is sure of stay flagged whatever their place
    FlagSink sureShortLines = TestArticles.run(context(), LengthModel.byLength(0.9, 0.1));
    for (int i : new int[] {6, 7, 8, 10, 11}) {
      assertTrue(sureShortLines.isFlagged(i), "line " + i);
    }
  }
}
