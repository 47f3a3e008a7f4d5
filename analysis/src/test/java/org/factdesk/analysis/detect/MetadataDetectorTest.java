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
}
