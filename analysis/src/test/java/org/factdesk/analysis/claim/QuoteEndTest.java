package org.factdesk.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written quotation scanner matches exactly what the regular expression it replaced did.
 */
class QuoteEndTest {
  private static final Pattern QUOTE =
      Pattern.compile("[\u201C\"]([^\u201C\u201D\"]{12,400})[\u201D\"]");

  private static int byRegex(String s, int i) {
    Matcher m = QUOTE.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
    m.region(i, s.length());
    return m.lookingAt() ? m.end() : -1;
  }

  @Test
  void agreesWithTheRegularExpression() {
    SplittableRandom random = new SplittableRandom(11);
    // quote marks, plain letters and a character outside the BMP (two chars, one code point)
    String[] pieces = {"\"", "\u201C", "\u201D", "a", "b ", ".", "\uD83D\uDE00", "\uD83D"};
    for (int n = 0; n < 20000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(n % 10 == 0 ? 900 : 40);
      for (int k = 0; k < length; k++) {
        // mostly letters, so that quotes of 12 to 400 characters occur
        sb.append(random.nextInt(8) == 0 ? pieces[random.nextInt(pieces.length)] : "x");
      }
      String s = sb.toString();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\u201C') {
          assertEquals(byRegex(s, i), SpanRule.Quote.quoteEnd(s, i), s + " at " + i);
        }
      }
    }
  }

  @Test
  void countsCodePointsNotChars() {
    String eleven = "\"" + "\uD83D\uDE00".repeat(11) + "\"";
    String twelve = "\"" + "\uD83D\uDE00".repeat(12) + "\"";
    assertEquals(-1, SpanRule.Quote.quoteEnd(eleven, 0));
    assertEquals(twelve.length(), SpanRule.Quote.quoteEnd(twelve, 0));
  }

  @Test
  void takesFourHundredCharactersAtMost() {
    for (int length : new int[] {11, 12, 399, 400, 401, 1000}) {
      String s = "\u201C" + "x".repeat(length) + "\u201D said.";
      assertEquals(byRegex(s, 0), SpanRule.Quote.quoteEnd(s, 0), "length " + length);
    }
    assertEquals(402, SpanRule.Quote.quoteEnd("\"" + "x".repeat(400) + "\"", 0));
    assertEquals(-1, SpanRule.Quote.quoteEnd("\"" + "x".repeat(401) + "\"", 0));
  }
}
