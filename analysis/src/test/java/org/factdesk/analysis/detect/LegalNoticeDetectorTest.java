package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdesk.analysis.FlagType;
import org.junit.jupiter.api.Test;

class LegalNoticeDetectorTest {
  private final LegalNoticeDetector cut = new LegalNoticeDetector();

  @Test
  void flagsAggregatorTrademarkAndCommentFormNotices() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Harbour Strike Ends After Twelve Days",
                "The strike at the harbour ended on Friday after the union accepted a new wage"
                    + " offer from the port operators.",
                "This coverage aggregates and reports on information from multiple sources. All"
                    + " claims are attributed to their original sources.",
                "This article aggregates information from public sources. All trademarks and"
                    + " copyrights belong to their respective owners.",
                "Your email address will not be published. Required fields are marked *",
                "© 2025 Harbor Ledger Media"));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(2, 3, 4, 5), TestArticles.flagged(sink, ctx, FlagType.LEGAL_NOTICE));
  }

  @Test
  void reportingAboutCopyrightOrAggregationIsNotANotice() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Court Rules on News Aggregator",
                "The court ruled that the news aggregator had copied headlines without permission,"
                    + " a decision publishers welcomed.",
                "Lawyers for the aggregator said the trademarks of the newspapers were never used"
                    + " in its advertising."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(), TestArticles.flagged(sink, ctx, FlagType.LEGAL_NOTICE));
  }
}
