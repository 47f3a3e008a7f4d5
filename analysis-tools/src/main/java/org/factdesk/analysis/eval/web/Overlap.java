package org.factdesk.analysis.eval.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Precision, recall and F1 of extracted text against a page's gold text, over bags of whitespace
 * tokens or of 4-token shingles: the shingle measure is the one public main-text extraction
 * benchmarks use (the text split on white space, every run of 4 consecutive tokens counted with its
 * multiplicity, the overlap of the two bags). A text of fewer tokens than a shingle is one shingle.
 *
 * <p>Chinese and Japanese are written without spaces, so split on white space alone a paragraph of
 * them would be one token and a shingle four paragraphs. There every Han, kana or full-width
 * character (CJK punctuation included) is a token of its own, as character-level measures of
 * Chinese extraction count it; text in other scripts is tokenised as before.
 */
public record Overlap(double precision, double recall, double f1) {
  public static final int SHINGLE = 4;

  /** The shingle-4 overlap of {@code extracted} with {@code gold}. */
  public static Overlap shingles(String extracted, String gold) {
    return of(bag(words(extracted), SHINGLE), bag(words(gold), SHINGLE));
  }

  /** The overlap of the single tokens. */
  public static Overlap tokens(String extracted, String gold) {
    return of(bag(words(extracted), 1), bag(words(gold), 1));
  }

  static Overlap of(Map<String, Integer> extracted, Map<String, Integer> gold) {
    long extractedSize = size(extracted);
    long goldSize = size(gold);
    if (extractedSize == 0 && goldSize == 0) {
      return new Overlap(1, 1, 1);
    }
    long common = 0;
    for (Map.Entry<String, Integer> e : extracted.entrySet()) {
      Integer g = gold.get(e.getKey());
      if (g != null) {
        common += Math.min(g, e.getValue());
      }
    }
    double p = extractedSize == 0 ? 0 : common / (double) extractedSize;
    double r = goldSize == 0 ? 0 : common / (double) goldSize;
    return new Overlap(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
  }

  static String[] words(String text) {
    text = text.strip();
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next = i + Character.charCount(c);
      // the white space of the regex \s, and the ideographic space
      boolean space =
          c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0x3000;
      if (space || isCjk(c)) {
        if (start >= 0) {
          words.add(text.substring(start, i));
          start = -1;
        }
        if (!space) {
          words.add(text.substring(i, next));
        }
      } else if (start < 0) {
        start = i;
      }
      i = next;
    }
    if (start >= 0) {
      words.add(text.substring(start));
    }
    return words.toArray(new String[0]);
  }

  /** Han, kana, and the CJK and full-width punctuation written between them. */
  static boolean isCjk(int c) {
    if (c < 0x2E80) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    if (script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.BOPOMOFO) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.VERTICAL_FORMS
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS;
  }

  static Map<String, Integer> bag(String[] tokens, int n) {
    Map<String, Integer> bag = new HashMap<>();
    if (tokens.length == 0) {
      return bag;
    }
    if (tokens.length < n) {
      bag.put(String.join(" ", tokens), 1);
      return bag;
    }
    for (int i = 0; i + n <= tokens.length; i++) {
      String key = n == 1 ? tokens[i] : String.join(" ", Arrays.asList(tokens).subList(i, i + n));
      bag.merge(key, 1, Integer::sum);
    }
    return bag;
  }

  private static long size(Map<String, Integer> bag) {
    long n = 0;
    for (int c : bag.values()) {
      n += c;
    }
    return n;
  }
}
