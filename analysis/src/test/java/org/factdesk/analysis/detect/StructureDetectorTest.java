package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.FlagType;
import org.junit.jupiter.api.Test;

class StructureDetectorTest {
  private static final String P1 =
      "The port authority of Kestrel Bay said on Monday that night shifts would start in June,"
          + " doubling the hours the terminal can handle ships.";
  private static final String P2 =
      "Union leaders said they had not been consulted and asked for a meeting with the authority"
          + " before the new schedule takes effect.";
  private static final String P3 =
      "The authority expects the change to cut waiting times for container ships by about a third"
          + " over the first year.";

  private final RuleDetector rules = new RuleDetector(RuleSet.defaults());
  private final StructureDetector cut = new StructureDetector();

  @Test
  void flagsHeaderAndTheHeadlineRunAfterItWithACountInTheReason() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Kestrel Bay Terminal to Work Through the Night",
                P1,
                P2,
                "Related Articles",
                "Close",
                "Valmora Lifts Fishing Quota After Three-Year Freeze",
                "Floods Close Two Bridges Across the Delta",
                "Airline Adds Direct Route to Marenburg",
                "why salt keeps getting dearer on the coast"));
    FlagSink sink = TestArticles.run(ctx, rules, cut);
    assertEquals(List.of(3, 5, 6, 7, 8), TestArticles.flagged(sink, ctx, FlagType.RELATED_LINKS));
    assertTrue(sink.has(4, FlagType.SITE_CHROME));
    assertEquals(
        "one of 4 teaser lines (headlines and blurbs) after 'Related Articles'",
        TestArticles.flag(sink, 5, FlagType.RELATED_LINKS).reason());
    assertFalse(sink.isFlagged(1));
    assertFalse(sink.isFlagged(2));
  }

  @Test
  void teaserBlurbsUnderHeadlinesAtTheEndBelongToTheSection() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Kestrel Bay Terminal to Work Through the Night",
                P1,
                P2,
                "Read These Next",
                "Glass Makers Turn to Recycled Sand as Costs Rise",
                "Producers in three provinces now use recycled glass for a third of their output,"
                    + " cutting energy use.",
                "Mountain Pass Reopens After Avalanche",
                "The mountain pass linking the two northern provinces reopened as..."));
    FlagSink sink = TestArticles.run(ctx, rules, cut);
    assertEquals(List.of(3, 4, 5, 6, 7), TestArticles.flagged(sink, ctx, FlagType.RELATED_LINKS));
  }

  @Test
  void anEmbeddedRelatedBoxDoesNotSwallowTheArticleThatResumesAfterIt() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Kestrel Bay Terminal to Work Through the Night",
                P1,
                "Related",
                "Valmora Lifts Fishing Quota After Three-Year Freeze",
                P2,
                P3));
    FlagSink sink = TestArticles.run(ctx, rules, cut);
    assertEquals(List.of(2, 3), TestArticles.flagged(sink, ctx, FlagType.RELATED_LINKS));
    assertFalse(sink.isFlagged(4));
    assertFalse(sink.isFlagged(5));
  }

  @Test
  void aRunOfHeadlinesWithoutHeaderIsALinkList() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Kestrel Bay Terminal to Work Through the Night",
                P1,
                P2,
                "Valmora Lifts Fishing Quota After Three-Year Freeze",
                "Floods Close Two Bridges Across the Delta",
                "Airline Adds Direct Route to Marenburg",
                "Students Build Solar Boat for National Contest",
                "Bank Strike Ends After Twelve Days"));
    FlagSink sink = TestArticles.run(ctx, rules, cut);
    assertEquals(List.of(3, 4, 5, 6, 7), TestArticles.flagged(sink, ctx, FlagType.RELATED_LINKS));
    assertEquals(
        "run of 5 short headline-like lines",
        TestArticles.flag(sink, 3, FlagType.RELATED_LINKS).reason());
  }

  @Test
  void subheadingsQuotesAndBulletListsInsideTheArticleAreNotFlagged() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Kestrel Bay Terminal to Work Through the Night",
                P1,
                "What Changes for Dock Workers",
                P2,
                "\"We were never asked,\" one crane driver said.",
                "The new schedule covers:",
                "- Night Shifts From Ten to Six",
                "- Weekend Cover for Two Berths",
                "- Extra Pay for Crane Drivers",
                "- New Bus Links to the Terminal",
                P3));
    FlagSink sink = TestArticles.run(ctx, rules, cut);
    for (int i = 0; i < ctx.size(); i++) {
      assertFalse(sink.isFlagged(i), "block " + i + " " + ctx.text(i));
    }
  }

  @Test
  void wordlessLinesAndEmptyLabelsAreChromeEvenWithoutRules() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Kestrel Bay Terminal to Work Through the Night",
                "Date:",
                "0:00",
                P1,
                "×",
                "Share post:",
                "Prices:",
                "- Night berth: 120 euros",
                P2,
                "2024"));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertEquals(List.of(1, 2, 4, 5), TestArticles.flagged(sink, ctx, FlagType.SITE_CHROME));
    assertEquals(
        "a label with no value after it: 'Date:'",
        TestArticles.flag(sink, 1, FlagType.SITE_CHROME).reason());
    assertFalse(sink.isFlagged(6));
    assertFalse(sink.isFlagged(9));
  }

  @Test
  void aLabelThatLeadsIntoAParagraphIsTheArticlesLeadIn() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Kestrel Bay Terminal to Work Through the Night", P1, "Here's why:", P2, "Email:"));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertFalse(sink.isFlagged(2));
    assertEquals(List.of(4), TestArticles.flagged(sink, ctx, FlagType.SITE_CHROME));
  }

  @Test
  void aLabelInsideTheTextHeadsWhatFollowsButAFormFieldAtTheEndIsEmpty() {
    // "Ingredients:" stands between two paragraphs of the text with an unflagged line after it;
    // "Your email:" at the end heads nothing (decision 0054)
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Kestrel Bay Terminal to Work Through the Night",
                P1,
                "Ingredients:",
                "2 cups flour",
                P2,
                "Your email:"));
    FlagSink sink = TestArticles.run(ctx, cut);
    assertFalse(sink.isFlagged(2));
    assertEquals(List.of(5), TestArticles.flagged(sink, ctx, FlagType.SITE_CHROME));
    assertTrue(StructureDetector.labelInsideTheText(ctx, new FlagSink(ctx.size()), 2));
    assertFalse(StructureDetector.labelInsideTheText(ctx, new FlagSink(ctx.size()), 5));
  }

  // Lists inside articles (decision 0024): a run of title-case lines between paragraphs that
  // continues the article's topic is part of it; the same shape with other stories' headlines, or
  // at the end of the text, is a link list.

  private static final String DEALS_1 =
      "Kettle and toaster prices at Harrow Home fell sharply this week, and the retailer's kitchen"
          + " sale runs until Sunday with discounts on kettles, toasters and blenders.";
  private static final String DEALS_2 =
      "Shoppers should compare the kettle and toaster prices with last month's before buying, the"
          + " consumer group Fairshelf said, because some blenders were dearer in March.";

  @Test
  void aDealsRoundupBetweenParagraphsIsPartOfTheArticle() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Harrow Home Cuts Kitchen Prices for Its Spring Sale",
                DEALS_1,
                "Brightwell Steel Kettle Now Costs Less Than Forty Pounds",
                "Two-Slice Toaster From Harrow Home Reduced by a Third",
                "Compact Blender With Glass Jug in the Kitchen Sale",
                "Four-Slice Toaster and Kettle Set at Half Price",
                DEALS_2));
    FlagSink sink = TestArticles.run(ctx, rules, cut);
    assertEquals(List.of(), TestArticles.flagged(sink, ctx, FlagType.RELATED_LINKS));
  }

  @Test
  void otherStoriesHeadlinesBetweenParagraphsAreStillALinkList() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Harrow Home Cuts Kitchen Prices for Its Spring Sale",
                DEALS_1,
                "Valmora Lifts Fishing Quota After Three-Year Freeze",
                "Floods Close Two Bridges Across the Delta",
                "Airline Adds Direct Route to Marenburg",
                "Museum Reopens Its Bronze Age Gallery",
                DEALS_2));
    FlagSink sink = TestArticles.run(ctx, rules, cut);
    assertEquals(List.of(2, 3, 4, 5), TestArticles.flagged(sink, ctx, FlagType.RELATED_LINKS));
  }

  @Test
  void onTopicHeadlinesThatLookLikeLinksAreALinkList() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Harrow Home Cuts Kitchen Prices for Its Spring Sale",
                DEALS_1,
                "Kettle Prices: What the Sale Means for Shoppers | Video",
                "Toaster Deals Compared With Last Spring (Photos)",
                "Blender Recall: Harrow Home Answers Questions | 10:42",
                "Kitchen Sale Queues at Harrow Home (Video)",
                DEALS_2));
    FlagSink sink = TestArticles.run(ctx, rules, cut);
    assertEquals(List.of(2, 3, 4, 5), TestArticles.flagged(sink, ctx, FlagType.RELATED_LINKS));
  }

  @Test
  void anOnTopicListAtTheEndOfTheTextIsALinkList() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Harrow Home Cuts Kitchen Prices for Its Spring Sale",
                DEALS_1,
                DEALS_2,
                "Brightwell Steel Kettle Now Costs Less Than Forty Pounds",
                "Two-Slice Toaster From Harrow Home Reduced by a Third",
                "Compact Blender With Glass Jug in the Kitchen Sale",
                "Four-Slice Toaster and Kettle Set at Half Price"));
    FlagSink sink = TestArticles.run(ctx, rules, cut);
    assertEquals(List.of(3, 4, 5, 6), TestArticles.flagged(sink, ctx, FlagType.RELATED_LINKS));
  }

  // Lists the article holds (decision 0048): announced by a sentence of the article ending with a
  // colon, or between paragraphs of the main prose without evidence of links to other stories.

  private static final String SQUAD_1 =
      "The Kestrel Bay rowing club named its squad for the national regatta on Monday, and the"
          + " coach said the crews would train on the harbour every morning until the regatta.";
  private static final String SQUAD_2 =
      "Below is the list of rowers the club has named for the regatta squad this season:";

  @Test
  void aListOfNamesTheArticleAnnouncesWithAColonIsTheArticlesEvenAtTheEnd() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Kestrel Bay Rowing Club Names Its Regatta Squad",
                SQUAD_1,
                SQUAD_2,
                "Anna Berg (Harbour School)",
                "Tomas Lind (Valmora College)",
                "Ruth Okafor (Delta University)",
                "Jonas Weir (Harbour School)",
                "Mara Quist (Kestrel Academy)"));
    FlagSink sink = TestArticles.run(ctx, rules, cut);
    assertEquals(List.of(), TestArticles.flagged(sink, ctx, FlagType.RELATED_LINKS));
    for (int i = 3; i <= 7; i++) {
      assertTrue(sink.heldAsArticleList(i), ctx.text(i));
    }
    assertFalse(sink.heldAsArticleList(2));
  }

  @Test
  void theLineModelLeavesAListTheArticleAnnounced() {
    // twelve lines at least, so that the line model judges the text
    String text =
        lines(
            "Kestrel Bay Rowing Club Names Its Regatta Squad",
            SQUAD_1,
            "The club's eights finished second at the regatta last year, and the coach said the"
                + " squad had trained longer on the harbour this winter than in any season before.",
            "Rowers from four schools and colleges of the bay were chosen after trials on the"
                + " harbour in March, the club said, and two of them will row at a regatta for the"
                + " first time.",
            SQUAD_2,
            "Anna Berg (Harbour School)",
            "Tomas Lind (Valmora College)",
            "Ruth Okafor (Delta University)",
            "Jonas Weir (Harbour School)",
            "Mara Quist (Kestrel Academy)",
            "Ilse Varga (Valmora College)",
            "Pedro Alves (Delta University)");
    DetectionContext ctx = TestArticles.context(text);
    FlagSink sink = TestArticles.run(ctx, rules, cut, new LineModelDetector());
    for (int i = 5; i <= 11; i++) {
      assertTrue(sink.heldAsArticleList(i), ctx.text(i));
      assertFalse(sink.isFlagged(i), ctx.text(i) + " " + sink.flagsOf(i));
    }
  }

  @Test
  void aListAnnouncedOffTheArticlesTopicIsStillALinkList() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Kestrel Bay Rowing Club Names Its Regatta Squad",
                SQUAD_1,
                "If you enjoyed this story, you may also want to read these:",
                "Valmora Lifts Fishing Quota After Three-Year Freeze",
                "Floods Close Two Bridges Across the Delta",
                "Airline Adds Direct Route to Marenburg",
                "Students Build Solar Boat for National Contest"));
    FlagSink sink = TestArticles.run(ctx, rules, cut);
    assertEquals(List.of(3, 4, 5, 6), TestArticles.flagged(sink, ctx, FlagType.RELATED_LINKS));
    assertFalse(sink.heldAsArticleList(3));
  }

  private static final String BAKE_1 =
      "My grandmother baked this cake every winter in her kitchen at Kestrel Bay, and the whole"
          + " family waited for the smell to drift through the house on Sunday afternoons.";
  private static final String BAKE_2 =
      "Bake the cake for forty minutes, let it rest on the windowsill the way my grandmother did,"
          + " and serve it warm with tea to whoever comes through the kitchen door first.";

  @Test
  void ingredientsBetweenParagraphsAreTheArticlesNotOtherStories() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "My Grandmother's Winter Cake",
                BAKE_1,
                "2 Cups Plain Flour",
                "1 Cup Brown Sugar",
                "3 Large Eggs",
                "1 Teaspoon Baking Powder",
                "4 Ounces Salted Butter",
                BAKE_2));
    FlagSink sink = TestArticles.run(ctx, rules, cut);
    assertEquals(List.of(), TestArticles.flagged(sink, ctx, FlagType.RELATED_LINKS));
    // not announced: the line model still judges these lines (holding them cost main-text F1 on
    // whole pages, where sidebars stand between paragraphs and comments)
    assertFalse(sink.heldAsArticleList(2));
  }

  @Test
  void aFootersSentenceAfterARunIsNotTheArticleResuming() {
    DetectionContext ctx =
        TestArticles.context(
            lines(
                "Kestrel Bay Terminal to Work Through the Night",
                P1,
                P2,
                "Floods Close Two Bridges Across the Delta",
                "Museum Reopens Its Bronze Age Gallery",
                "Airline Adds Direct Route to Marenburg",
                "Students Build Solar Boat for National Contest",
                "The Harbour Ledger is not responsible for the content of external sites."));
    FlagSink sink = TestArticles.run(ctx, rules, cut);
    assertEquals(List.of(3, 4, 5, 6), TestArticles.flagged(sink, ctx, FlagType.RELATED_LINKS));
  }
}
