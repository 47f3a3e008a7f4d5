package org.factdesk.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.factdesk.analysis.FlagType;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  private static final String RULES =
      String.join(
          "\n",
          "# version: 7",
          "# a comment",
          "",
          "SITE_CHROME\t0.9\tline:Share post",
          "LEGAL_NOTICE\t0.8\tphrase:all rights reserved\tcopyright",
          "SITE_CHROME\t0.7\tregex:^\\d{1,2}:\\d{2}$");

  @Test
  void parsesVersionAndRules() {
    RuleSet cut = new RuleSet(RULES);
    assertEquals("7", cut.version());
    assertEquals(3, cut.rules().size());
    Rule legal = cut.rules().get(1);
    assertEquals(FlagType.LEGAL_NOTICE, legal.type());
    assertEquals(0.8, legal.confidence());
    assertEquals("copyright", legal.note());
    assertEquals(5, legal.lineNumber());
  }

  @Test
  void lineRulesMatchTheWholeLineIgnoringCaseAndTrailingColon() {
    RuleSet cut = new RuleSet(RULES);
    assertEquals(1, cut.match("SHARE POST:").size());
    assertTrue(cut.match("Share post and comment on this article").isEmpty());
  }

  @Test
  void phraseRulesNeedWholeWords() {
    RuleSet cut = new RuleSet(RULES);
    assertEquals(1, cut.match("© 2025 Harbor Ledger. All rights reserved.").size());
    assertTrue(cut.match("They call all rights reservedness a myth").isEmpty());
  }

  @Test
  void everyPhraseOfALargeRuleSetIsFound() {
    // more phrases than fit beside the detectors' keywords in one scanner: the rest have their own
    int count = Prefilters.MAX_PHRASES + 40;
    StringBuilder text = new StringBuilder("# version: 1\n");
    for (int i = 0; i < count; i++) {
      text.append("SITE_CHROME\t0.5\tphrase:word").append(i).append(" here\n");
    }
    RuleSet cut = new RuleSet(text.toString());
    for (int i = 0; i < count; i++) {
      List<Rule> matched = cut.match("Block with Word" + i + " here, nothing else.");
      assertEquals(1, matched.size(), "phrase " + i);
      assertEquals("word" + i + " here", matched.get(0).pattern());
    }
    assertTrue(cut.match("Block with word here only").isEmpty());
  }

  @Test
  void regexRulesAreFound() {
    RuleSet cut = new RuleSet(RULES);
    List<Rule> hits = cut.match("0:00");
    assertEquals(1, hits.size());
    assertEquals(Rule.Kind.REGEX, hits.get(0).kind());
  }

  @Test
  void mistakesAreReportedWithTheirLineNumber() {
    var noVersion =
        assertThrows(IllegalArgumentException.class, () -> new RuleSet("SITE_CHROME\t0.9\tline:x"));
    assertTrue(noVersion.getMessage().contains("version"));
    var badType =
        assertThrows(
            IllegalArgumentException.class, () -> new RuleSet("# version: 1\nCHROME\t0.9\tline:x"));
    assertEquals("rule line 2: unknown flag type 'CHROME'", badType.getMessage());
    var badConfidence =
        assertThrows(
            IllegalArgumentException.class,
            () -> new RuleSet("# version: 1\nSITE_CHROME\t1.5\tline:x"));
    assertTrue(badConfidence.getMessage().startsWith("rule line 2: confidence"));
    var badRegex =
        assertThrows(
            IllegalArgumentException.class,
            () -> new RuleSet("# version: 1\nSITE_CHROME\t0.5\tregex:(unclosed"));
    assertTrue(badRegex.getMessage().contains("invalid regular expression"));
    var badMatcher =
        assertThrows(
            IllegalArgumentException.class,
            () -> new RuleSet("# version: 1\nSITE_CHROME\t0.5\tword:x"));
    assertTrue(badMatcher.getMessage().contains("line:, phrase: or regex:"));
  }

  @Test
  void aCatastrophicRegexRunsInLinearTimeAndWhatNeedsBacktrackingIsRefusedNamingItsLine() {
    // (a+)+$ on a run of a's ending in b takes java.util.regex 2^n steps: at n = 5000 it would
    // never end; the timeout only tells a hang from a run, it measures no speed
    RuleSet cut = new RuleSet("# version: 1\nSITE_CHROME\t0.5\tregex:(a+)+$");
    String attack = "a".repeat(5000) + "b";
    assertTimeoutPreemptively(
        Duration.ofSeconds(20), () -> assertTrue(cut.match(attack).isEmpty()));
    assertEquals(1, cut.match("a".repeat(5000)).size());

    var backreference =
        assertThrows(
            IllegalArgumentException.class,
            () -> new RuleSet("# version: 1\n# a comment\nSITE_CHROME\t0.5\tregex:(\\w+) \\1"));
    assertTrue(
        backreference.getMessage().startsWith("rule line 3: regular expression not supported"),
        backreference.getMessage());
    assertTrue(backreference.getMessage().contains("linear time"), backreference.getMessage());
    var lookahead =
        assertThrows(
            IllegalArgumentException.class,
            () -> new RuleSet("# version: 1\nSITE_CHROME\t0.5\tregex:^share(?= now)"));
    assertTrue(lookahead.getMessage().startsWith("rule line 2: regular expression not supported"));
  }

  @Test
  void shippedRulesLoadAndAreVersioned() {
    RuleSet cut = RuleSet.defaults();
    assertEquals("2", cut.version());
    assertTrue(cut.rules().size() > 50);
    assertFalse(cut.match("Leave a Reply").isEmpty());
    assertTrue(cut.match("The ministry said it would leave the reply to the court.").isEmpty());
  }

  @Test
  void shippedRulesKnowNewsletterPitchesAndAgencyCredits() {
    RuleSet cut = RuleSet.defaults();
    assertFalse(
        cut.match("Never miss a council vote: get our weekly digest in your inbox.").isEmpty());
    assertFalse(cut.match("Reporting by Ana Ruiz; editing by Tom Lee").isEmpty());
    assertTrue(
        cut.match("The council said its newsletter to residents would explain the new bins.")
            .isEmpty());
    assertTrue(
        cut.match("Reporting by the harbour authority showed 12 ships waited in May.").isEmpty());
  }
}
