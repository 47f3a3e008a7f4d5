package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.OutletFingerprints;
import org.junit.jupiter.api.Test;

class RepetitionDetectorTest {
  private final RepetitionDetector cut = new RepetitionDetector();

  @Test
  void flagsLinesTheOutletRepeatsAcrossArticles() {
    OutletFingerprints known =
        new OutletFingerprints(
            "Harbor Ledger",
            Map.of(
                LineFingerprint.of("Get the Harbor Ledger app for the latest news"),
                14,
                LineFingerprint.of("Seen once before"),
                1),
            3);
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Ferry Line Opens to the Islands",
                "A new ferry line to the islands opened on Saturday, cutting the crossing time to"
                    + " forty minutes.",
                "GET THE HARBOR LEDGER APP FOR THE LATEST NEWS!",
                "Seen once before"),
            known);
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(2), TestArticles.flagged(sink, ctx, FlagType.SITE_CHROME));
    assertEquals(
        "appears in 14 earlier articles of Harbor Ledger",
        TestArticles.flag(sink, 2, FlagType.SITE_CHROME).reason());
  }
}
