package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.FlagType;
import org.junit.jupiter.api.Test;

class PromotionalDetectorTest {
  private final PromotionalDetector cut = new PromotionalDetector();

  private static String article(String... inserts) {
    return lines(
        "Delta Farmers Seek Talks on Water Quotas",
        "Rice farmers in the Selva delta have accused the canal board of cutting irrigation flows"
            + " during the planting season.",
        inserts.length > 0
            ? inserts[0]
            : "The canal board said the quotas follow reservoir levels and would be reviewed in"
                + " May.",
        "The growers union said more than a thousand farms had received less water than the board"
            + " had promised them.",
        inserts.length > 1
            ? inserts[1]
            : "Board engineers said the reservoir levels were checked against gauge readings every"
                + " week.",
        "Farmers said they would keep protesting along the main canal until the irrigation flows to"
            + " the rice fields are restored.");
  }

  @Test
  void flagsACompanyPraisingItselfTwiceInDifferentWords() {
    DetectionContext ctx =
        TestArticles.context(
            article(
                "Brightfold Systems produces the most advanced solar inverters proven in over 2,000"
                    + " plants, trusted by engineers everywhere.",
                "Brightfold Systems delivers the best battery cabinets featuring modular racks,"
                    + " top-rated by installers."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(2, 4), TestArticles.flagged(sink, ctx, FlagType.PROMOTIONAL));
    String reason = TestArticles.flag(sink, 2, FlagType.PROMOTIONAL).reason();
    assertTrue(
        reason.contains("'Brightfold Systems'") && reason.contains("praised in 2 blocks"), reason);
  }

  @Test
  void aParagraphNamingACompanyIsNotPromotion() {
    DetectionContext ctx =
        TestArticles.context(
            article(
                "Greenmarsh Cooperative, the largest rice buyer in the region, said it had raised"
                    + " purchase prices by 8 percent.",
                "Greenmarsh Cooperative makes the most of its storage capacity in dry years,"
                    + " according to its annual report."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertTrue(TestArticles.flagged(sink, ctx, FlagType.PROMOTIONAL).isEmpty());
  }

  @Test
  void anArticleAboutAProductLaunchKeepsItsReporting() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Brightfold Unveils New Solar Inverter",
                "Brightfold Systems said on Tuesday it would start selling a new solar inverter for"
                    + " farms in the delta next month.",
                "The company claims the inverter is the most efficient on the market, analysts said"
                    + " the claim was hard to verify.",
                "Brightfold Systems employs 400 people at its plant near Veltham and exports most"
                    + " of its output to neighbouring countries."));
    FlagSink sink = TestArticles.run(ctx, cut);
    for (int i = 0; i < ctx.size(); i++) {
      assertFalse(sink.has(i, FlagType.PROMOTIONAL), ctx.text(i));
    }
  }

  @Test
  void aCallToActionInTheNewsIsNotPromotion() {
    DetectionContext ctx =
        TestArticles.context(
            article(
                "Museum visitors can see the restored bronze bell today, the curator said.",
                "Residents can call the flood hotline now for sandbags."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertTrue(TestArticles.flagged(sink, ctx, FlagType.PROMOTIONAL).isEmpty());
  }
}
