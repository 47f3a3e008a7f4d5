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
    assertEquals(1f, value(home, "link_density"));
    assertEquals(2f, value(home, "words"));
    assertEquals(true, HtmlBlockModel.isShortLink(home), "a short link, which is not scored");
    assertEquals(0f, value(home, "in_nav"), "so its other features are not computed");
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

  @Test
  void aBlockInsideReadersCommentsOutsideTheMainContentIsNeverArticleText() {
    HtmlBlockFeatures.Table t = HtmlBlockFeatures.of(PAGE, "");
    float[] paragraph = t.rows()[2];
    float[] comment = t.rows()[5];
    assertEquals(true, HtmlBlockModel.inReadersComments(comment));
    assertEquals(false, HtmlBlockModel.inReadersComments(paragraph));
    HtmlExtraction extraction = HtmlExtractor.extract(PAGE, "");
    assertEquals(
        "Finally some news about the basin, thanks for the update.",
        extraction.blocks().get(5).text());
    assertEquals(true, extraction.boilerplate().containsKey(5), "the comment is flagged");
    assertEquals(false, extraction.boilerplate().containsKey(2), "the paragraph is kept");
  }

  @Test
  void chineseTextCountsEachCharacterAsAWord() {
    assertEquals(
        13,
        HtmlBlockFeatures.words(
            "\u6E2F\u53E3\u7BA1\u7406\u5C40\u5468\u4E00\u8868\u793A\uFF0C\u5DE5\u7A0B"
                + "\u5EF6\u671F\u3002"),
        "13 Han characters and two punctuation marks");
    assertEquals(4, HtmlBlockFeatures.words("GDP \u589E\u957F 5%"));
    assertEquals(3, HtmlBlockFeatures.words("port, basin - May"));
    String page =
        "<html><body><article><p>\u6E2F\u53E3\u7BA1\u7406\u5C40\u5468\u4E00\u8868\u793A\uFF0C"
            + "\u5317\u6E2F\u6C60\u7684\u758F\u6D5A\u5DE5\u7A0B\u5C06\u5EF6\u671F\u5230\u4E94\u6708\u3002"
            + "</p></article></body></html>";
    float[] row = HtmlBlockFeatures.of(page, "").rows()[0];
    assertEquals(23f, value(row, "words"));
    assertEquals(1f, value(row, "sentence_marks_per_word") * 23, 1e-4, "the full stop \u3002");
    assertEquals(1f, value(row, "commas_per_word") * 23, 1e-4, "the full-width comma");
    assertEquals(1f, value(row, "page_cjk_share"));
  }

  @Test
  void aPostMarkedAsCommentedIsNoCommentAboveItsParagraphs() {
    // a blog network's post: "commented" says the post has comments, which are elsewhere
    HtmlBlockFeatures.Table t =
        HtmlBlockFeatures.of(
            "<article class='post hentry js_post_item commented'><h1>Dredging Delayed</h1>"
                + "<div class='post-content entry-content'><p>The port authority said on Monday"
                + " that dredging of the north basin will start in May.</p></div></article>"
                + "<div class='comment-body'><p>Thanks for the update on the basin.</p></div>",
            "");
    List<String> texts = t.texts();
    float[] paragraph = t.rows()[1];
    float[] comment = t.rows()[texts.size() - 1];
    assertEquals((float) BlockCollector.FAR, value(paragraph, "up_to_comment"), texts.get(1));
    assertEquals(1f, value(comment, "up_to_comment"));
  }

  private static float value(float[] row, String name) {
    return row[HtmlBlockFeatures.NAMES.indexOf(name)];
  }
}
