package org.factdesk.analysis.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.BlockKind;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.TextBlock;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
  private static final String PARAS =
      "<p>The Tavel Basin Commission on Wednesday ordered an audit of three dams, after farmers"
          + " said flows fell by 18 percent.</p><p>Commission chair Ana Reyes said the auditors"
          + " would see raw data from all 42 stations, and report by September.</p><p>Officials in"
          + " Lindqvist said only monthly averages had been released, which they called a breach of"
          + " the treaty.</p>";

  @Test
  void pageHoldingItsArticleTwiceGivesItOnce() {
    String html =
        "<html><body><article><div class='story-screen'>"
            + PARAS
            + "</div><div class='story-print'>"
            + PARAS
            + "</div></article></body></html>";
    HtmlExtraction x = HtmlExtractor.extract(html, "");
    List<TextBlock> kept =
        x.blocks().stream().filter(b -> !x.boilerplate().containsKey(b.index())).toList();
    List<TextBlock> copies =
        x.blocks().stream()
            .filter(
                b ->
                    x.boilerplate().containsKey(b.index())
                        && x.boilerplate().get(b.index()).reason().startsWith("a copy of block"))
            .toList();
    assertEquals(3, kept.size(), "each paragraph kept once");
    assertEquals(3, copies.size(), "the second copy flagged");
    assertEquals(
        kept.stream().map(TextBlock::text).toList(), copies.stream().map(TextBlock::text).toList());
    assertTrue(copies.get(0).index() > kept.get(2).index(), "the first copy is the one kept");
  }

  @Test
  void paragraphsRepeatedSideBySideOrOnceElsewhereStay() {
    String refrain =
        "<p>Keep the water in the valley, keep the valley in the song, sang the farmers at the"
            + " gate.</p>";
    String html =
        "<html><body><article>"
            + PARAS
            + refrain
            + refrain
            + refrain
            + "</article><div class='teaser'><p>Commission chair Ana Reyes said the auditors"
            + " would see raw data from all 42 stations, and report by September.</p></div>"
            + "</body></html>";
    HtmlExtraction x = HtmlExtractor.extract(html, "");
    assertTrue(
        x.boilerplate().values().stream().noneMatch(f -> f.reason().startsWith("a copy of")),
        "a refrain in one element and one paragraph repeated elsewhere are not copies of a page");
  }

  @Test
  void survivesNestingTenThousandDeep() {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(10_000))
        .append("<p>Deep text survives the nesting.</p>")
        .append("</div>".repeat(10_000));
    html.append("</body></html>");
    HtmlExtraction x = HtmlExtractor.extract(html.toString(), "");
    assertTrue(
        x.blocks().stream().anyMatch(b -> b.text().equals("Deep text survives the nesting.")));
  }

  @Test
  void survivesTenThousandNestedInlineElementsWithText() {
    String html = "<p>" + "<span>x ".repeat(10_000) + "</span>".repeat(10_000) + "</p>";
    HtmlExtraction x = HtmlExtractor.extract(html, "");
    assertFalse(x.blocks().isEmpty());
  }

  @Test
  void dropsScriptStyleTemplateAndHiddenNodes() {
    String html =
        "<html><head><style>p{color:red}</style><script>var secret='script"
            + " text';</script></head><body><article>"
            + PARAS
            + "<p hidden>hidden attr</p><p style='display: none'>display none</p><div"
            + " aria-hidden='true'>aria hidden</div><noscript>noscript"
            + " text</noscript><template><p>template text</p></template><script>more script"
            + " text</script></article></body></html>";
    String all =
        String.join(
            " ", HtmlExtractor.extract(html, "").blocks().stream().map(TextBlock::text).toList());
    for (String gone :
        List.of(
            "script text",
            "color",
            "hidden attr",
            "display none",
            "aria hidden",
            "noscript",
            "template")) {
      assertFalse(all.contains(gone), gone + " leaked into: " + all);
    }
    assertTrue(all.contains("Tavel Basin Commission"));
  }

  @Test
  void hostileMarkupSurvivesOnlyAsText() {
    String html =
        "<article>"
            + PARAS
            + "<p>Escaped: &lt;img src=x onerror=alert(1)&gt; shown.</p>"
            + "<img src=x onerror=\"alert('pwned')\"></article>";
    List<TextBlock> blocks = HtmlExtractor.extract(html, "").blocks();
    assertTrue(
        blocks.stream()
            .anyMatch(b -> b.text().equals("Escaped: <img src=x onerror=alert(1)> shown.")));
    assertTrue(blocks.stream().noneMatch(b -> b.text().contains("pwned")));
  }

  @Test
  void blocksComeFromBlockElementsWithKindsAndSourceOffsets() {
    String html =
        "<body><h2>Why it matters</h2><ul><li>First point</li><li>Second point</li></ul>"
            + "<div>Loose text <p>inner para</p> tail text</div><p>one<br>two</p></body>";
    List<TextBlock> blocks = HtmlExtractor.extract(html, "").blocks();
    assertEquals(
        List.of(
            "Why it matters",
            "First point",
            "Second point",
            "Loose text",
            "inner para",
            "tail text",
            "one",
            "two"),
        blocks.stream().map(TextBlock::text).toList());
    assertEquals(BlockKind.HEADING, blocks.get(0).kind());
    assertEquals(BlockKind.LIST_ITEM, blocks.get(1).kind());
    assertEquals(BlockKind.PARAGRAPH, blocks.get(4).kind());
    TextBlock heading = blocks.get(0);
    assertEquals("Why it matters", html.substring(heading.start(), heading.end()));
  }

  @Test
  void flagsBoilerplateOutsideTheMainContentNamingTheEvidence() {
    String html =
        "<body><nav><a href='/'>Home</a> <a href='/w'>World News</a></nav>"
            + "<article class='story'><h1>Commission Orders Dam Audit</h1>"
            + PARAS
            + "<div class='social-share'><a href='#'>Share on Facebook</a></div></article><aside"
            + " class='related-posts'><a href='/a'>Glass Makers Turn to Recycled"
            + " Sand</a></aside><div class='promo-box'>Buy the annual pass today</div></body>";
    HtmlExtraction x = HtmlExtractor.extract(html, "");
    List<TextBlock> blocks = x.blocks();
    DetectorFlag related = x.boilerplate().get(index(blocks, "Glass Makers Turn to Recycled Sand"));
    assertEquals(FlagType.RELATED_LINKS, related.type());
    assertTrue(related.reason().startsWith("block model 0."), related.reason());
    assertTrue(
        related.reason().contains("inside <aside class=\"related-posts\">"), related.reason());
    assertTrue(related.reason().endsWith("link density 1.00"), related.reason());
    assertEquals("html-boilerplate", related.detector());
    assertEquals(
        FlagType.SITE_CHROME, x.boilerplate().get(index(blocks, "Home World News")).type());
    assertEquals(
        FlagType.SITE_CHROME, x.boilerplate().get(index(blocks, "Share on Facebook")).type());
    assertEquals(
        FlagType.PROMOTIONAL,
        x.boilerplate().get(index(blocks, "Buy the annual pass today")).type());
    assertNull(x.boilerplate().get(index(blocks, "Commission Orders Dam Audit")));
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i).text().startsWith("The Tavel")
          || blocks.get(i).text().startsWith("Commission chair")) {
        assertNull(x.boilerplate().get(i), blocks.get(i).text());
      }
    }
  }

  @Test
  void findsTheMainContentWithoutClassHints() {
    String html =
        "<body><div><div><a href='/1'>Home</a></div><div><a href='/2'>Markets</a></div></div>"
            + "<div>"
            + PARAS
            + "</div><div>Some footer words here</div></body>";
    HtmlExtraction x = HtmlExtractor.extract(html, "");
    int footer = index(x.blocks(), "Some footer words here");
    assertEquals(FlagType.SITE_CHROME, x.boilerplate().get(footer).type());
    assertTrue(
        x.boilerplate().get(footer).reason().contains("outside the main content <div>"),
        x.boilerplate().get(footer).reason());
    assertNull(x.boilerplate().get(index(x.blocks(), x.blocks().get(2).text())));
  }

  @Test
  void sniffsHtml() {
    assertTrue(HtmlExtractor.looksLikeHtml("  <!DOCTYPE html><html>"));
    assertTrue(HtmlExtractor.looksLikeHtml("<div><p>Hello</p><p>World</p></div>"));
    assertFalse(HtmlExtractor.looksLikeHtml("Prices rose 3% <in> some towns, and fell in others."));
  }

  private static int index(List<TextBlock> blocks, String text) {
    for (TextBlock b : blocks) {
      if (b.text().equals(text)) {
        return b.index();
      }
    }
    throw new AssertionError(
        "no block '" + text + "' in " + blocks.stream().map(TextBlock::text).toList());
  }

  @Test
  void aWordPressStylePageKeepsItsHeadlineAndBodyAndFlagsTheRest() {
    String html =
        "<html><head><meta property='og:title' content='Ferry Line Opens | Harbor Ledger'><meta"
            + " property='og:site_name' content='Harbor Ledger'></head><body"
            + " class='post-template'><div id='page' class='site'><header class='site-header'><div"
            + " class='site-title'>Harbor Ledger</div><nav class='menu'><a href='/'>News</a> <a"
            + " href='/s'>Sport</a></nav></header><div class='content-area'><h1"
            + " class='entry-title'>Ferry Line Opens</h1><div class='entry-meta'>Posted on March 3,"
            + " 2025 by <a href='/a'>Mira Holt</a></div><div class='entry-content'>"
            + PARAS
            + "<div class='sharedaddy'><h3>Share this:</h3><a href='#'>Facebook</a></div></div><div"
            + " id='comments' class='comments-area'><h3>Leave a Reply</h3></div></div><aside"
            + " id='secondary' class='widget-area'><section class='widget'><h2>Recent"
            + " Posts</h2><ul><li><a href='/x'>Bank Strike Ends After Twelve"
            + " Days</a></li></ul></section></aside><footer class='site-footer'>Proudly powered by"
            + " a content system</footer></div></body></html>";
    HtmlExtraction x = HtmlExtractor.extract(html, "");
    assertEquals("Ferry Line Opens", x.metadata().title());
    assertNull(x.boilerplate().get(index(x.blocks(), "Ferry Line Opens")));
    for (TextBlock b : x.blocks()) {
      boolean body =
          b.text().startsWith("The Tavel")
              || b.text().startsWith("Commission chair")
              || b.text().startsWith("Officials in");
      if (body) {
        assertNull(x.boilerplate().get(b.index()), b.text());
      }
    }
    for (String chrome :
        List.of(
            "Harbor Ledger",
            "News Sport",
            "Share this:",
            "Facebook",
            "Leave a Reply",
            "Recent Posts",
            "Bank Strike Ends After Twelve Days",
            "Proudly powered by a content system")) {
      assertTrue(x.boilerplate().containsKey(index(x.blocks(), chrome)), chrome);
    }
  }
}
