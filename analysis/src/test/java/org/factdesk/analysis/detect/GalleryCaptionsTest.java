package org.factdesk.analysis.detect;

import static org.factdesk.analysis.detect.TestArticles.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A photo gallery written out as text, its captions then its title once per photo, loses its
 * captions before the model reads the page (decision 0065).
 */
class GalleryCaptionsTest {
  private static final String TITLE = "Harbour Town Counts the Cost of the Winter Floods";

  private static final String[] ARTICLE = {
    "Shop owners in Harbour Town began clearing mud from their floors on Monday, three days after"
        + " the river broke its banks and flooded the lower half of the old market street.",
    "The council said about two hundred homes had been damaged and that a relief centre in the"
        + " school hall would stay open for families who could not return to their houses.",
    "Engineers will inspect the stone bridge on Wednesday before deciding whether buses can cross"
        + " it again, and the ferry to the north shore is running extra trips until then."
  };

  /** The gallery's captions: sentences of news, as the model reads the article's. */
  private static final String[] CAPTIONS = {
    "A shop owner sweeps mud from the doorway of her bakery on the market street on Monday.",
    "Volunteers carry sandbags past the flooded car park beside the old harbour wall on Sunday.",
    "A family waits with their dog for a lift to the relief centre in the school hall.",
    "Water still covers the lower fields outside the town on Sunday morning after the storm.",
    "Council workers check the stone bridge, which stayed closed to buses over the weekend.",
    "Children watch from a window as a tractor pulls a stranded van out of the floodwater."
  };

  private static final String GALLERY = "Photos: Harbour Town after the floods";

  /** The article, then the gallery: its captions, then its title once per caption. */
  private static List<String> page(List<String> captions, int titles, String title) {
    List<String> page =
        new ArrayList<>(List.of("Skip to main content", "Home", "News", "Weather", TITLE));
    page.addAll(List.of(ARTICLE));
    page.addAll(captions);
    page.addAll(Collections.nCopies(titles, title));
    page.addAll(List.of("Contact us", "Privacy Policy", "© 2025 Harbour Town Gazette"));
    return page;
  }

  private static boolean[] captions(List<String> page) {
    DetectionContext context = TestArticles.context(lines(page.toArray(String[]::new)));
    List<String> texts = IntStream.range(0, context.size()).mapToObj(context::text).toList();
    assertEquals(page, texts, "one block a line");
    boolean[] settled = new boolean[texts.size()];
    settled[context.titleIndex()] = true;
    return LineModelDetector.galleryCaptions(texts, LineFeatures.of(context), settled);
  }

  private static List<Integer> marked(boolean[] captions) {
    return IntStream.range(0, captions.length).filter(i -> captions[i]).boxed().toList();
  }

  @Test
  void asManyCaptionsAsTheGallerysTitleRepeatedBelowThemAreCaptions() {
    List<Integer> expected = IntStream.range(8, 8 + CAPTIONS.length).boxed().toList();
    assertEquals(expected, marked(captions(page(List.of(CAPTIONS), CAPTIONS.length, GALLERY))));
  }

  @Test
  void theEngineFlagsTheCaptionsAndKeepsTheArticle() throws IOException {
    List<String> page = page(List.of(CAPTIONS), CAPTIONS.length, GALLERY);
    DetectionContext context = TestArticles.context(lines(page.toArray(String[]::new)));
    FlagSink sink = TestArticles.run(context, LengthModel.longLinesKept());
    for (int i = 5; i <= 7; i++) {
      assertFalse(sink.isFlagged(i), "article line " + i + ": " + sink.flagsOf(i));
    }
    for (int i = 8; i < 8 + CAPTIONS.length; i++) {
      assertTrue(sink.isFlagged(i), "caption " + i + " '" + context.text(i) + "'");
      assertEquals(LineModelDetector.GALLERY_REASON, sink.flagsOf(i).get(0).reason());
    }

    // without the repeated titles the same captions are sentences the model keeps
    List<String> bare = page(List.of(CAPTIONS), 0, GALLERY);
    DetectionContext without = TestArticles.context(lines(bare.toArray(String[]::new)));
    FlagSink kept = TestArticles.run(without, LengthModel.longLinesKept());
    for (int i = 8; i < 8 + CAPTIONS.length; i++) {
      assertFalse(kept.isFlagged(i), "line " + i + ": " + kept.flagsOf(i));
    }
  }

  @Test
  void aRepeatedLineIsNoGalleryWhenTheLinesAboveItAreNotItsCaptions() {
    // a lone word repeated ("Reply" under each of a thread's comments) is no gallery's title
    assertEquals(List.of(), marked(captions(page(List.of(CAPTIONS), CAPTIONS.length, "Reply"))));
    // fewer repeats than the gallery needs
    assertEquals(List.of(), marked(captions(page(List.of(CAPTIONS), 4, GALLERY))));
    // the lines above are a menu of short entries, not captions
    List<String> menu = List.of("Sport", "Weather", "Letters", "Events", "Jobs", "Homes");
    assertEquals(List.of(), marked(captions(page(menu, menu.size(), GALLERY))));
    // the same sentence again and again is no set of captions
    List<String> same = Collections.nCopies(CAPTIONS.length, CAPTIONS[0]);
    assertEquals(List.of(), marked(captions(page(same, CAPTIONS.length, GALLERY))));
    // more repeats than lines above the titles that are captions: the article's paragraphs and the
    // page's menu sit above the six captions
    assertEquals(List.of(), marked(captions(page(List.of(CAPTIONS), 14, GALLERY))));
  }

  @Test
  void aGalleryThatLostItsCaptionsLeavesTheArticlesHeadAboveItsTitles() {
    // the text holds no caption, only the gallery's titles right under the article's title and
    // paragraphs: the lines above the titles hold the page's title, so they are no captions
    List<String> page = new ArrayList<>(List.of("Home", TITLE));
    page.addAll(List.of(ARTICLE));
    page.add(CAPTIONS[0]);
    page.addAll(Collections.nCopies(5, GALLERY));
    page.addAll(List.of("Contact us", "Privacy Policy", "Weather", "Sport", "Letters", "Jobs"));
    DetectionContext context = TestArticles.context(lines(page.toArray(String[]::new)));
    assertEquals(1, context.titleIndex());
    assertEquals(List.of(), marked(captions(page)));
    // what rejects them is the title among them: read without it, the shape alone would match
    List<String> texts = IntStream.range(0, context.size()).mapToObj(context::text).toList();
    boolean[] none = new boolean[texts.size()];
    assertEquals(
        List.of(1, 2, 3, 4, 5),
        marked(LineModelDetector.galleryCaptions(texts, LineFeatures.of(context), none)));
  }
}
