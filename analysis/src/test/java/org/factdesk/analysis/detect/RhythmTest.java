package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Line model v5's features of a comment thread with no label, and of the post's run of prose. */
class RhythmTest {
  private static final String POST =
      "The harbour board agreed on Tuesday to rebuild the northern pier of Kestrel Bay before the"
          + " winter, after storms damaged four of its supports and closed the ferry for weeks.";

  private static final String COMMENT =
      "I have taken the early crossing to the islands for twenty years and the crew have always"
          + " been kind to the older passengers, so I hope they keep that boat.";

  private static DetectionContext page() {
    List<String> lines = new ArrayList<>();
    lines.add("Harbour board to rebuild the northern pier");
    lines.add("Home");
    lines.add("News");
    lines.add(POST);
    lines.add(POST.replace("Tuesday", "Monday"));
    lines.add(POST.replace("Tuesday", "Friday"));
    lines.addAll(List.of("Share", "Facebook", "Twitter", "Email"));
    for (String name : List.of("Mary Ellis", "Tom Price", "Ann Shaw", "Joe Hart")) {
      lines.add(name + " | November 9, 2012 12:13 AM | Reply");
      lines.add(COMMENT);
    }
    lines.add("About us");
    return TestArticles.context(lines(lines.toArray(String[]::new)));
  }

  private static float value(LineFeatures features, int line, String name) {
    return features.row(line)[LineFeatures.NAMES.indexOf(name)];
  }

  @Test
  void aCommentThreadWithoutALabelIsFoundByItsHeaderLines() {
    LineFeatures features = LineFeatures.of(page());
    assertEquals(1, value(features, 10, "header_line"));
    assertEquals(1, value(features, 10, "clock"));
    assertEquals(0, value(features, 11, "header_line"));
    // the thread starts at its first header line
    assertEquals(-1, value(features, 9, "lines_after_thread_start"));
    assertEquals(0, value(features, 10, "lines_after_thread_start"));
    assertEquals(3, value(features, 13, "lines_after_thread_start"));
    assertEquals(4, value(features, 17, "header_cues_before"));
    assertTrue(value(features, 14, "header_cues_around_10") >= 4);
  }

  @Test
  void thePostSharesWordsWithTheTitleAndTheCommentsDoNot() {
    LineFeatures features = LineFeatures.of(page());
    assertTrue(value(features, 3, "title_overlap") > 0.2);
    assertEquals(0, value(features, 11, "title_overlap"));
    assertTrue(value(features, 3, "good_run_title_overlap") > 0.5);
    assertEquals(0, value(features, 3, "good_run_cues"));
  }

  @Test
  void aTimeOfDayNeedsTwoDigitsOfMinutes() {
    assertTrue(Rhythm.hasClock("posted at 9:05 pm"));
    assertTrue(Rhythm.hasClock("10:42"));
    assertFalse(Rhythm.hasClock("Matthew 5:3"));
    assertFalse(Rhythm.hasClock("ratio 1:2345"));
  }

  @Test
  void threeCuesCloseTogetherMakeAThread() {
    boolean[] cues = new boolean[60];
    cues[2] = true;
    cues[30] = true;
    cues[40] = true;
    assertEquals(-1, Rhythm.threadStart(cues));
    cues[50] = true;
    assertEquals(30, Rhythm.threadStart(cues));
  }
}
