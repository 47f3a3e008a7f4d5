package org.factdesk.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Word-level helpers shared by the detectors; all single-pass, no regular expressions. */
public final class Words {
  private Words() {}

  /**
   * Lower-cased word tokens: runs of letters and digits, keeping an apostrophe or hyphen between
   * two letters ("china's", "rare-earth") so they stay one word.
   */
  public static List<String> tokens(String text) {
    return tokens(text, Integer.MAX_VALUE);
  }

  /** The first {@code max} of {@link #tokens(String)}, without reading further. */
  public static List<String> tokens(String text, int max) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n && out.size() < max) {
      int start = tokenStart(text, i);
      i = tokenEnd(text, start);
      if (i > start) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Where the next token begins at or after {@code i}: the next letter or digit, or the end. */
  static int tokenStart(String text, int i) {
    int n = text.length();
    while (i < n && !isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Where the token beginning at {@code start} ends: letters and digits, and an apostrophe or
   * hyphen between two letters; {@code start} itself when no token begins there.
   */
  static int tokenEnd(String text, int start) {
    int n = text.length();
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      if (isLetterOrDigit(c)) {
        i++;
      } else if (isJoiner(c)
          && i + 1 < n
          && i > start
          && Character.isLetter(text.charAt(i + 1))
          && Character.isLetter(text.charAt(i - 1))) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** Number of white-space separated words that contain a letter or digit. */
  public static int count(String text) {
    int count = 0;
    boolean inWord = false;
    boolean hasAlnum = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (inWord && hasAlnum) {
          count++;
        }
        inWord = false;
        hasAlnum = false;
      } else {
        inWord = true;
        hasAlnum = hasAlnum || isLetterOrDigit(c);
      }
    }
    if (inWord && hasAlnum) {
      count++;
    }
    return count;
  }

  /**
   * Share of the words that start with a capital letter or digit, ignoring short function words
   * ("of", "the", "and") which headline style leaves lower-case.
   */
  public static double titleCaseRatio(String text) {
    int counted = 0;
    int capitalised = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < n && text.charAt(i) != ' ') {
        i++;
      }
      int first = start;
      while (first < i && !Character.isLetterOrDigit(text.charAt(first))) {
        first++;
      }
      if (first >= i) {
        continue;
      }
      char c = text.charAt(first);
      if (Character.isLowerCase(c) && i - start <= 5 && isMinorWord(text, start, i)) {
        continue;
      }
      counted++;
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        capitalised++;
      }
    }
    return counted == 0 ? 0.0 : capitalised / (double) counted;
  }

  /** Short function words that headline style leaves lower-case, by length (1 to 5). */
  private static final String[][] MINOR_WORDS = {
    {},
    {"a"},
    {"an", "or", "of", "in", "on", "at", "to", "by", "as", "vs", "up", "is"},
    {"the", "and", "but", "nor", "for", "vs.", "via", "are"},
    {"with", "from", "over", "into", "amid"},
    {"after"}
  };

  /** Whether {@code text[start, end)} is a minor word, without making a substring. */
  private static boolean isMinorWord(String text, int start, int end) {
    int length = end - start;
    if (length <= 0 || length >= MINOR_WORDS.length) {
      return false;
    }
    for (String w : MINOR_WORDS[length]) {
      if (text.startsWith(w, start)) {
        return true;
      }
    }
    return false;
  }

  /** {@link Character#isLetterOrDigit(char)}, with ASCII decided without a table look-up. */
  static boolean isLetterOrDigit(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  static boolean isJoiner(char c) {
    return c == '\'' || c == '\u2019' || c == '-';
  }
}
