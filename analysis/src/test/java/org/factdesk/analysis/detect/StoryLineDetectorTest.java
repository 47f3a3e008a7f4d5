package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.FERRY_STORY;
import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.SourceInfo;
import org.junit.jupiter.api.Test;

class StoryLineDetectorTest {
  private final StoryLineDetector cut = new StoryLineDetector();

  /**
   * The ferry story with a subhead and a menu's line between its paragraphs and the subhead again
   * after the last one: title 0, paragraphs 1 and 3 and 5, "Storm damage" 2, "Latest videos" 4,
   * "Storm damage" 6.
   */
  private final DetectionContext context =
      TestArticles.context(
          lines(
              "Ferry Returns to the Outer Islands",
              FERRY_STORY[0],
              "Storm damage",
              FERRY_STORY[1],
              "Latest videos",
              FERRY_STORY[2],
              "Storm damage"));

  private FlagSink guessed(String detector, FlagType type, int... blocks) {
    FlagSink sink = new FlagSink(context.size());
    for (int b : blocks) {
      sink.add(b, type, 0.8, detector, "a guess");
    }
    return sink;
  }

  @Test
  void aShortLineInsideTheStoryWithTheStorysWordsIsNoGuess() {
    for (String detector : StoryLineDetector.GUESSERS) {
      FlagSink sink = guessed(detector, FlagType.SITE_CHROME, 2);
      cut.detect(context, sink);
      assertFalse(sink.isFlagged(2), detector);
    }
    FlagSink links = guessed(StructureDetector.ID, FlagType.RELATED_LINKS, 2);
    cut.detect(context, links);
    assertFalse(links.isFlagged(2));
  }

  @Test
  void aLineWithWordsOfItsOwnOrAtTheEdgeKeepsTheGuess() {
    FlagSink sink = guessed(LineModelDetector.ID, FlagType.SITE_CHROME, 4, 6);
    cut.detect(context, sink);
    assertTrue(sink.has(4, FlagType.SITE_CHROME), "'videos' is no word of the story");
    assertTrue(sink.has(6, FlagType.SITE_CHROME), "no paragraph after it");
  }

  @Test
  void theOtherEntriesOfTheRunOfAStoryLineAreTheStorysToo() {
    DetectionContext list =
        TestArticles.context(
            lines(
                "Ferry Returns to the Outer Islands",
                FERRY_STORY[0],
                "Kestrel Bay",
                "Gull Point",
                "0:45",
                FERRY_STORY[1],
                "Gull Point",
                FERRY_STORY[2],
                "Kestrel Bay",
                "Subscribe",
                "Gull Point",
                FERRY_STORY[3]));
    FlagSink sink = new FlagSink(list.size());
    for (int b : new int[] {2, 3, 4, 6, 8, 10}) {
      sink.add(b, FlagType.SITE_CHROME, 0.8, LearnedTypeDetector.ID, "a guess");
    }
    sink.add(9, FlagType.SITE_CHROME, 0.9, "rules", "a rule");
    cut.detect(list, sink);
    List<Integer> flagged = TestArticles.flagged(sink, list, FlagType.SITE_CHROME);
    // "Gull Point" beside "Kestrel Bay" is cleared with it; "0:45" has no word to go by; alone
    // between two paragraphs, or past a line a rule flagged, "Gull Point" keeps the guess
    assertEquals(List.of(4, 6, 9, 10), flagged);
  }

  @Test
  void aLongMenuWithOneWordOfTheStoryBetweenTheParagraphsIsNoList() {
    // the story's "Harbour" among a site's sections: one line in five of the run, not a quarter
    DetectionContext menu =
        TestArticles.context(
            lines(
                "Ferry Returns to the Outer Islands",
                FERRY_STORY[0],
                "Harbour",
                "Weather",
                "Sport",
                "Business",
                "Obituaries",
                FERRY_STORY[1]));
    FlagSink sink = new FlagSink(menu.size());
    for (int b = 2; b <= 6; b++) {
      sink.add(b, FlagType.SITE_CHROME, 0.9, LineModelDetector.ID, "a guess");
    }
    cut.detect(menu, sink);
    assertEquals(List.of(3, 4, 5, 6), TestArticles.flagged(sink, menu, FlagType.SITE_CHROME));
    // with one entry fewer the story's line is a quarter of the run, and the run is the story's
    FlagSink shorter = new FlagSink(menu.size());
    for (int b = 2; b <= 5; b++) {
      shorter.add(b, FlagType.SITE_CHROME, 0.9, LineModelDetector.ID, "a guess");
    }
    shorter.add(6, FlagType.SITE_CHROME, 0.9, "rules", "a rule");
    cut.detect(menu, shorter);
    assertEquals(List.of(6), TestArticles.flagged(shorter, menu, FlagType.SITE_CHROME));
  }

  @Test
  void aRulesFlagOrAnotherTypeStandsAndMetadataStaysBesideAClearedGuess() {
    FlagSink sink = guessed(LineModelDetector.ID, FlagType.SITE_CHROME, 2);
    sink.add(2, FlagType.SITE_CHROME, 0.9, "rules", "a rule");
    cut.detect(context, sink);
    assertEquals(List.of("rules"), sink.flagsOf(2).stream().map(DetectorFlag::detector).toList());

    FlagSink legal = guessed(LearnedTypeDetector.ID, FlagType.LEGAL_NOTICE, 2);
    cut.detect(context, legal);
    assertTrue(legal.has(2, FlagType.LEGAL_NOTICE));

    FlagSink dated = guessed(LineModelDetector.ID, FlagType.RELATED_LINKS, 2);
    dated.add(2, FlagType.METADATA, 0.9, "metadata", "a dateline");
    cut.detect(context, dated);
    assertEquals(
        List.of(FlagType.METADATA), dated.flagsOf(2).stream().map(DetectorFlag::type).toList());
  }

