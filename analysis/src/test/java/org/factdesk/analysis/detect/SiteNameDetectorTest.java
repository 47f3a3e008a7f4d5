package org.factdesk.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.analysis.TextBlock;
import org.junit.jupiter.api.Test;

class SiteNameDetectorTest {
  private static final Analyzer ANALYZER = new Analyzer();

  /** An article with a footer menu whose third entry is the site's own name. */
  private static final String PAGE =
      TestArticles.lines(
          "Harbour Strike Ends After Twelve Days",
          "Dock workers in Valmora returned to work on Monday after the port authority agreed to"
              + " raise night-shift pay by nine percent, ending a strike that had left container"
              + " ships waiting off the coast for almost two weeks.",
          "The union said the agreement also limits double shifts to two a week. The port"
              + " authority said the backlog of ships would be cleared by the end of the month.",
          "Exporters of sea salt and olives, who ship most of their goods through the port, said"
              + " the strike had cost them orders they did not expect to win back this year.",
          "Home",
          "World",
          "Ledger",
          "Markets",
          "Opinion");

  @Test
  void theSitesOwnNameIsTheOutletsLineWhereverItStands() {
    AnalysisResult r =
        analyze(new SourceInfo("https://www.ledger.com/2025/strike", null, null, null));
    DetectorFlag top = block(r, "Ledger").flags().get(0);
    assertEquals(FlagType.METADATA, top.type());
    assertEquals(SiteNameDetector.ID, top.detector());
    assertEquals("the site's own name (ledger.com)", top.reason());
    assertTrue(block(r, "Ledger").flags().stream().allMatch(f -> f.type() == FlagType.METADATA));
    assertEquals(FlagType.SITE_CHROME, block(r, "Markets").flags().get(0).type());
  }

  @Test
  void withoutTheAddressTheNameIsFurnitureAmongFurniture() {
    TextBlock ledger = block(analyze(SourceInfo.NONE), "Ledger");
    assertNotEquals(FlagType.METADATA, ledger.flags().get(0).type());
    TextBlock other =
        block(analyze(new SourceInfo("https://www.tribune.com/a", null, null, null)), "Ledger");
    assertNotEquals(FlagType.METADATA, other.flags().get(0).type());
  }

  @Test
  void theOutletTheImporterGaveNamesTheSiteToo() {
    AnalysisResult r = analyze(new SourceInfo(null, "The Ledger", null, null));
    DetectorFlag top = block(r, "Ledger").flags().get(0);
    assertEquals(FlagType.METADATA, top.type());
    assertEquals("the outlet's own name", top.reason());
  }

  @Test
  void aLineAboveTheTitleIsNoOutletWhenThePageNamesTheSiteElsewhere() {
    // the metadata reader takes "Drew Peterson" (a topic's page) for the outlet's tagline by its
    // place; the words alone, sure of no other type, leave it so
    String page = "Ledger\nDrew Peterson\n" + PAGE;
    DetectorFlag known =
        block(
                analyze(page, new SourceInfo("https://www.ledger.com/a", null, null, null)),
                "Drew Peterson")
            .flags()
            .get(0);
    assertEquals(FlagType.SITE_CHROME, known.type());
    assertTrue(
        known.reason().endsWith("but the site's own name (ledger.com) is another line of the page"),
        known.reason());
    assertEquals(
        FlagType.METADATA,
        block(analyze(page, SourceInfo.NONE), "Drew Peterson").flags().get(0).type());
    // on a site whose host carries the line's words, the line is the outlet's (decision 0061)
    SourceInfo echoed = new SourceInfo("https://www.drewpeterson.com/a", null, null, null);
    assertEquals(
        FlagType.METADATA, block(analyze(page, echoed), "Drew Peterson").flags().get(0).type());
  }

  @Test
  void aNameLikeLineAboveTheTitleThatCarriesNothingOfTheAddressIsTypedByItsWords() {
    // "TV PATROL" (a programme's section) stands where the outlet's name stands; the words read
    // it as furniture at 0.88 (model v4)
    String page = "TV PATROL\n" + PAGE;
    DetectorFlag known =
        block(
                analyze(page, new SourceInfo("https://www.harbourtimes.com/a", null, null, null)),
                "TV PATROL")
            .flags()
            .get(0);
    assertEquals(FlagType.SITE_CHROME, known.type());
    assertEquals(LearnedTypeDetector.ID, known.detector());
    assertTrue(
        known
            .reason()
            .endsWith("the metadata reader took it for the outlet's line above the title"),
        known.reason());
    // from 0.5 (the words read "Secret Escapes" as furniture at 0.52)
    assertEquals(
        FlagType.SITE_CHROME,
        block(
                analyze(
                    "Secret Escapes\n" + PAGE,
                    new SourceInfo("https://www.harbourtimes.com/a", null, null, null)),
                "Secret Escapes")
            .flags()
            .get(0)
            .type());
    // furniture from 0.4 (the words read "On The Couch" as furniture at 0.44 with model v4,
    // decision 0066); below it the place stands ("Night Shift", furniture at 0.38)
    int chrome = InsertTypeModel.classOf(FlagType.SITE_CHROME);
    double couch = InsertTypeModel.shipped().byWords("On The Couch")[chrome];
    assertTrue(
        couch >= LearnedTypeDetector.RETYPE_PLACE_NOT_THE_SITE_CHROME
            && couch < LearnedTypeDetector.RETYPE_PLACE_NOT_THE_SITE,
        "furniture " + couch);
    double shift = InsertTypeModel.shipped().byWords("Night Shift")[chrome];
    assertTrue(shift < LearnedTypeDetector.RETYPE_PLACE_NOT_THE_SITE_CHROME, "furniture " + shift);
    assertEquals(
        FlagType.SITE_CHROME,
        block(
                analyze(
                    "On The Couch\n" + PAGE,
                    new SourceInfo("https://www.harbourtimes.com/a", null, null, null)),
                "On The Couch")
            .flags()
            .get(0)
            .type());
    assertEquals(
        FlagType.METADATA,
        block(
                analyze(
                    "Night Shift\n" + PAGE,
                    new SourceInfo("https://www.harbourtimes.com/a", null, null, null)),
                "Night Shift")
            .flags()
            .get(0)
            .type());
    // without an address, or on a site whose host carries the line's words, it is the outlet's
    assertEquals(
        FlagType.METADATA,
        block(analyze(page, SourceInfo.NONE), "TV PATROL").flags().get(0).type());
    SourceInfo echoed = new SourceInfo("https://www.tvpatrol.ph/a", null, null, null);
    assertEquals(
        FlagType.METADATA, block(analyze(page, echoed), "TV PATROL").flags().get(0).type());
  }

  private static AnalysisResult analyze(SourceInfo info) {
    return analyze(PAGE, info);
  }

  private static AnalysisResult analyze(String page, SourceInfo info) {
    return ANALYZER.analyze(page.getBytes(StandardCharsets.UTF_8), ContentHint.TEXT, info);
  }

  private static TextBlock block(AnalysisResult r, String text) {
    return r.blocks().stream().filter(b -> b.text().equals(text)).findFirst().orElseThrow();
  }
}
