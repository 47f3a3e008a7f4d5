package org.factdesk.analysis.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.analysis.TextBlock;
import org.factdesk.analysis.detect.DetectionContext;
import org.factdesk.analysis.detect.LineFeatures;
import org.factdesk.analysis.eval.web.Page;
import org.junit.jupiter.api.Test;

class LineReplayTest {
  private static final String[] LINES = {
    "Home",
    "News",
    "Sport",
    "Weather",
    "Harbour Town Greets Its First Ferry In Forty Years",
    "The ferry from the island docked at the old stone pier on Tuesday morning, and half the"
        + " town came down to watch it arrive.",
    "The council had argued about the crossing for most of a decade before the money for the new"
        + " landing stage was finally found.",
    "What the mayor said",
    "The mayor told the crowd that the crossing would bring visitors back to the harbour and"
        + " keep the fish market open through the winter.",
    "Tickets go on sale next week, and the first month of crossings will cost half the usual"
        + " fare for anyone who lives in the district.",
    "2 Comments",
    "I took this ferry as a child and never thought I would see it come back to our little pier"
        + " again, what a day.",
    "Reply",
    "Half price for locals is a nice touch but the timetable still does not suit anyone who"
        + " works early shifts at the plant.",
    "About us",
    "Contact"
  };

  /** The labels: the headline, the four paragraphs and the subheading are the article. */
  private static final boolean[] ARTICLE = {
    false, false, false, false, true, true, true, true, true, true, false, false, false, false,
    false, false
  };

  /**
   * Made-up probabilities of furniture: the menu sure, the subheading just over the threshold, the
   * comments read as article-ish (0.52, kept by the threshold alone) but not as the main block.
   */
  private static final double[] P = {
    0.95, 0.95, 0.95, 0.95, 0.3, 0.1, 0.2, 0.6, 0.15, 0.1, 0.9, 0.52, 0.9, 0.52, 0.95, 0.95
  };

  private static LineReplay.Replayed page() {
    DetectionContext context =
        new Analyzer()
            .context(
                String.join("\n", LINES).getBytes(StandardCharsets.UTF_8),
                ContentHint.TEXT,
                SourceInfo.NONE);
    List<String> lines = context.blocks().stream().map(TextBlock::text).toList();
    assertEquals(LINES.length, lines.size());
    StringBuilder gold = new StringBuilder();
    for (int i = 0; i < LINES.length; i++) {
      if (ARTICLE[i]) {
        gold.append(LINES[i]).append('\n');
      }
    }
    var pageLines =
        new TrainTextLines.PageLines(
            new Page("own", "1", Page.ARTICLE, "example.org", Page.DEV, "en"),
            lines,
            LineFeatures.of(context),
            context.titleIndex(),
            ARTICLE,
            new boolean[LINES.length],
            ShingleBag.of(gold.toString()));
    return new LineReplay.Replayed(pageLines, P);
  }

  @Test
  void replaysTheThresholdAndTheCutAtTheCommentsLabel() {
    LineReplay.Replayed r = page();
    boolean[] keeps = LineReplay.shipped(r, 0.55);
    int title = r.page().title();
    for (int i = 0; i < keeps.length; i++) {
      // the subheading at 0.6 between two paragraphs is taken back (decision 0070)
      boolean expected = i == title || i >= 4 && i <= 9;
      assertEquals(expected, keeps[i], "line " + i);
    }
    assertTrue(LineReplay.furniture(r, 0.55)[7], "the threshold alone drops it");
    // without the cut the comments at 0.52 are kept
    boolean[] noCut = LineReplay.keep(r, LineReplay.furniture(r, 0.55), false);
    assertTrue(noCut[11] && noCut[13]);
    assertArrayEquals(new int[] {5, 9}, LineReplay.mainBlock(r));
  }

  @Test
  void theViterbiDecodingFillsALoneDoubtfulLineOnlyWhenSwitchingCosts() {
    LineReplay.Replayed r = page();
    boolean[] free = LineReplay.viterbi(r, 0.55, 0, 0, 8);
    assertArrayEquals(LineReplay.furniture(r, 0.55), free);
    boolean[] costly = LineReplay.viterbi(r, 0.55, 1, 0, 8);
    assertFalse(costly[7], "the subheading between two paragraphs is article");
    for (int i : new int[] {0, 1, 2, 3, 14, 15}) {
      assertTrue(costly[i], "line " + i);
    }
    for (int i : new int[] {5, 6, 8, 9}) {
      assertFalse(costly[i], "line " + i);
    }
  }

  @Test
  void theLossByRegionReplacesTheDecisionsByTheLabels() {
    LineReplay.Replayed r = page();
    assertEquals(1.0, LineReplay.f1(r, LineReplay.labels(r)), 1e-9);
    assertEquals(1.0, LineReplay.f1(r, LineReplay.shipped(r, 0.55)), 1e-9);
    assertTrue(LineReplay.f1(r, LineReplay.keep(r, LineReplay.furniture(r, 0.55), false)) < 1.0);
    int[] main = LineReplay.mainBlock(r);
    assertEquals(1, LineReplay.region(r, main, 10, 7)); // the subheading lies in the main block
    assertEquals(0, LineReplay.region(r, main, 10, 2));
    assertEquals(3, LineReplay.region(r, main, 10, 11));
  }
}