  @Test
  void theAnalyzerOfPlainTextTakesBackTheLearnedTypesGuessOnAListEntryOfTheStory() {
    // "Kestrel Bay" among these entries reads as furniture to the learned types (0.44 with model
    // v4, without this detector; decision 0076); between the story's paragraphs, with its words in
    // them, it is the story's
    AnalysisResult r =
        new Analyzer()
            .analyzeText(
                lines(
                    "Ferry Returns to the Outer Islands",
                    FERRY_STORY[0],
                    "STORM DAMAGE",
                    FERRY_STORY[1],
                    "Cargo boat",
                    "Kestrel Bay",
                    "Fresh food",
                    FERRY_STORY[2],
                    "Medical cases",
                    FERRY_STORY[3]),
                ContentHint.TEXT,
                SourceInfo.NONE,
                null);
    assertEquals("Kestrel Bay", r.blocks().get(5).text());
    for (int i = 0; i < r.blocks().size(); i++) {
      assertTrue(r.blocks().get(i).flags().isEmpty(), i + ": " + r.blocks().get(i).flags());
    }
  }

  /** The ferry story, then a table of crossings written one cell a line: route, boat, minutes. */
  private static DetectionContext timetable(String... minutes) {
    return tableUnder("Crossings", minutes);
  }

  private static DetectionContext tableUnder(String label, String... minutes) {
    List<String> page =
        new java.util.ArrayList<>(
            List.of("Ferry Returns to the Outer Islands", FERRY_STORY[0], FERRY_STORY[1], label));
    String[] routes = {"Kestrel Bay", "Gull Point", "Skerry Sound", "Heron Isle", "North Pier"};
    for (int r = 0; r < minutes.length; r++) {
      page.add(routes[r]);
      page.add("MV Islander");
      page.add(minutes[r]);
    }
    page.add("Latest videos");
    return TestArticles.context(lines(page.toArray(String[]::new)));
  }

  /**
   * A table written one cell a line after the story (decision 0074): its numbers' column comes back
   * every third line, four rows or more, mostly distinct numbers; the guessers' flags on its cells
   * are taken back, a line after it keeps its guess. Three rows, or a column that repeats one
   * number (a date written one part a line), are no table.
   */
  @Test
  void theCellsOfATableWrittenOneCellALineAreTheStorys() {
    DetectionContext table = timetable("45", "50", "1:05", "25", "40");
    int last = table.size() - 1;
    assertEquals("Latest videos", table.text(last));
    FlagSink sink = new FlagSink(table.size());
    for (int i = 3; i <= last; i++) {
      sink.add(i, FlagType.SITE_CHROME, 0.8, LineModelDetector.ID, "a guess");
    }
    cut.detect(table, sink);
    for (int i = 4; i < last; i++) {
      assertFalse(sink.isFlagged(i), "cell " + i + " '" + table.text(i) + "'");
    }
    assertTrue(sink.isFlagged(last), "the line after the table");
    assertTrue(sink.isFlagged(3), "the table's label is no cell of it");

    for (DetectionContext none :
        List.of(timetable("45", "50", "25"), timetable("45", "45", "45", "45", "50"))) {
      FlagSink guesses = new FlagSink(none.size());
      for (int i = 3; i < none.size(); i++) {
        guesses.add(i, FlagType.SITE_CHROME, 0.8, LineModelDetector.ID, "a guess");
      }
      cut.detect(none, guesses);
      for (int i = 4; i < none.size(); i++) {
        assertTrue(guesses.isFlagged(i), "line " + i + " '" + none.text(i) + "'");
      }
    }
  }

  private void guessFrom(DetectionContext context, FlagSink sink, int from) {
    for (int i = from; i < context.size(); i++) {
      sink.add(i, FlagType.SITE_CHROME, 0.8, LineModelDetector.ID, "a guess");
    }
  }

  /**
   * A table is the story's only right under it (decision 0074): under a paragraph or a lead-in
   * ending in a colon its cells are cleared; under a label of other stories ("Most popular"), or
   * where the line above is another detector's, the guesses stand.
   */
  @Test
  void aTableIsTheStorysOnlyRightUnderIt() {
    String[] minutes = {"45", "50", "1:05", "25", "40"};
    DetectionContext leadIn = tableUnder("The crossings this week, by route and by boat:", minutes);
    FlagSink cleared = new FlagSink(leadIn.size());
    guessFrom(leadIn, cleared, 4);
    cut.detect(leadIn, cleared);
    assertFalse(cleared.isFlagged(4), leadIn.text(4));
    assertFalse(cleared.isFlagged(6), leadIn.text(6));

    DetectionContext popular = tableUnder("Most popular crossings", minutes);
    FlagSink kept = new FlagSink(popular.size());
    guessFrom(popular, kept, 3);
    cut.detect(popular, kept);
    for (int i = 3; i < popular.size(); i++) {
      assertTrue(kept.isFlagged(i), "under a label of other stories: " + popular.text(i));
    }

    DetectionContext other = tableUnder("Crossings", minutes);
    FlagSink ruled = new FlagSink(other.size());
    ruled.add(2, FlagType.PROMOTIONAL, 0.85, RuleDetector.ID, "a rule");
    guessFrom(other, ruled, 3);
    cut.detect(other, ruled);
    for (int i = 3; i < other.size(); i++) {
      assertTrue(ruled.isFlagged(i), "under another detector's line: " + other.text(i));
    }
  }
}
