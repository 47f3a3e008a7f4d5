package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Line model v6's features: the story's own short lines speak its words, teasers of other stories
 * come in runs of headlines alike in shape, and a sign-off has its own shape (a made-up page).
 */
class StoryWordsTest {
  private static final String PARAGRAPH =
      "The harbour board agreed on Tuesday to rebuild the northern pier of Kestrel Bay before the"
          + " winter, after storms damaged four of its timber supports and closed the ferry.";

  private static DetectionContext page() {
    List<String> lines = new ArrayList<>();
    lines.add("Harbour board to rebuild the northern pier"); // 0 title
    lines.add("Home"); // 1
    lines.add("Sport"); // 2
    lines.add(PARAGRAPH); // 3: the story's run of prose, lines 3 to 7
    lines.add("The board will pay for these parts of the pier:"); // 4
    lines.add("timber supports"); // 5
    lines.add(PARAGRAPH.replace("Tuesday", "Monday")); // 6
    lines.add(PARAGRAPH.replace("Tuesday", "Friday")); // 7
    lines.add("\u2014 Jane Doe, Kestrel Bay"); // 8
    lines.add("Share this story on Facebook or by email:"); // 9
    lines.add("Local Bakery Wins National Bread Prize Again"); // 10
    lines.add("City Council Votes To Close Two Libraries"); // 11
    lines.add("New Cycle Lanes Open On The Coast Road"); // 12
    lines.add("Schools Reopen After Week Of Heavy Snow"); // 13
    lines.add("Sport"); // 14
    return TestArticles.context(lines(lines.toArray(String[]::new)));
  }

  private static float value(LineFeatures features, int line, String name) {
    return features.row(line)[LineFeatures.NAMES.indexOf(name)];
  }

  @Test
  void theStorysOwnShortLinesShareItsWordsAndTeasersDoNot() {
    LineFeatures features = LineFeatures.of(page());
    assertEquals(1, value(features, 5, "story_overlap"));
    assertEquals(0, value(features, 11, "story_overlap"));
    assertEquals(0, value(features, 1, "story_overlap"));
    // the menu's "Sport" is also a short line elsewhere on the page; the list's words are not
    assertEquals(1, value(features, 2, "short_lines_overlap"));
    assertEquals(0, value(features, 5, "short_lines_overlap"));
  }

  @Test
  void teaserHeadlinesComeInARunOfLinesAlikeInShape() {
    LineFeatures features = LineFeatures.of(page());
    assertEquals(1, value(features, 11, "headline_like"));
    assertEquals(4, value(features, 11, "headline_run"));
    assertEquals(0, value(features, 4, "headline_like"));
    assertEquals(0, value(features, 4, "headline_run"));
    // the other three headlines and the sharing line: not the sign-off, with too few words
    assertEquals(4, value(features, 11, "similar_shape_around_3"));
  }

  @Test
  void aLineKnowsWhetherItStandsBeforeOrAfterTheStorysRun() {
    LineFeatures features = LineFeatures.of(page());
    assertEquals(-2, value(features, 1, "signed_to_longest_run"));
    assertEquals(0, value(features, 5, "signed_to_longest_run"));
    assertEquals(4, value(features, 11, "signed_to_longest_run"));
    assertEquals(0, value(features, 3, "place_in_longest_run"));
    assertEquals(1, value(features, 7, "place_in_longest_run"));
    assertEquals(-1, value(features, 12, "place_in_longest_run"));
    assertEquals(3 / 15f, value(features, 0, "long_lines_share"), 1e-6);
  }

  @Test
  void aSignOffIsADashOrANameAndAPlace() {
    assertTrue(StoryWords.dashSign("\u2014 Jane Doe, Kestrel Bay", 5));
    assertTrue(StoryWords.namePlace("Jane Doe, Kestrel Bay", 4));
    assertFalse(StoryWords.namePlace("Jane Doe, who lives in Kestrel Bay.", 7));
    assertFalse(StoryWords.dashSign("-5 degrees tonight", 3));
    LineFeatures features = LineFeatures.of(page());
    assertEquals(1, value(features, 8, "dash_sign"));
    assertEquals(0, value(features, 3, "dash_sign"));
  }
}
