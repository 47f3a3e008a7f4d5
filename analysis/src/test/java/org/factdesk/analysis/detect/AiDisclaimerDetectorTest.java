package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.factdesk.analysis.FlagType;
import org.junit.jupiter.api.Test;

class AiDisclaimerDetectorTest {
  private final AiDisclaimerDetector cut = new AiDisclaimerDetector();

  @Test
  void flagsLabelledAndSelfReferentialDisclaimers() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Grain Licences Delayed at the Port",
                "Exporters said on Monday that grain licences were taking three weeks instead of"
                    + " ten days.",
                "AI Disclaimer: An automated artificial intelligence system generated this text"
                    + " from public reports.",
                "This article was written with the help of AI and checked by an editor.",
                "Note: the summary above is ours. This content was produced by a large language"
                    + " model."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(2, 3, 4), TestArticles.flagged(sink, ctx, FlagType.AI_DISCLAIMER));
  }

  @Test
  void flagsDisclaimersThatNameTheToolWithoutSayingAi() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Ferry Timetable Changes From June",
                "The operator will add two sailings on weekdays, it said on Tuesday.",
                "About this report: a generative model drafted it from the operator's notice.",
                "The story above was written with automated writing software and reviewed by staff.",
                "Our newsroom covered the debate over artificial intelligence in schools last year."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(2, 3), TestArticles.flagged(sink, ctx, FlagType.AI_DISCLAIMER));
  }

  @Test
  void aParagraphDiscussingAiIsNotADisclaimer() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Canal Board Defends Its Forecasts",
                "The canal board uses an AI-based forecasting model that was written by a"
                    + " university team and generated 400 release plans last year.",
                "Critics said artificial intelligence should not decide how much water farmers"
                    + " receive, and that the content of the model's reports was never"
                    + " published."));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(), TestArticles.flagged(sink, ctx, FlagType.AI_DISCLAIMER));
  }
}
