package org.factdesk.analysis.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.TextBlock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The part of a blog post after its "continue reading" break, in an element beside the body. */
class PostContinuationTest {
  private static final String BODY =
      "<h1>Tavel Basin audit ordered</h1>"
          + "<p>The Tavel Basin Commission on Wednesday ordered an audit of three dams, after"
          + " farmers in the lower valley said that flows had fallen by 18 percent since the spring"
          + " and that nobody had told them why.</p>"
          + "<p>Commission chair Ana Reyes said the auditors would see raw data from all 42"
          + " gauging stations, and that they would report to the commission by September at the"
          + " latest.</p>"
          + "<p>Officials in Lindqvist said only monthly averages had been released so far, which"
          + " they called a breach of the treaty that the two provinces signed in 1998.</p>";

  private static final String[] MORE = {
    "Audit timetable",
    "March 28 - auditors visit the upper dam",
    "April 4 - gauging data handed over",
  };

  private static final String[] STORIES = {
    "Ferry fares rise again", "Council votes on the bridge", "Harbour dredging starts",
  };

  /** A post in a blog template: its body, then the element after the break, then a sidebar. */
  private static String page(String continuation, String[] lines, boolean links) {
    StringBuilder html = new StringBuilder("<html><body><div id=\"menu\">");
    for (String s : STORIES) {
      html.append("<a href=\"/x\">").append(s).append("</a> ");
    }
    html.append("</div><div class=\"post\"><div class=\"entry-body\">").append(BODY);
    html.append("</div><a name=\"more\"></a><div ").append(continuation).append('>');
    for (String line : lines) {
      html.append("<p>");
      html.append(links ? "<a href=\"/story\">" + line + "</a>" : line);
      html.append("</p>");
    }
    html.append("</div></div><div class=\"sidebar\"><p>About this blog</p></div>");
    return html.append("</body></html>").toString();
  }

  private static List<String> kept(HtmlExtraction x) {
    return x.blocks().stream()
        .filter(b -> !x.boilerplate().containsKey(b.index()))
        .map(TextBlock::text)
        .toList();
  }

  @Test
  void theContinuationAfterTheBreakIsKept() {
    for (String continuation : List.of("class=\"entry-more\"", "id=\"more\"")) {
      List<String> kept = kept(HtmlExtractor.extract(page(continuation, MORE, false), ""));
      for (String line : MORE) {
        assertTrue(kept.contains(line), continuation + ": dropped " + line + " from " + kept);
      }
      assertFalse(kept.contains("About this blog"), kept::toString);
    }
  }

  @Test
  void aBoxOfMoreStoriesBesideThePostStaysFlagged() {
    List<String> kept = kept(HtmlExtractor.extract(page("class=\"more\"", STORIES, true), ""));
    for (String story : STORIES) {
      assertFalse(kept.contains(story), "kept " + story);
    }
  }

  @Test
  void whichElementsNameAContinuation() {
    for (String yes :
        List.of("class=\"entry-more\"", "id=\"more\"", "class=\"post-more\" id=\"p12\"")) {
      assertTrue(HtmlExtractor.namesContinuation(div(yes)), yes);
    }
    for (String no :
        List.of(
            "class=\"more sidebar\"",
            "class=\"more-related\" id=\"x\"",
            "id=\"more\" role=\"navigation\"",
            "class=\"entry-body\"",
            "class=\"readmore\"")) {
      assertFalse(HtmlExtractor.namesContinuation(div(no)), no);
    }
  }

  private static Element div(String attributes) {
    return Jsoup.parse("<div " + attributes + "><p>text</p></div>").selectFirst("div");
  }
}
