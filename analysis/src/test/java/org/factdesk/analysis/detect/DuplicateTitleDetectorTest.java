package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.FlagType;
import org.junit.jupiter.api.Test;

class DuplicateTitleDetectorTest {
  private final DuplicateTitleDetector cut = new DuplicateTitleDetector();

  @Test
  void flagsRepeatsWithSuffixOrOtherQuotes() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Farmers Accuse Board of \u201cStarving\u201d Rice Fields",
                "Farmers Accuse Board of \"Starving\" Rice Fields - Professional coverage",
                "Farmers in the delta said on Monday that the canal board had cut their water by a"
                    + " third this season.",
                "FARMERS ACCUSE BOARD OF 'STARVING' RICE FIELDS"));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(1, 3), TestArticles.flagged(sink, ctx, FlagType.DUPLICATE_TITLE));
    assertTrue(
        TestArticles.flag(sink, 1, FlagType.DUPLICATE_TITLE)
            .reason()
            .contains("professional coverage"));
  }

  @Test
  void aLineThatOnlyStartsLikeTheTitleIsNotADuplicate() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Farmers Accuse Canal Board",
                "Farmers accuse canal board officials of ignoring the drought warnings they sent to"
                    + " the ministry in the spring and summer months."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(), TestArticles.flagged(sink, ctx, FlagType.DUPLICATE_TITLE));
  }

  @Test
  void aSentenceOpeningWithTheTitleWordsIsProse() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Rain Returns to the Delta",
                "Rain returns to the delta after six dry months.",
                "Rain Returns to the Delta | Harbor Ledger"));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(2), TestArticles.flagged(sink, ctx, FlagType.DUPLICATE_TITLE));
  }
}
