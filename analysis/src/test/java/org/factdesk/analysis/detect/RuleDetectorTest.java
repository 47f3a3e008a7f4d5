package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.FlagType;
import org.junit.jupiter.api.Test;

class RuleDetectorTest {
  private final RuleDetector cut = new RuleDetector(RuleSet.defaults());

  @Test
  void flagsPageFurnitureWithAReasonNamingTheRule() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Dam Audit Ordered on the Tavel River",
                "Share post:",
                "0:00",
                "Close",
                "The commission ordered the audit on Wednesday after farmers complained about the"
                    + " flows.",
                "Leave a Reply"));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(1, 2, 3, 5), TestArticles.flagged(sink, ctx, FlagType.SITE_CHROME));
    String reason = TestArticles.flag(sink, 1, FlagType.SITE_CHROME).reason();
    assertTrue(reason.contains("'Share post'") && reason.contains("rules v2"), reason);
    assertEquals("rules", TestArticles.flag(sink, 1, FlagType.SITE_CHROME).detector());
  }

  @Test
  void leavesTheTitleAndArticleSentencesAlone() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Popular Uprising in the Northern Provinces Enters Second Week",
                "The popular mayor said she would close the old bridge and share the costs with the"
                    + " province."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertFalse(sink.isFlagged(0));
    assertFalse(sink.isFlagged(1));
  }

  @Test
  void usesTheRulesItIsGiven() {
    RuleDetector custom =
        new RuleDetector(new RuleSet("# version: 2\nPROMOTIONAL\t0.6\tphrase:buy one get one"));
    DetectionContext ctx =
        TestArticles.context(
            lines("Weekend Market Report From Veltham", "Buy one get one free at Marlo's!"));
    FlagSink sink = TestArticles.run(ctx, custom);
    assertEquals(0.6, TestArticles.flag(sink, 1, FlagType.PROMOTIONAL).confidence());
  }
}
