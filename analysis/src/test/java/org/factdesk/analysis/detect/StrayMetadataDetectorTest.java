package org.factdesk.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;
import org.junit.jupiter.api.Test;

class StrayMetadataDetectorTest {
  @Test
  void aDateOrABylineAloneFlaggedAsFurnitureOrALinkIsMetadata() {
    DetectionContext context =
        TestArticles.context(
            TestArticles.lines(
                "Harbour Strike Ends After Twelve Days",
                "Dock workers in Valmora returned to work on Monday after the port authority"
                    + " agreed to raise night-shift pay by nine percent.",
                "Port authority names new harbour master",
                "01/31/13",
                "Updated July 24, 2012, 9:16 a.m. ET",
                "1 / 5",
                "Version 2.1 released",
                "By THOMAS J. FITZGERALD",
                "By the numbers: a strike in figures"));
    FlagSink sink = new FlagSink(context.size());
    sink.add(3, FlagType.SITE_CHROME, 0.84, "line-model", "a run of short lines");
    sink.add(4, FlagType.RELATED_LINKS, 0.72, StructureDetector.ID, "run of 4 headline-like lines");
    sink.add(5, FlagType.SITE_CHROME, 0.9, "line-model", "a run of short lines");
    sink.add(6, FlagType.RELATED_LINKS, 0.72, StructureDetector.ID, "run of 4 headline-like lines");
    sink.add(7, FlagType.RELATED_LINKS, 0.72, StructureDetector.ID, "run of 4 headline-like lines");
    sink.add(8, FlagType.RELATED_LINKS, 0.72, StructureDetector.ID, "run of 4 headline-like lines");
    new StrayMetadataDetector().detect(context, sink);

    DetectorFlag slashed = sink.flagsOf(3).get(0);
    assertEquals(FlagType.METADATA, slashed.type());
    assertEquals(0.84, slashed.confidence());
    assertEquals(
        "dateline: the line is only a date; line-model saw page furniture", slashed.reason());
    assertFalse(sink.has(3, FlagType.SITE_CHROME));
    assertEquals(FlagType.METADATA, sink.flagsOf(4).get(0).type());
    // a slide counter and a headline with a number are no dates
    assertEquals(FlagType.SITE_CHROME, sink.flagsOf(5).get(0).type());
    assertEquals(FlagType.RELATED_LINKS, sink.flagsOf(6).get(0).type());
    DetectorFlag byline = sink.flagsOf(7).get(0);
    assertEquals(FlagType.METADATA, byline.type());
    assertEquals(
        "byline: the line names its author; structure saw a related link", byline.reason());
    assertEquals(FlagType.RELATED_LINKS, sink.flagsOf(8).get(0).type());
  }
}
