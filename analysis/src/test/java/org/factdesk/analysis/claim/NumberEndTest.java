package org.factdesk.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The hand-written NUMBER scanner matches exactly what the regular expression does where it
 * answers.
 */
class NumberEndTest {
  private static int byRegex(String s, int i) {
    Matcher m =
        SpanRule.Number.PATTERN.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    m.region(i, s.length());
    return m.lookingAt() ? m.end() : -1;
  }

  @Test
  void agreesWithTheRegularExpression() {
    SplittableRandom random = new SplittableRandom(17);
    String[] pieces = {
      "1",
      "2",
      "0",
      "12",
      "123",
      "1234",
      ",",
      ".",
      "-",
      " ",
      "  ",
      "million",
      "Million",
      "BILLION",
      "trillion",
      "trillions",
      "mill",
      "bil",
      "a",
      "x",
      "_",
      "$",
      "%",
      "\u0131",
      "\u00e9",
      "\u0301",
      "\uD83D\uDE00",
      "\u212A",
      "-year",
      "\t",
      "\u0660",
      ",000",
      ",00",
      ".5",
      "(",
      "n"
    };
    int decided = 0;
    for (int n = 0; n < 30000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(n % 10 == 0 ? 60 : 14);
      for (int k = 0; k < length; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = sb.toString();
      for (int i = 0; i < s.length(); i++) {
        int end = SpanRule.Number.numberEnd(s, i);
        if (end != SpanRule.Number.UNDECIDED) {
          decided++;
          assertEquals(byRegex(s, i), end, s + " at " + i);
        }
      }
    }
    assertTrue(decided > 100_000, "decided " + decided);
  }

  @Test
  void leavesUnclearBoundariesToTheRegularExpression() {
    assertEquals(SpanRule.Number.UNDECIDED, SpanRule.Number.numberEnd("_12", 1));
    assertEquals(SpanRule.Number.UNDECIDED, SpanRule.Number.numberEnd("\u00e912", 1));
    assertEquals(SpanRule.Number.UNDECIDED, SpanRule.Number.numberEnd("x", 0));
    assertEquals(-1, SpanRule.Number.numberEnd("a12", 1));
    assertEquals(
        "1,234.5 million-strong".length(), SpanRule.Number.numberEnd("1,234.5 million-strong", 0));
    assertEquals("1234".length(), SpanRule.Number.numberEnd("1234,567", 0));
  }
}
