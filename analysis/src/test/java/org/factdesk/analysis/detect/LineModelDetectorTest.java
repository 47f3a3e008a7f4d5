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
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.detect.LineModelDetector.ModelFiles;
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

  /** A reader's comment written as a full sentence, as article sentences are. */
  private static final String SENTENCE =
      "I have taken the early crossing to the islands for twenty years and the crew have always"
          + " been kind to the older passengers, so I hope the new timetable keeps that boat.";

  private static final String[] ARTICLE = TestArticles.FERRY_STORY;

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

  /**
   * The engine runs version 4 (decision 0042) and version 6 (decision 0073: v5's features, v4's and
   * {@link Rhythm}'s, and {@link StoryWords}'), each on the features it was trained on: v4 on the
   * first columns of the rows, v6 on every column, so the engine computes no feature that no model
   * reads. v5's files stay, and read the first columns too.
   */
  @Test
  void theEngineRunsVersions4And6AndVersion6ReadsEveryFeature() {
    ModelFiles v4 =
        new ModelFiles(LineModelDetector.LINES_MODEL_V4, LineModelDetector.CONTEXT_MODEL_V4);
    ModelFiles v6 =
        new ModelFiles(LineModelDetector.LINES_MODEL_V6, LineModelDetector.CONTEXT_MODEL_V6);
    assertEquals(List.of(v4, v6), LineModelDetector.ENGINE_MODELS);
    assertEquals(LineFeatures.NAMES, BoostedTrees.load(v6.lines()).featureNames());
    assertEquals(LineFeatures.STACKED_NAMES, BoostedTrees.load(v6.context()).featureNames());
    for (ModelFiles earlier :
        List.of(
            v4,
            new ModelFiles(LineModelDetector.LINES_MODEL_V5, LineModelDetector.CONTEXT_MODEL_V5))) {
      List<String> lines = BoostedTrees.load(earlier.lines()).featureNames();
      List<String> context = BoostedTrees.load(earlier.context()).featureNames();
      assertEquals(LineFeatures.NAMES.subList(0, lines.size()), lines);
      assertEquals(LineFeatures.STACKED_NAMES.subList(0, context.size()), context);
      assertTrue(lines.size() < LineFeatures.NAMES.size(), "v6 adds features to " + earlier);
    }
  }

  /** A line's probability in the engine is the mean of v4's and v6's (decisions 0052, 0073). */
  @Test
  void theEngineAveragesTheProbabilitiesOfVersions4And6() {
    DetectionContext context = TestArticles.context(PAGE);
    double[] engine = new LineModelDetector().probabilities(context);
    double[] v4 =
        LineModelDetector.of(
                LineModelDetector.LINES_MODEL_V4,
                LineModelDetector.CONTEXT_MODEL_V4,
                LineModelDetector.THRESHOLD)
            .probabilities(context);
    double[] v6 =
        LineModelDetector.of(
                LineModelDetector.LINES_MODEL_V6,
                LineModelDetector.CONTEXT_MODEL_V6,
                LineModelDetector.THRESHOLD)
            .probabilities(context);
    boolean differ = false;
    for (int i = 0; i < engine.length; i++) {
      assertEquals((v4[i] + v6[i]) / 2, engine[i], 1e-12, "line " + i);
      differ |= Math.abs(v4[i] - v6[i]) > 1e-6;
    }
    assertTrue(differ, "v4 and v6 give the same probabilities: v6 is not run");
  }

  /**
   * A v3 row begins with v2's features in v2's order, so the v2 models read today's rows and give
   * what they gave before (decision 0033).
   */
  @Test
  void theVersion2ModelsReadTheFirstColumnsOfTodaysRows() {
    List<String> v2 = BoostedTrees.load(LineModelDetector.LINES_MODEL_V2).featureNames();
    assertEquals(LineFeatures.NAMES.subList(0, v2.size()), v2);
    assertTrue(LineFeatures.NAMES.size() > v2.size());
    List<String> v2Context = BoostedTrees.load(LineModelDetector.CONTEXT_MODEL_V2).featureNames();
    assertEquals(LineFeatures.STACKED_NAMES.subList(0, v2Context.size()), v2Context);
    DetectionContext context = TestArticles.context(PAGE);
    double[] p =
        LineModelDetector.of(
                LineModelDetector.LINES_MODEL_V2,
                LineModelDetector.CONTEXT_MODEL_V2,
                LineModelDetector.THRESHOLD)
            .probabilities(context);
    assertTrue(p[0] >= LineModelDetector.THRESHOLD, "navigation: " + p[0]);
    assertTrue(p[9] < LineModelDetector.THRESHOLD, "article: " + p[9]);
  }

  /**
   * The same sentence is article in the body of a story and a reader's comment after the story's
   * end, under a comments heading, between commenters' names and times: only its context tells.
   */
  @Test
  void contextDecidesWhetherASentenceIsArticleOrAReadersComment() {
    String inBody =
        lines(
            "Skip to main content",
            "Home",
            "News",
            "Sport",
            "Ferry Service to the Outer Islands Resumes After Storm Repairs",
            ARTICLE[0],
            ARTICLE[1],
            "\"" + SENTENCE + "\" said Morag Dunn, who runs the island shop.",
            ARTICLE[2],
            ARTICLE[3],
            "Share this article",
            "Facebook",
            "Twitter",
            "© 2025 Kestrel Bay Courier. All rights reserved.",
            "Privacy Policy");
    String inComments =
        lines(
            "Skip to main content",
            "Home",
            "News",
            "Sport",
            "Ferry Service to the Outer Islands Resumes After Storm Repairs",
            ARTICLE[0],
            ARTICLE[1],
            ARTICLE[2],
            ARTICLE[3],
            "Share this article",
            "Facebook",
            "Twitter",
            "3 Comments",
            "IslandGirl says:",
            "March 4, 2025 at 9:12 am",
            SENTENCE,
            "Reply",
            "Pete from Portree says:",
            "March 4, 2025 at 10:40 am",
            "About time too, we waited long enough for those repairs and nobody told us anything.",
            "Reply",
            "Leave a Reply",
            "© 2025 Kestrel Bay Courier. All rights reserved.",
            "Privacy Policy");
    DetectionContext body = TestArticles.context(inBody);
    DetectionContext comments = TestArticles.context(inComments);
    int quoted = 7;
    int comment = 15;
    assertTrue(body.text(quoted).contains(SENTENCE));
    assertEquals(SENTENCE, comments.text(comment));

    FlagSink bodySink = TestArticles.run(body, new LineModelDetector());
    FlagSink commentSink = TestArticles.run(comments, new LineModelDetector());

    assertFalse(bodySink.isFlagged(quoted), bodySink.flagsOf(quoted).toString());
    assertTrue(
        flaggedByModel(commentSink, comments).contains(comment),
        "the reader's comment is not article: " + commentSink.flagsOf(comment));
    for (int i = 5; i <= 8; i++) {
      assertFalse(commentSink.isFlagged(i), "article line " + i + ": " + commentSink.flagsOf(i));
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
    DetectorFlag legal = sink.flagsOf(22).get(0);
    assertEquals(org.factdesk.analysis.FlagType.LEGAL_NOTICE, legal.type());
    DetectorFlag share = sink.flagsOf(13).get(0);
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
      List<DetectorFlag> flags = sink.flagsOf(i);
      long byModel = flags.stream().filter(f -> f.detector().equals(LineModelDetector.ID)).count();
      assertTrue(byModel == 0 || flags.size() == 1, "line " + i + " has " + flags);
    }
  }

  /**
   * Where the model would take all of a page for furniture (a short post among long sidebars), the
   * page keeps the lines it doubts least until it has {@link LineModelDetector#MIN_KEPT_WORDS}
   * words; a line the model is sure of stays flagged (decision 0042).
   */
  @Test
  void aPageItWouldEmptyKeepsTheLinesItDoubtsLeast() throws IOException {
    DetectionContext context = TestArticles.context(PAGE);
    FlagSink doubted = TestArticles.run(context, LengthModel.byLength(0.95, 0.7));
    List<Integer> flagged = flaggedByModel(doubted, context);
    // the first article paragraph (over 30 words) is kept: of equal doubt, the first line first
    assertFalse(flagged.contains(8), "article line 8 is kept");
    for (int i : List.of(0, 6, 9, 10, 11, 12, 20, 24)) {
      assertTrue(flagged.contains(i), "line " + i + " '" + context.text(i) + "' stays flagged");
    }

    FlagSink sure = TestArticles.run(context, LengthModel.byLength(0.95, 0.85));
    for (int i = 8; i <= 11; i++) {
      assertTrue(flaggedByModel(sure, context).contains(i), "line " + i + " above 0.8");
    }
  }

  /** A page whose readers' comments, after a "Comments" label, read as sentences do. */
  private static final String COMMENTED =
      lines(
          "Skip to main content",
          "Home",
          "News",
          "Sport",
          "Ferry Service to the Outer Islands Resumes After Storm Repairs",
          ARTICLE[0],
          ARTICLE[1],
          ARTICLE[2],
          ARTICLE[3],
          "Share this article",
          "Facebook",
          "Twitter",
          "3 Comments",
          "IslandGirl says:",
          "March 4, 2025 at 9:12 am",
          SENTENCE,
          "Reply",
          "About time too, we waited long enough for those repairs and nobody told us anything.",
          "Reply",
          "© 2025 Kestrel Bay Courier. All rights reserved.",
          "Privacy Policy");

  /**
   * Every line from a short label of comments or other stories after the page's main block of prose
   * is furniture, however much it reads like article (decision 0047): a model that keeps every long
   * line keeps the comments without the cut and flags them with it.
   */
  @Test
  void linesAfterTheLabelThatClosesTheArticleAreFurniture() throws IOException {
    DetectionContext context = TestArticles.context(COMMENTED);
    int label = 12;
    int comment = 15;
    int other = 17;
    assertEquals("3 Comments", context.text(label));
    LineModelDetector longLinesKept = LengthModel.byLength(0.9, 0.1);

    List<Integer> without =
        flaggedByModel(TestArticles.run(context, longLinesKept.withoutEndCut()), context);
    assertFalse(without.contains(comment), "without the cut the comment reads as article");
    assertFalse(without.contains(other));

    FlagSink sink = TestArticles.run(context, longLinesKept);
    List<Integer> flagged = flaggedByModel(sink, context);
    for (int i = label; i < context.size(); i++) {
      assertTrue(flagged.contains(i), "line " + i + " '" + context.text(i) + "' is furniture");
    }
    for (int i = 5; i <= 8; i++) {
      assertFalse(sink.isFlagged(i), "article line " + i + ": " + sink.flagsOf(i));
    }
    assertTrue(
        sink.flagsOf(comment).get(0).reason().startsWith("after the article's end: line 13 opens"),
        sink.flagsOf(comment).toString());
  }

  /**
   * A how-to whose table, written one cell a line, names a column "Comment", with more of the
   * how-to after it: {@code paragraphs} paragraphs of 10 words or more, and a reader's comment
   * header after them when asked.
   */
  private static String howTo(int paragraphs, boolean commentHeader) {
    List<String> page =
        new ArrayList<>(
            List.of(
                "Skip to main content",
                "Home",
                "How the Ferry Timetable Is Kept After a Storm",
                ARTICLE[0],
                ARTICLE[1],
                ARTICLE[2],
                ARTICLE[3],
                "Crossing",
                "Comment",
                "Early",
                "Kept",
                "Saturday",
                "Added"));
    List<String> more =
        List.of(
            "The early crossing keeps its time because the crew load the cargo the evening before.",
            "The Saturday crossing was added for the passengers whose trips had been cancelled.",
            "The timetable returns to normal once the pier's supports have been checked again.");
    page.addAll(more.subList(0, paragraphs));
    if (commentHeader) {
      page.add("IslandGirl says:");
      page.add("About time too, we waited long enough for those repairs and nobody told us.");
    }
    page.add("© 2025 Kestrel Bay Courier. All rights reserved.");
    page.add("Privacy Policy");
    return lines(page.toArray(String[]::new));
  }

  /**
   * A word of the comments followed by more paragraphs of the story, with no commenter's header
   * below it, is not where the article ends (decision 0074): three paragraphs after "Comment" keep
   * the article open; two, or a comment header below, let the label close it as before.
   */
  @Test
  void aLabelFollowedByMoreOfTheStoryDoesNotCloseIt() throws IOException {
    DetectionContext context = TestArticles.context(howTo(3, false));
    int label = 8;
    assertEquals("Comment", context.text(label));
    double[] p = byLength(context);
    LineFeatures features = LineFeatures.of(context);
    boolean[] none = new boolean[context.size()];
    assertTrue(LineModelDetector.mainBlock(features, p, none)[1] < label);
    assertEquals(-1, LineModelDetector.endOfArticle(features, p, none));
    FlagSink sink = TestArticles.run(context, LengthModel.byLength(0.9, 0.1));
    for (int i = 13; i <= 15; i++) {
      assertFalse(sink.isFlagged(i), "the how-to's line " + i + ": " + sink.flagsOf(i));
    }

    DetectionContext two = TestArticles.context(howTo(2, false));
    assertEquals(
        label, LineModelDetector.endOfArticle(LineFeatures.of(two), byLength(two), none(two)));
    DetectionContext commented = TestArticles.context(howTo(3, true));
    assertEquals(
        label,
        LineModelDetector.endOfArticle(
            LineFeatures.of(commented), byLength(commented), none(commented)));
  }

  private static double[] byLength(DetectionContext context) {
    double[] p = new double[context.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = context.text(i).split(" ").length >= 10 ? 0.1 : 0.9;
    }
    return p;
  }

  private static boolean[] none(DetectionContext context) {
    return new boolean[context.size()];
  }

  /**
   * A label inside the article (a subheading that names comments or popularity, followed by more
   * paragraphs) does not close it: the cut looks only after the main block of prose, and the
   * shipped engine keeps both halves of the article.
   */
  @Test
  void aLabelInsideTheArticleDoesNotCloseIt() throws IOException {
    String page =
        lines(
            "Skip to main content",
            "Home",
            "News",
            "Sport",
            "Ferry Service to the Outer Islands Resumes After Storm Repairs",
            ARTICLE[0],
            ARTICLE[1],
            "Popular with tourists",
            ARTICLE[2],
            ARTICLE[3],
            "Share this article",
            "Facebook",
            "Twitter",
            "© 2025 Kestrel Bay Courier. All rights reserved.",
            "Privacy Policy");
    DetectionContext context = TestArticles.context(page);
    for (LineModelDetector detector :
        List.of(LengthModel.byLength(0.9, 0.1), new LineModelDetector())) {
      FlagSink sink = TestArticles.run(context, detector);
      for (int i : List.of(5, 6, 8, 9)) {
        assertFalse(sink.isFlagged(i), "article line " + i + ": " + sink.flagsOf(i));
      }
    }
    double[] p = new double[context.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = context.text(i).split(" ").length >= 10 ? 0.1 : 0.9;
    }
    assertEquals(
        -1,
        LineModelDetector.endOfArticle(LineFeatures.of(context), p, new boolean[context.size()]));
  }

  @Test
  void refusesAModelTrainedOnOtherFeatures() throws IOException {
    BoostedTrees other =
        BoostedTrees.parse(
            new StringReader("factdesk-trees 1\nversion x\nfeatures 1\nf\nbase 0\ntrees 0\n"));
    assertThrows(IllegalArgumentException.class, () -> new LineModelDetector(other, null, 0.5));
  }

  private static float feature(LineFeatures features, int line, String name) {
    int k = LineFeatures.NAMES.indexOf(name);
    assertTrue(k >= 0, name);
    return features.row(line)[k];
  }

  @Test
  void pageLevelFeaturesCountRepeatsControlWordsAndTheCommentsLabel() {
    DetectionContext context =
        TestArticles.context(
            lines(
                "Home",
                "Ferry Service Resumes",
                ARTICLE[0],
                ARTICLE[1],
                ARTICLE[2],
                "12 Comments",
                "Posted on March 4, 2025",
                "We waited long enough for those repairs.",
                "Reply",
                "Posted on March 5, 2025",
                "Good news for the shops on the island.",
                "Reply"));
    LineFeatures features = LineFeatures.of(context);
    assertEquals(1f, feature(features, 8, "repeats")); // "Reply" twice
    assertEquals(1f, feature(features, 8, "ui_share"));
    assertEquals(0f, feature(features, 6, "repeats"));
    assertEquals(1f, feature(features, 6, "shape_repeats")); // dates differ in digits only
    assertEquals(1f, feature(features, 6, "first_word_repeats"));
    assertEquals(-1f, feature(features, 4, "lines_after_comments_label"));
    assertEquals(2f, feature(features, 7, "lines_after_comments_label"));
    assertEquals(1f, feature(features, 3, "in_longest_good_run"));
    assertEquals(0f, feature(features, 10, "in_longest_good_run"));
    assertTrue(feature(features, 2, "words_vs_median") > 3);
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
