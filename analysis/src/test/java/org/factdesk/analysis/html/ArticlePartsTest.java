package org.factdesk.analysis.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.TextBlock;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * An article cut into parts of one tag and class, with a box between them (decision 0059). The part
 * the main-content finder likes best comes first here: only the parts after it join.
 */
class ArticlePartsTest {
  private static final String[] STEPS = {
    "Fill a shallow dish with damp gravel, about two centimetres deep, so that the roots of the"
        + " plants never stand in water, the foam stays firm, the moss keeps its colour, and the"
        + " glass, which sits on the rim of the dish, does not mist over in the first week.",
    "Cut the foam to the size of the dish, press it down firmly, and make a hole in the middle"
        + " with a spoon, a little wider than the pot the plant came in.",
    "Set the plant in the hole, cover the foam with moss, and pin the moss down with bent wire so"
        + " that it stays in place when the glass cover goes on.",
  };

  private static final String BOX =
      "<div class=\"reading\"><h3>Other people are reading</h3><ul>"
          + "<li><a href=\"/a\">Ten plants for a dark room</a></li>"
          + "<li><a href=\"/b\">How to water a cactus</a></li></ul></div>";

  /** A page whose body holds the three steps, each in {@code <div class=CLS>}, after BETWEEN. */
  private static String page(String cls, String between, String lastStep) {
    StringBuilder html = new StringBuilder("<html><body><div id=\"menu\">");
    html.append("<a href=\"/\">Home</a> <a href=\"/garden\">Garden</a></div><div id=\"page\">");
    html.append("<h1>How to build a terrarium</h1>");
    html.append("<div class=\"").append(cls).append("\"><div class=\"inner\"><p>");
    html.append(STEPS[0]).append("</p></div></div>").append(between);
    for (int i = 1; i < STEPS.length; i++) {
      html.append("<div class=\"").append(cls).append("\"><div class=\"inner\">");
      html.append(i == STEPS.length - 1 ? lastStep : "<p>" + STEPS[i] + "</p>");
      html.append("</div></div>");
    }
    return html.append("</div><div id=\"footer\">Terms</div></body></html>").toString();
  }

  private static List<String> rootTexts(String html) {
    List<Element> roots = HtmlExtractor.parse(html, "").mainRoots();
    return roots.stream().map(Element::text).toList();
  }

  private static boolean inRoots(List<String> roots, String text) {
    return roots.stream().anyMatch(r -> r.contains(text));
  }

  @Test
  void thePartsAfterTheBoxJoinTheMainContent() {
    String html = page("mod step", BOX, "<p>" + STEPS[2] + "</p>");
    List<String> roots = rootTexts(html);
    for (String step : STEPS) {
      assertTrue(inRoots(roots, step), "not in the main content: " + step + " of " + roots);
    }
    assertFalse(inRoots(roots, "Ten plants for a dark room"), roots::toString);
    HtmlExtraction x = HtmlExtractor.extract(html, "");
    List<String> kept =
        x.blocks().stream()
            .filter(b -> !x.boilerplate().containsKey(b.index()))
            .map(TextBlock::text)
            .toList();
    for (String step : STEPS) {
      assertTrue(kept.contains(step), "dropped " + step + " from " + kept);
    }
  }

  @Test
  void elementsOfOneClassSideBySideAreAListNotParts() {
    List<String> roots = rootTexts(page("mod step", "", "<p>" + STEPS[2] + "</p>"));
    assertEquals(1, roots.stream().filter(r -> r.contains(STEPS[0])).count(), roots::toString);
    assertFalse(inRoots(roots, STEPS[2]), roots::toString);
  }

  @Test
  void aHeadingBetweenThemStartsAnotherSectionOfThePage() {
    List<String> roots =
        rootTexts(page("mod step", "<h2>More from the garden</h2>", "<p>" + STEPS[2] + "</p>"));
    assertFalse(inRoots(roots, STEPS[2]), roots::toString);
  }

  @Test
  void aPartThatHoldsCommentsOrLinksIsNoPart() {
    String comments = "<div class=\"comments\"><p>" + STEPS[2] + "</p></div>";
    assertFalse(inRoots(rootTexts(page("mod step", BOX, comments)), STEPS[2]));
    String links = "<p><a href=\"/c\">" + STEPS[2] + "</a></p>";
    assertFalse(inRoots(rootTexts(page("mod step", BOX, links)), STEPS[2]));
  }

  @Test
  void withoutAClassNothingIsJoined() {
    assertFalse(inRoots(rootTexts(page("", BOX, "<p>" + STEPS[2] + "</p>")), STEPS[2]));
  }
}
