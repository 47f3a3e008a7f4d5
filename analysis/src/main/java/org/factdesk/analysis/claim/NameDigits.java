package org.factdesk.analysis.claim;

import java.util.Set;

/**
 * Digits that belong to a name or code rather than count or date anything: "COVID-19",
 * "SARS-CoV-2", "2019-nCoV", "F-16", "BLAZE-1", "5G" (decision 0075). The numeric span rules
 * (NUMBER, PERCENT, MONEY, DATE) drop a match whose first digit or whose number's last digit is
 * joined to such a name; "19 people", "a 3-2 win", "10-12", "19-year-old", "mid-2020" and "Boeing
 * 737" keep theirs.
 *
 * <p>The rule, by what touches the digits and never by a list of names:
 *
 * <ul>
 *   <li>before them, a hyphen and a word with a letter ("COVID-", "CoV-", "F-", "segment-"), unless
 *       the word is one of the few that put a number after a hyphen ("mid-2020", "pre-2008",
 *       "top-10", "under-18s", "1-in-5"); or a letter directly (which the word starts already
 *       exclude for ASCII);
 *   <li>after the number, a hyphen and a word in mixed case with a capital after its first letter
 *       ("-nCoV"; "-year-old" and "-Year-Old" are not), or directly one capital letter ending the
 *       word that is not a scale or a degree ("5G", "3D"; not "40K", "2B", "30C").
 * </ul>
 *
 * <p>Digits set off by a space stay numbers: a space is where a count and a model number look alike
 * ("Boeing 737", "Florida 2,000", "Phase 3"), and nothing in the text tells them apart.
 */
final class NameDigits {
  /** Words that take a number after a hyphen without making a name of it, lower case. */
  private static final Set<String> PREFIXES =
      Set.of(
          "mid", "pre", "post", "top", "under", "over", "early", "late", "in", "for", "to", "of",
          "by", "per", "and", "or", "vs", "than", "about");

  /**
   * One capital letter after digits that makes a quantity, not a code: scales and degrees. Other
   * unit symbols ("9V", "100W") are read as codes for now (decision 0075).
   */
  private static final String UNITS = "KMBTCF";

  private NameDigits() {}

  /** Whether the numeric span {@code s[start, end)} is the digits of a name. */
  static boolean partOfName(String s, int start, int end) {
    if (isDigit(s.charAt(start))) {
      if (joinedBefore(s, start) || joinedAfter(s, numberEnd(s, start))) {
        return true;
      }
    }
    return end > start && isDigit(s.charAt(end - 1)) && joinedAfter(s, end);
  }

  /** The end of the number (digits, with commas and a decimal point between digits) at i. */
  private static int numberEnd(String s, int i) {
    int n = s.length();
    int p = i;
    while (p < n
        && (isDigit(s.charAt(p))
            || ((s.charAt(p) == ',' || s.charAt(p) == '.')
                && p + 1 < n
                && isDigit(s.charAt(p + 1))))) {
      p++;
    }
    return p;
  }

  private static boolean joinedBefore(String s, int i) {
    if (i == 0) {
      return false;
    }
    char before = s.charAt(i - 1);
    if (Character.isLetter(before)) {
      return true;
    }
    if (!isHyphen(before)) {
      return false;
    }
    int wordEnd = i - 1;
    int wordStart = wordEnd;
    boolean letter = false;
    while (wordStart > 0 && Character.isLetterOrDigit(s.charAt(wordStart - 1))) {
      wordStart--;
      letter |= Character.isLetter(s.charAt(wordStart));
    }
    return letter
        && !PREFIXES.contains(s.substring(wordStart, wordEnd).toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean joinedAfter(String s, int p) {
    int n = s.length();
    if (p >= n) {
      return false;
    }
    char c = s.charAt(p);
    if (isHyphen(c)) {
      boolean lower = false;
      boolean innerCapital = false;
      for (int q = p + 1; q < n && Character.isLetterOrDigit(s.charAt(q)); q++) {
        char w = s.charAt(q);
        lower |= Character.isLowerCase(w);
        innerCapital |= q > p + 1 && Character.isUpperCase(w);
      }
      return lower && innerCapital;
    }
    return Character.isUpperCase(c)
        && UNITS.indexOf(c) < 0
        && (p + 1 == n || !Character.isLetterOrDigit(s.charAt(p + 1)));
  }

  /** '-', or the Unicode hyphen and non-breaking hyphen. */
  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
