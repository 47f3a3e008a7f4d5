package org.factdesk.analysis.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlBlockFeaturesTest {
  private static final String PAGE =
      """
      <html><body class="single-post ads-on">
      <nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Harbour Dredging Delayed Again</h1>
      <p>The port authority said on Monday that dredging of the north basin will start in May,
      two months later than planned, because the only bidder asked for more time.</p>
      <p>Work was first planned for last autumn, but the tender drew a single bid.</p></article>
      <h3>2 Comments</h3>
      <div class="comment-body"><p>Finally some news about the basin, thanks for the update.</p></div>
      </body></html>
      """;

  @Test
  void everyFeatureHasItsOwnName() {
    assertEquals(
        HtmlBlockFeatures.NAMES.size(), new HashSet<>(HtmlBlockFeatures.NAMES).size(), "unique");
    assertEquals(
        HtmlBlockFeatures.CONTEXT_NAMES.size(),
        new HashSet<>(HtmlBlockFeatures.CONTEXT_NAMES).size(),
        "unique");
    assertEquals(
        HtmlBlockFeatures.NAMES,
        HtmlBlockFeatures.CONTEXT_NAMES.subList(0, HtmlBlockFeatures.NAMES.size()),
        "the second pass reads the first pass's features first");
  }

  @Test
  void rowsHaveOneValuePerNameAndReadTheDom() {
    HtmlBlockFeatures.Table t = HtmlBlockFeatures.of(PAGE, "");
    List<String> texts = t.texts();
    assertEquals(6, texts.size(), texts.toString());
    for (float[] row : t.rows()) {
      assertEquals(HtmlBlockFeatures.NAMES.size(), row.length);
    }
    float[] home = t.rows()[texts.indexOf("Home World")];
    float[] paragraph = t.rows()[2];
    float[] comment = t.rows()[5];
    assertEquals(1f, value(home, "in_nav"));
    assertEquals(1f, value(home, "link_density"));
    assertEquals(0f, value(paragraph, "link_density"));
    assertEquals(1f, value(paragraph, "in_article"));
    assertEquals(1f, value(paragraph, "ends_like_sentence"));
    assertEquals(1f, value(comment, "up_to_comment"), "the element above its paragraph");
    assertEquals(1f, value(comment, "after_comments_heading"));
    // the body's classes describe the page, not a part of it: "ads" there marks nothing
    assertEquals((float) BlockCollector.FAR, value(paragraph, "up_to_ad"));
    double[] uncertain = new double[texts.size()];
    java.util.Arrays.fill(uncertain, 0.5);
    for (float[] row : t.contextRows(uncertain)) {
      assertEquals(HtmlBlockFeatures.CONTEXT_NAMES.size(), row.length);
    }
    double[] settled = new double[texts.size()];
    assertEquals(null, t.contextRows(settled)[0], "the second pass skips settled blocks");
  }

  private static float value(float[] row, String name) {
    return row[HtmlBlockFeatures.NAMES.indexOf(name)];
  }
}
