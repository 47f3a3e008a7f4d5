package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.Flag;
import org.factdesk.analysis.model.BoostedTrees;
import org.junit.jupiter.api.Test;

/** The shipped line model on a page in the scraped plain-text shape: chrome around an article. */
class LineModelDetectorTest {
  private static final String PAGE =
      lines(
          "Skip to main content",
          "Home",
          "News",
          "Sport",
          "Business",
          "Weather",
          "Sign in",
          "Ferry Service to the Outer Islands Resumes After Storm Repairs",
          "The ferry between Kestrel Bay and the outer islands will run again from Thursday, the"
              + " operator said, after two weeks in which storm damage to the northern pier kept"
              + " its boats in harbour.",
          "Engineers replaced four of the pier's supports and checked the loading ramp, which had"
              + " been pushed out of line when waves broke over the harbour wall on the night of"
              + " the storm.",
          "Islanders had relied on a small cargo boat and on a helicopter for medical cases while"
              + " the service was suspended, and some shops on the largest island ran short of"
              + " fresh food during the second week.",
          "The operator said timetables would return to normal by the weekend, with an extra"
              + " crossing on Saturday morning for passengers whose trips had been cancelled.",
          "Share this article",
          "Facebook",
          "Twitter",
          "Email",
          "Most Read",
          "Council Votes to Close Two Libraries",
          "Man Rescued From Cliff Path at Night",
          "Harbour Festival Returns With New Stage",
          "Comments",
          "Log in to comment",
          "© 2025 Kestrel Bay Courier. All rights reserved.",
          "Privacy Policy",
          "Cookie settings");

  private static List<Integer> flaggedByModel(FlagSink sink, DetectionContext context) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < context.size(); i++) {
      if (sink.flagsOf(i).stream().anyMatch(f -> f.detector().equals(LineModelDetector.ID))) {
        out.add(i);
      }
    }
    return out;
  }

  @Test
  void flagsThePageFurnitureAroundTheArticleAndKeepsTheArticle() {
    DetectionContext context = TestArticles.context(PAGE);
    FlagSink sink = TestArticles.run(context, new LineModelDetector());
    for (int i = 7; i <= 11; i++) {
      assertFalse(sink.isFlagged(i), "article line " + i + ": " + sink.flagsOf(i));
    }
    List<Integer> flagged = flaggedByModel(sink, context);
    for (int i : List.of(0, 1, 2, 3, 4, 5, 6, 12, 13, 14, 15, 20, 21, 22, 23, 24)) {
      assertTrue(flagged.contains(i), "line " + i + " '" + context.text(i) + "' is furniture");
    }
  }

  @Test
  void abstainsOnATextOfFewLinesWhereItWouldFlagArticleSentences() {
    // a short pasted article: outlet, date, title and two paragraphs; learnt on whole pages, the
    // model took the last paragraph for furniture here
    DetectionContext context =
        TestArticles.context(
            String.join(
                "\n",
                "Lakeside Herald",
                "Monday, March 3, 2025",
                "Bridge Repairs Finished Early",
                "The council said the bridge repairs cost 2.4 million euros, 300,000 less than"
                    + " planned.",
                "Engineers said 14 of the 20 cables were replaced in October."));
    FlagSink sink = TestArticles.run(context, new LineModelDetector());

    assertEquals(List.of(), flaggedByModel(sink, context));
  }

  @Test
  void theFlagsAreTypedAndTheReasonNamesTheEvidence() {
    DetectionContext context = TestArticles.context(PAGE);
    FlagSink sink = TestArticles.run(context, new LineModelDetector());
    Flag legal = sink.flagsOf(22).get(0);
    assertEquals(org.factdesk.analysis.FlagType.LEGAL_NOTICE, legal.type());
    Flag share = sink.flagsOf(13).get(0);
    assertEquals(org.factdesk.analysis.FlagType.SITE_CHROME, share.type());
    assertTrue(
        share.reason().matches("line model [01]\\.\\d\\d: 1 word, no stop words, in a run of .*"),
        share.reason());
    assertTrue(share.confidence() >= LineModelDetector.THRESHOLD);
  }

  @Test
  void linesAnEarlierDetectorFlaggedKeepTheirTypeAndTheTitleIsNeverFlagged() {
    DetectionContext context = TestArticles.context(PAGE);
    FlagSink sink =
        TestArticles.run(
            context,
            new RuleDetector(RuleSet.defaults()),
            new StructureDetector(),
            new LineModelDetector());
    assertEquals(7, context.titleIndex());
    assertFalse(sink.isFlagged(7));
    for (int i = 0; i < context.size(); i++) {
      List<Flag> flags = sink.flagsOf(i);
      long byModel = flags.stream().filter(f -> f.detector().equals(LineModelDetector.ID)).count();
      assertTrue(byModel == 0 || flags.size() == 1, "line " + i + " has " + flags);
    }
  }

  @Test
  void refusesAModelTrainedOnOtherFeatures() throws IOException {
    BoostedTrees other =
        BoostedTrees.parse(
            new StringReader("factdesk-trees 1\nversion x\nfeatures 1\nf\nbase 0\ntrees 0\n"));
    assertThrows(IllegalArgumentException.class, () -> new LineModelDetector(other, null, 0.5));
  }

  @Test
  void featureRowsMatchTheNamesTheModelsWereTrainedOn() {
    DetectionContext context = TestArticles.context(PAGE);
    LineFeatures features = LineFeatures.of(context);
    assertEquals(LineFeatures.NAMES.size(), features.row(0).length);
    double[] p = new double[context.size()];
    assertEquals(LineFeatures.STACKED_NAMES.size(), features.stacked(p)[0].length);
    assertEquals(7, features.shortRun(0)); // the seven navigation lines
    assertTrue(features.has(22, LineFeatures.Keyword.LEGAL));
    assertEquals("sharing", features.keywordNames(13));
  }
}
