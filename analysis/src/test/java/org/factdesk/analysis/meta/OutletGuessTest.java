package org.factdesk.analysis.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OutletGuessTest {
  @Test
  void aNameIsWordsNotScriptMenusOrDates() {
    assertTrue(OutletGuess.nameShaped("Harbour Gazette"));
    assertTrue(OutletGuess.nameShaped("Yahoo!"));
    assertTrue(OutletGuess.nameShaped("9News"));
    assertFalse(OutletGuess.nameShaped("Asia #{{::display_hashtag}}"), "a template");
    assertFalse(OutletGuess.nameShaped("'); //-->"), "a script's end");
    assertFalse(OutletGuess.nameShaped("GA_googleFillSlot(\"News_728x90\");"), "a script");
    assertFalse(OutletGuess.nameShaped("Advertise | Help/Feedback"), "a menu");
    assertFalse(OutletGuess.nameShaped("01/07/2008 (6:00 pm)"), "a date");
    assertFalse(OutletGuess.nameShaped("2"));
    assertFalse(OutletGuess.nameShaped("--"));
  }

  @Test
  void aMenuLineWhereTheOutletStandsGivesWayToTheNameThePageSigns() {
    String page =
        String.join(
            "\n",
            "Skip to content",
            "Harbour Gazette",
            "Quay to close for storm repairs",
            "The harbour board voted on Tuesday to close the north quay for repairs until the"
                + " spring, its chair said after the meeting.",
            "© 2026 Harbour Gazette. All rights reserved.");
    org.factdesk.analysis.AnalysisResult r =
        new org.factdesk.analysis.Analyzer()
            .analyze(
                page.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                org.factdesk.analysis.ContentHint.TEXT,
                org.factdesk.analysis.SourceInfo.NONE);
    assertEquals("Quay to close for storm repairs", r.metadata().title());
    assertEquals("Harbour Gazette", r.metadata().outlet());
  }

  @Test
  void aSiteSignsItsPageWithItsNameInTheCopyrightLine() {
    List<String> page =
        List.of(
            "Harbour Gazette",
            "Accessibility links",
            "Quay to close for repairs",
            "The board voted on Tuesday to close the quay.",
            "© 2026 Harbour Gazette Ltd. All rights reserved.");
    assertTrue(OutletGuess.signs(page.get(0), OutletGuess.signatures(page)));
    assertFalse(OutletGuess.signs(page.get(1), OutletGuess.signatures(page)));
    assertFalse(
        OutletGuess.signs(
            "Gazette Ltd", OutletGuess.signatures(List.of("Contact the Gazette Ltd"))),
        "no copyright line");
    assertFalse(
        OutletGuess.signs(
            "Harbour", OutletGuess.signatures(List.of("Copyright 2026 Harbourside Media"))),
        "whole words only");
    assertTrue(
        OutletGuess.signs(
            "FOX News", OutletGuess.signatures(List.of("Copyright 2017 Fox News Network, LLC"))),
        "case and punctuation aside");
    assertFalse(
        OutletGuess.signs(page.get(4), OutletGuess.signatures(page)), "the notice is no name");
  }
}
