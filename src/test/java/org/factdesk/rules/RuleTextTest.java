package org.factdesk.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RuleTextTest {

  private static final String RULES =
      "# my rules\n# version: 2\nSITE_CHROME\t0.9\tline:Tap to listen\tplayer\n";

  @Test
  void stampingReplacesTheVersionLineOrAddsOne() {
    assertEquals(
        "# my rules\n# version: 7\nSITE_CHROME\t0.9\tline:Tap to listen\tplayer\n",
        RuleText.stamped(RULES, 7));
    assertEquals(
        "# version: 3\nSITE_CHROME\t0.9\tline:Tap to listen\n",
        RuleText.stamped("SITE_CHROME\t0.9\tline:Tap to listen\n", 3));
  }

  @Test
  void textWithoutAVersionLineStillParses() {
    assertEquals(1, RuleText.parse("SITE_CHROME\t0.9\tline:Tap to listen\n").rules().size());
  }

  @Test
  void aMistakeIsNamedWithItsLine() {
    RuleException e =
        assertThrows(
            RuleException.class,
            () ->
                RuleText.parse(
                    "# version: 2\n\nSITE_CHROME\t0.9\tline:ok\nPROMO\t0.8\tphrase:x\n"));
    assertEquals(
        "The rules cannot be used: rule line 4: unknown flag type 'PROMO'", e.getMessage());
  }

  @Test
  void emptyTextIsRefused() {
    assertEquals(
        "The rules are empty.",
        assertThrows(RuleException.class, () -> RuleText.parse("  \n")).getMessage());
  }
}
