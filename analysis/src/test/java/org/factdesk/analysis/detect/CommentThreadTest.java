package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A readers' comment thread below an article is found by its rhythm of headers, where no label
 * after the article's main block announces it, and closes the article (decision 0060).
 */
class CommentThreadTest {
  private static final String TITLE =
      "Ferry Service to the Outer Islands Resumes After Storm Repairs";

  private static final String[] ARTICLE = TestArticles.FERRY_STORY;

  /** Readers' comments, sentences as the article's are. */
  private static final String[] COMMENTS = {
    "I have taken the early crossing to the islands for twenty years and the crew have always"
        + " been kind to the older passengers.",
    "About time too, we waited long enough for those repairs and nobody on the council told us"
        + " anything about the dates.",
    "The cargo boat did its best but the shop on our island had no bread for four days in the"
        + " second week of the closure.",
    "Will the Saturday crossing be kept after the weekend, or is it only for the passengers whose"
        + " trips were cancelled?"
  };

  private static final String[] HEADERS = {
    "by Alasdair on January 31, 2011 at 9:59 am. Reply #",
    "by IslandGirl on January 31, 2011 at 10:12 am. Reply #",
    "by Damien on February 1, 2011 at 8:27 am. Reply #",
    "by Jane Copland on February 1, 2011 at 3:02 pm. Reply #"
  };

  /** The article, a line of the comments' words, then comments each under its header. */
  private static String page(boolean label, int articleParagraphs) {
    List<String> page = new ArrayList<>(List.of("Skip to main content", "Home", "News", TITLE));
    page.addAll(List.of(ARTICLE).subList(0, articleParagraphs));
    if (label) {
      page.add("19 comments");
    }
    for (int c = 0; c < COMMENTS.length; c++) {
      page.add(HEADERS[c]);
      page.add(COMMENTS[c]);
    }
    page.add("© 2025 Kestrel Bay Courier. All rights reserved.");
    page.add("Privacy Policy");
    return lines(page.toArray(String[]::new));
  }

  /** Probabilities as that model gives them: long lines article, short ones furniture. */
  private static double[] byLength(DetectionContext context) {
    double[] p = new double[context.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = context.features(i).words() >= 11 ? 0.1 : 0.9;
    }
    return p;
  }

  private static int end(DetectionContext context) {
    return LineModelDetector.endOfArticle(
        LineFeatures.of(context), byLength(context), new boolean[context.size()]);
  }

  @Test
  void aThreadOfCommentHeadersClosesTheArticleWithNoLabelAfterIt() throws IOException {
    DetectionContext context = TestArticles.context(page(true, 4));
    int firstHeader = 9;
    assertEquals(HEADERS[0], context.text(firstHeader));
    // the comments read as prose run on from the article: its main block holds them, so the
    // label cut (decision 0047), which looks after the block, finds nothing
    LineFeatures features = LineFeatures.of(context);
    double[] p = byLength(context);
    boolean[] none = new boolean[context.size()];
    assertTrue(LineModelDetector.mainBlock(features, p, none)[1] > firstHeader);
    assertEquals(firstHeader, LineModelDetector.commentThread(features, p, none));
    assertEquals(firstHeader, end(context));

    LineModelDetector model = LengthModel.longLinesKept();
    FlagSink without = TestArticles.run(context, model.withoutEndCut());
    assertFalse(without.isFlagged(firstHeader + 1), "without the cut the comment reads as article");
    FlagSink sink = TestArticles.run(context, model);
    for (int i = firstHeader; i < context.size(); i++) {
      assertTrue(sink.isFlagged(i), "line " + i + " '" + context.text(i) + "' is furniture");
    }
    for (int i = 4; i <= 7; i++) {
      assertFalse(sink.isFlagged(i), "article line " + i + ": " + sink.flagsOf(i));
    }
    assertTrue(
        sink.flagsOf(firstHeader + 1)
            .get(0)
            .reason()
            .startsWith("after the article's end: line 10 opens a readers' comment thread"),
        sink.flagsOf(firstHeader + 1).toString());
  }

