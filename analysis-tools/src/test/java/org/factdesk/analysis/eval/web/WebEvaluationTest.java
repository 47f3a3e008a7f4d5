package org.factdesk.analysis.eval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
