package org.factdesk.analysis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a block into sentences at '.', '!', '?' or '…' followed by white space and a capital,
 * digit or opening quote. It does not split after common abbreviations ("Dr.", "Inc.", "Jan."),
 * single initials ("J. Smith"), dotted acronyms ("U.S.") or inside numbers ("3.5"), which are the
 * usual false breaks in news text.
 */
public final class SentenceSplitter {
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs",
          "etc", "no", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "rev", "hon", "jan",
          "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx",
          "est", "dept", "univ", "mt", "ft", "fig", "al", "cf", "ca", "vol", "pp");

  /** The length of "approx", the longest abbreviation, and of the longest dotted acronym. */
  private static final int LONGEST_ABBREVIATION = 6;

  private SentenceSplitter() {}

  public static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int start = skipSpace(text, 0);
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?' && c != '…') {
        continue;
      }
      int end = i + 1;
      while (end < n && (isClosing(text.charAt(end)) || text.charAt(end) == '.')) {
        end++;
      }
      if (end >= n || text.charAt(end) != ' ') {
        continue;
      }
      int next = skipSpace(text, end);
      if (next >= n || !startsSentence(text.charAt(next))) {
        continue;
      }
      if (c == '.' && isAbbreviation(text, i)) {
        continue;
      }
      add(text, start, end, out);
      start = next;
      i = next - 1;
    }
    add(text, start, n, out);
    return out;
  }

  private static void add(String text, int start, int end, List<Sentence> out) {
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    if (end > start) {
      out.add(new Sentence(text.substring(start, end), start, end));
    }
  }

  private static boolean isAbbreviation(String text, int dot) {
    int wordStart = dot;
    while (wordStart > 0
        && text.charAt(wordStart - 1) != ' '
        && text.charAt(wordStart - 1) != '(') {
      wordStart--;
    }
    if (dot - wordStart > LONGEST_ABBREVIATION) {
      // lower-casing never shortens a word, and every test below needs at most six characters
      return false;
    }
    String word = text.substring(wordStart, dot);
    if (word.isEmpty()) {
      return false;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true;
    }
    if (word.indexOf('.') >= 0 && word.length() <= 6) {
      return true;
    }
    return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '"'
        || c == '\u201C'
        || c == '\''
        || c == '\u2018'
        || c == '('
        || c == '['
        || Character.isLetter(c) && !Character.isLowerCase(c);
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\u201D' || c == '\'' || c == '\u2019' || c == ')' || c == ']';
  }

  private static int skipSpace(String text, int i) {
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
