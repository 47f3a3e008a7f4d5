package org.factdesk.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.SourceInfo;
import org.junit.jupiter.api.Test;

class OfferLineDetectorTest {
  private static final String PAGE =
      TestArticles.lines(
          "Harbour Strike Ends After Twelve Days",
          "Dock workers in Valmora returned to work on Monday after the port authority agreed to"
              + " raise night-shift pay by nine percent; the strike was sponsored by no one.",
          "Up to 45% off Harbour Outfitters",
          "About | Advertising | Sponsors | Contact",
          "Featured Broker sponsored link",
          "Copyright 2025 Harbour Ledger. Advertisement terms apply.");

  @Test
  void anOfferOnALineFlaggedAsFurnitureOrALinkIsAPromotion() {
    DetectionContext context = TestArticles.context(PAGE);
    FlagSink sink = new FlagSink(context.size());
    sink.add(2, FlagType.RELATED_LINKS, 0.85, StructureDetector.ID, "one of 4 teaser lines");
    sink.add(3, FlagType.SITE_CHROME, 0.9, "line-model", "a run of short lines");
    sink.add(4, FlagType.SITE_CHROME, 0.89, "line-model", "a run of short lines");
    sink.add(5, FlagType.LEGAL_NOTICE, 0.88, LegalNoticeDetector.ID, "copyright notice");
    new OfferLineDetector().detect(context, sink);

    DetectorFlag offer = sink.flagsOf(2).get(0);
    assertEquals(FlagType.PROMOTIONAL, offer.type());
    assertEquals(0.85, offer.confidence());
    assertEquals(
        "an offer or a sponsor's line ('45% off'); structure saw a related link", offer.reason());
    assertFalse(sink.has(2, FlagType.RELATED_LINKS));
    assertEquals(FlagType.PROMOTIONAL, sink.flagsOf(4).get(0).type());
    // a menu row, a legal notice and an unflagged paragraph keep what they were
    assertEquals(FlagType.SITE_CHROME, sink.flagsOf(3).get(0).type());
    assertEquals(FlagType.LEGAL_NOTICE, sink.flagsOf(5).get(0).type());
    assertFalse(sink.isFlagged(1));
  }

  @Test
  void theEngineTypesAnOfferAmongRelatedHeadlinesAsAPromotion() {
    String page =
        TestArticles.lines(
            "Harbour Strike Ends After Twelve Days",
            "Dock workers in Valmora returned to work on Monday after the port authority agreed to"
                + " raise night-shift pay by nine percent, ending a strike that had left container"
                + " ships waiting off the coast for almost two weeks.",
            "The union said the agreement also limits double shifts to two a week. The port"
                + " authority said the backlog of ships would be cleared by the end of the month.",
            "Related Stories",
            "Port authority names new harbour master",
            "Valmora Salt Co.: 35% off this week",
            "Fishermen protest new quota rules in the north",
            "Salt exporters count the cost of the strike");
    AnalysisResult r =
        new Analyzer()
            .analyze(page.getBytes(StandardCharsets.UTF_8), ContentHint.TEXT, SourceInfo.NONE);
    DetectorFlag top =
        r.blocks().stream()
            .filter(b -> b.text().equals("Valmora Salt Co.: 35% off this week"))
            .findFirst()
            .orElseThrow()
            .flags()
            .get(0);
    assertEquals(FlagType.PROMOTIONAL, top.type());
    assertEquals(OfferLineDetector.ID, top.detector());
    assertTrue(
        r.blocks().stream()
            .filter(b -> b.text().startsWith("Fishermen"))
            .allMatch(b -> b.flags().get(0).type() == FlagType.RELATED_LINKS));
  }
}
