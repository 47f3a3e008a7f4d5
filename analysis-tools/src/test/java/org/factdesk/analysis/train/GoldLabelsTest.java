package org.factdesk.analysis.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.factdesk.analysis.eval.web.WebEvaluation;
import org.junit.jupiter.api.Test;

class GoldLabelsTest {
  private static final String GOLD =
      """
      Harbour Dredging Delayed Again
      The port authority said on Monday that dredging of the north basin will start in May.
      Background
      Work was first planned for last autumn, but the tender drew a single bid.
      Comments on the plan are due at the council office by Friday.
      """;

  @Test
  void longBlocksAreMainTextWhenMostOfTheirShinglesAreInTheGold() {
    boolean[] labels =
        GoldLabels.of(
            List.of(
                "The port authority said on Monday that dredging of the north basin will start in"
                    + " May.",
                "Sign up for our newsletter to get the day's top stories in your inbox.",
                "Work was first planned for last autumn, but the tender drew a single bid. Read"
                    + " more."),
            GOLD);
    assertArrayEquals(new boolean[] {true, false, true}, labels);
  }

  @Test
  void aShortBlockCountsOnlyWhereTheGoldHasItBetweenItsNeighbours() {
    boolean[] labels =
        GoldLabels.of(
            List.of(
                "Comments",
                "Harbour Dredging Delayed Again",
                "The port authority said on Monday that dredging of the north basin will start in"
                    + " May.",
                "Background",
                "Work was first planned for last autumn, but the tender drew a single bid.",
                "Comments on the plan are due at the council office by Friday.",
                "Comments"),
            GOLD);
    // the gold has "Comments" only at the start of its last line: not before the headline, not
    // after the last paragraph
    assertArrayEquals(new boolean[] {false, true, true, true, true, true, false}, labels);
  }

  @Test
  void dragnetCommentsAreNotArticleText() {
    String gold = "An article line.\n!@#$%^&*() COMMENTS\nreader said...\n";
    assertArrayEquals(
        new boolean[] {true, false},
        GoldLabels.of(
            List.of("An article line.", "reader said..."), WebEvaluation.articlePart(gold)));
  }
}
