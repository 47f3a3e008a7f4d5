package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.factdesk.analysis.FlagType;
import org.junit.jupiter.api.Test;

class MetadataDetectorTest {
  private final MetadataDetector cut = new MetadataDetector();

  @Test
  void flagsOutletTaglineDatelineAndByline() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Harbor Ledger",
                "Independent News From the Coast",
                "Friday, Mar 14, 2025",
                "Valmora Tightens Rules on Salt Exports",
                "By Mira Holt, Trade Correspondent",
                "The trade ministry said exporters of sea salt will need a licence from April 1, a"
                    + " move it called temporary."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(0, 1, 2, 4), TestArticles.flagged(sink, ctx, FlagType.METADATA));
    assertFalse(sink.isFlagged(3));
    assertEquals(
        "dateline: the line is only a date",
        TestArticles.flag(sink, 2, FlagType.METADATA).reason());
  }

  @Test
  void aSentenceStartingWithByIsNotAByline() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Salt Exports Fall",
                "By Tuesday, officials had approved 40 licences.",
                "Exporters said the new licence rules had slowed shipments of sea salt to"
                    + " neighbouring countries."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(), TestArticles.flagged(sink, ctx, FlagType.METADATA));
  }

  @Test
  void aDateWrittenOnePartToALineIsADatelineWhereverItStands() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Ferry Fares Rise Again",
                "The harbour board raised ferry fares for the second time this year, citing the"
                    + " cost of fuel and a new pier.",
                "23",
                "Jul",
                "2012",
                "Commuters said the increase would push more of them onto the coast road, which"
                    + " is already crowded in the mornings."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(2, 3, 4), TestArticles.flagged(sink, ctx, FlagType.METADATA));
    assertEquals(
        MetadataDetector.SPLIT_DATE_REASON, TestArticles.flag(sink, 3, FlagType.METADATA).reason());
  }

  @Test
  void numbersWithoutAMonthOrAMonthAloneAreNotADate() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Ferry Fares Rise Again",
                "The harbour board published the number of crossings for the last three years,"
                    + " one figure to a line.",
                "24",
                "2011",
                "2012",
                "The board said the fares would be reviewed again in",
                "May",
                "after the summer timetable starts and the new pier opens to the public."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(), TestArticles.flagged(sink, ctx, FlagType.METADATA));
  }
}