  @Test
  void withoutALineOfTheCommentsWordsAboveItTheRhythmClosesNothing() {
    DetectionContext context = TestArticles.context(page(false, 4));
    assertEquals(HEADERS[0], context.text(8));
    assertEquals(-1, end(context));
  }

  @Test
  void aThreadRightUnderTheTitleIsNotBelowAnArticle() {
    // one paragraph of 35 words above the thread: under the 50 a thread needs
    DetectionContext context = TestArticles.context(page(true, 1));
    assertEquals(HEADERS[0], context.text(6));
    assertEquals(-1, end(context));
  }

  @Test
  void aBlogsFrontPageWithItsPostsFootersIsNoThread() {
    List<String> page = new ArrayList<>(List.of("Skip to main content", "Home", TITLE));
    for (int post = 0; post < 4; post++) {
      page.add(ARTICLE[post]);
      page.add(COMMENTS[post]);
      page.add("Posted by Ewan on December " + (19 - post) + ", 2006 6:25 AM Comments: " + post);
    }
    DetectionContext context = TestArticles.context(lines(page.toArray(String[]::new)));
    assertEquals(-1, end(context));
  }

  /**
   * A story whose dialogue reads as comment headers ("reply", a time): below a line of the
   * comments' words, {@code headers} such lines, each followed by {@code paragraphs} paragraphs of
   * the story.
   */
  private static String story(int headers, int paragraphs) {
    List<String> page = new ArrayList<>(List.of("Skip to main content", "Home", TITLE));
    page.addAll(List.of(ARTICLE));
    page.add("\u201cNo comment,\u201d said the harbour master, and walked away.");
    for (int h = 0; h < headers; h++) {
      page.add("\u201cWe will reply to every letter by the morning,\u201d she said.");
      for (int k = 0; k < paragraphs; k++) {
        page.add(
            "In the "
                + (h * paragraphs + k + 1)
                + "th hour of the crossing the crew loaded the cargo while the passengers"
                + " waited on the pier for the tide to turn.");
      }
    }
    page.add("\u00a9 2025 Kestrel Bay Courier. All rights reserved.");
    return lines(page.toArray(String[]::new));
  }

  /**
   * The paragraphs below a thread's first header must be its comments' turns (decision 0074): a
   * story whose dialogue reads as headers, with ten paragraphs between them, goes on and is not
   * closed; the same headers each over two paragraphs are a thread.
   */
  @Test
  void aStoryGoingOnForParagraphsBetweenItsHeadersIsNoThread() {
    DetectionContext story = TestArticles.context(story(3, 10));
    int first = 8;
    assertTrue(LineFeatures.of(story).commentHeader(first), story.text(first));
    assertEquals(-1, end(story));

    DetectionContext thread = TestArticles.context(story(5, 2));
    assertEquals(first, end(thread));
  }

  @Test
  void commentHeadersAreANameWithATimeOrAPostsWords() {
    for (String header :
        List.of(
            "by Alasdair on January 31, 2011 at 9:59 am. Reply #",
            "Posted by: Morag at February 7, 2005 09:12 AM",
            "on 25 Oct 2012 at 7:20 pm 2 Ferry Fan",
            "Islander 07.08.12 at 13:24",
            "Anonymous said...",
            "IslandGirl says:",
            "3 hours ago",
            "12:13 pm",
            "2.31 pm",
            "Posted 5 minutes ago by Nick",
            "Reply")) {
      assertTrue(
          Rhythm.commentHeader(header, header.toLowerCase(Locale.ROOT), header.split(" ").length),
          header);
    }
    for (String other :
        List.of(
            "Kirkwall, January 2",
            "12 Apr 2005 : Column 212",
            "Posted by Ewan on December 19, 2006 6:25 AM Comments: 6",
            "Friday December 22, 2006 | permalink | comments (1)",
            "Well, the new pier opened four weeks ago.",
            "Rating: 8.0",
            "The price rose to 14.99 pounds",
            COMMENTS[0] + " 9:59 am")) {
      assertFalse(
          Rhythm.commentHeader(other, other.toLowerCase(Locale.ROOT), other.split(" ").length),
          other);
    }
  }
}
