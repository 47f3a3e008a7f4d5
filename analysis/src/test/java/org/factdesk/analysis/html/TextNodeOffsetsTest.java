package org.factdesk.analysis.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

class TextNodeOffsetsTest {
  /** Pieces of markup, tricky ones included, that random pages are made of. */
  private static final String[] PIECES = {
    "<p>",
    "</p>",
    "<div class=\"a>b\">",
    "</div>",
    "<b>",
    "</b>",
    "<i>",
    "</i>",
    "text",
    "Budget",
    " ",
    "\n",
    "\r\n",
    "\t",
    "&amp;",
    "&lt;",
    "&nbsp;",
    "&copy",
    "&notit;",
    "&#x41;",
    "&#65",
    "&",
    "<",
    "< b",
    "<3",
    "</ x>",
    "<!-- c -->",
    "<!---->",
    "<!-->",
    "<!--->",
    "<!-- a -- b -->",
    "<!--x--!>",
    "<!DOCTYPE html>",
    "<?xml x?>",
    "<br>",
    "<br/>",
    "<img src=x alt='a>b'>",
    "<a href=x>",
    "</a>",
    "<script>var a='</div>';</script>",
    "<script>if(a<b){}</script>",
    "<style>p>a{}</style>",
    "<title>T &amp; x</title>",
    "<textarea>\nta <b>x</b></textarea>",
    "<TextArea>ta</textAREA>",
    "<pre>\npre</pre>",
    "<pre>pre</pre>",
    "<li>",
    "<ul>",
    "</ul>",
    "<h1>",
    "</h1>",
    "<span a = \"x>y\" b>",
    "</span>",
    "<head>",
    "</head>",
    "<body>",
    "</body>",
    "</html>",
    "<html>",
    "é",
    "İ",
    "\u00a0",
    "\u200b",
    "<noscript>ns</noscript>",
    "<iframe>if</iframe>",
    "<xmp><b>x</xmp>",
    "<svg><title>s</title></svg>",
    "<select><option>o</option></select>",
    "<form>",
    "</form>",
    "<button>",
    "<a",
    "<div",
    "\"",
    "'",
    "=",
    ">",
    "/>",
    "<p/>",
    "<frameset>",
    "<noembed>n</noembed>",
    "<math>m</math>",
    "<td>",
    "<tr>",
    "<caption>",
    "<template>t</template>",
    "<listing>\nl</listing>",
    "<table>",
    "</table>",
    "<pre>\n",
    "</pre>",
    "<script><!-- a //--></script>",
    "<SCRIPT>x</Script >"
  };

  private static List<TextNode> textNodes(Document doc) {
    List<TextNode> out = new ArrayList<>();
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (node instanceof TextNode t) {
                out.add(t);
              }
            },
        doc);
    return out;
  }

  private static boolean isWhiteSpace(String s) {
    return s.chars().allMatch(c -> c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r');
  }

  /**
   * The offsets found for a page parsed without tracking are jsoup's own for every text node that
   * is not white space only (and unknown for those); returns whether any were found.
   */
  private static boolean sameAsJsoup(String html) {
    Document plain = Jsoup.parse(html, "", Parser.htmlParser());
    TextNodeOffsets cut = TextNodeOffsets.find(html, plain);
    if (cut == null) {
      return false;
    }
    Document tracked = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    List<TextNode> ours = textNodes(plain);
    List<TextNode> jsoups = textNodes(tracked);
    assertEquals(jsoups.size(), ours.size(), html);
    for (int k = 0; k < ours.size(); k++) {
      int i = cut.indexOf(ours.get(k));
      assertEquals(k, i, html);
      if (isWhiteSpace(ours.get(k).getWholeText())) {
        assertEquals(-1, cut.start(i), html);
        continue;
      }
      Range r = jsoups.get(k).sourceRange();
      assertEquals(r.startPos(), cut.start(i), html);
      assertEquals(r.endPos(), cut.end(i), html);
    }
    return true;
  }

  @Test
  void offsetsAreJsoupsOnRandomMarkup() {
    SplittableRandom random = new SplittableRandom(3);
    int found = 0;
    for (int t = 0; t < 5000; t++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(40); k >= 0; k--) {
        sb.append(PIECES[random.nextInt(PIECES.length)]);
      }
      if (sameAsJsoup(sb.toString())) {
        found++;
      }
    }
    assertTrue(found > 2000, "found offsets for only " + found + " pages");
  }

  @Test
  void offsetsAreJsoupsOnAnArticlePage() {
    String page =
        "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Dam &amp; river</title>"
            + "<script type=\"application/ld+json\">{\"a\": \"</p>\"}</script>"
            + "<style>p > a { color: red }</style></head>\n<body>\n<nav><a href=\"/\">Home</a></nav>"
            + "<article><h1>Dam opens</h1>\n<p>The council said 12&nbsp;% more <b>water</b>"
            + " flows.</p><!-- ad --><p>It cost &euro;2m &mdash; less than <i>planned</i>.</p>"
            + "</article><footer>&copy; 2025</footer></body></html>\n";
    assertTrue(sameAsJsoup(page));
  }

  @Test
  void givesUpWhereJsoupMovesTextOrTracksItOtherwise() {
    for (String html :
        List.of(
            "<table>A<b>A</b></table>",
            "<table><tr><td>one</td><p>moved</p><td>two</td></tr></table>",
            "<p>a <![CDATA[b]]> c</p>",
            "<p>a</>b</p>",
            "<plaintext><p>all text",
            "<script><!--<script>x</script>--></script><p>y</p>",
            "<p>a</p><script>never closed")) {
      Document doc = Jsoup.parse(html, "", Parser.htmlParser());
      assertNull(TextNodeOffsets.find(html, doc), html);
    }
  }

  @Test
  void followsTablesPreformattedTextAndScriptsWithCommentLikeEscapes() {
    for (String html :
        List.of(
            "<table>\n<tr><th>Year</th><td>2024 &amp; 2025</td></tr>\n</table><p>after</p>",
            "<p>intro</p><pre>\nfirst line\n  second</pre><textarea>\nnote</textarea>",
            "<script><!-- var a = '</p>'; //--></script><p>shown</p>",
            "<table><tr><td>a</td></tr></table><table><tr><td><pre>\nx</pre></td></tr></table>")) {
      Document doc = Jsoup.parse(html, "", Parser.htmlParser());
      assertNotNull(TextNodeOffsets.find(html, doc), html);
      assertTrue(sameAsJsoup(html), html);
    }
  }

  @Test
  void passesOverTextTheTreeBuilderWroteItself() {
    String html =
        "<html><head><title>t</title><noscript><img src=\"x.gif\"></noscript></head>"
            + "<body><p>one</p></body></html>";
    Document doc = Jsoup.parse(html, "", Parser.htmlParser());
    TextNode written = doc.head().selectFirst("noscript").textNodes().get(0);
    TextNodeOffsets cut = TextNodeOffsets.find(html, doc);
    assertNotNull(cut);
    assertEquals(-1, cut.start(cut.indexOf(written)));
    TextNode one = doc.body().selectFirst("p").textNodes().get(0);
    assertEquals(html.indexOf("one"), cut.start(cut.indexOf(one)));
  }

  @Test
  void aTextNodeOutsideTheDocumentHasNoOffsets() {
    String html = "<p>one</p>";
    TextNodeOffsets cut = TextNodeOffsets.find(html, Jsoup.parse(html));
    assertNotNull(cut);
    int i = cut.indexOf(new TextNode("one"));
    assertEquals(-1, i);
    assertEquals(-1, cut.start(i));
    assertEquals(-1, cut.end(i));
  }
}
