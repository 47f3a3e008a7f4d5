package org.factdesk.analysis.eval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlLossesTest {
  @Test
  void guessesTheCauseFromWhereTheWordsWent() {
    Overlap good = new Overlap(0.9, 0.9, 0.9);
    assertEquals("tiny gold", HtmlLosses.cause(good, 30, 30, 2, 0, 0, 0, 0, 0));
    assertEquals("gold not on the page", HtmlLosses.cause(good, 300, 200, 0, 0, 0, 0, 0, 0));
    assertEquals("nothing kept", HtmlLosses.cause(good, 300, 0, 5, 300, 0, 0, 0, 0));
    assertEquals(
        "both (wrong subtree)",
        HtmlLosses.cause(new Overlap(0.1, 0.2, 0.13), 300, 250, 5, 240, 240, 200, 200, 0));
    Overlap lowRecall = new Overlap(0.95, 0.4, 0.56);
    assertEquals(
        "article outside the main content dropped",
        HtmlLosses.cause(lowRecall, 300, 130, 9, 180, 150, 5, 0, 0));
    assertEquals(
        "article dropped inside the main content",
        HtmlLosses.cause(lowRecall, 300, 130, 9, 180, 20, 5, 0, 0));
    Overlap lowPrecision = new Overlap(0.4, 0.95, 0.56);
    assertEquals("comments kept", HtmlLosses.cause(lowPrecision, 300, 700, 9, 10, 0, 400, 0, 350));
    assertEquals(
        "boilerplate kept outside the main content",
        HtmlLosses.cause(lowPrecision, 300, 700, 9, 10, 0, 400, 300, 0));
    assertEquals(
        "boilerplate kept inside the main content",
        HtmlLosses.cause(lowPrecision, 300, 700, 9, 10, 0, 400, 50, 0));
  }
}
