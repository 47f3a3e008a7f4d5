package org.factdesk.analysis.eval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.factdesk.analysis.OutletFingerprints;
import org.factdesk.analysis.detect.LineFingerprint;
import org.junit.jupiter.api.Test;

class WebEvaluationTest {
  @Test
  void theArticlePartEndsAtDragnetsCommentsMarkerInAnyOfItsSpellings() {
    for (String marker :
        new String[] {
          "!@#$%^&*() COMMENTS",
          "!@ $%^&*() COMMENTS",
          "#$%^&*() COMMENTS",
          "!@#$%^&* COMMENTS",
          "!@#$%^&*() COMMNENTS",
          "!@#$%^&*()"
        }) {
      assertEquals(
          "Tide tables change.\n* * *\nFerries run late.\n",
          WebEvaluation.articlePart(
              "Tide tables change.\n* * *\nFerries run late.\n" + marker + "\nA reader said...\n"),
          marker);
    }
    assertEquals("No comments here.\n", WebEvaluation.articlePart("No comments here.\n"));
  }

  /**
   * As the importer's outlet memory: a short line is the site's boilerplate once three earlier
   * pages held it, a page's repeats count once, and paragraphs of more than 300 characters are not
   * remembered.
   */
  @Test
  void aSitesShortLineIsItsBoilerplateFromTheFourthPageThatHoldsIt() {
    WebEvaluation.OutletMemory memory = new WebEvaluation.OutletMemory("courier.example");
    String menu = "Home | News | Sport";
    String paragraph = "The ferry ran again on Thursday. ".repeat(10);
    assertSame(OutletFingerprints.NONE, memory.boilerplate());
    memory.learn(List.of(menu, menu, paragraph));
    memory.learn(List.of(menu, paragraph));
    assertSame(OutletFingerprints.NONE, memory.boilerplate(), "two pages are not enough");
    memory.learn(List.of(menu, paragraph, "A line of this page alone"));
    OutletFingerprints known = memory.boilerplate();
    assertEquals("courier.example", known.outlet());
    assertEquals(3, known.minArticles());
    assertEquals(3, known.count(LineFingerprint.of(menu)));
    assertEquals(0, known.count(LineFingerprint.of(paragraph)), "a paragraph is not remembered");
    assertEquals(0, known.count(LineFingerprint.of("A line of this page alone")));
  }
}
