package org.factdesk.analysis.detect;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.factdesk.analysis.text.WordIds;

/**
 * The content term of each word of one analysis, for {@link TermVector}s: stop words, numbers and
 * words under three letters have none, a plural 's' is folded ("rivers" and "river" are one term).
 * Decided once per distinct word and kept by word id, so that building a vector is a few array
 * reads per token. Not thread-safe: one belongs to one analysis.
 */
final class ContentTerms {
  private static final int NONE = -1;
  private static final int UNKNOWN = -2;

  private final WordIds words;
  private final Set<String> stopWords;
  private final Map<String, Integer> termIds = new HashMap<>();

  /** Term id by word id: NONE for a word that is no content term, UNKNOWN until decided. */
  private int[] termOfWord = new int[0];

  ContentTerms(WordIds words, Set<String> stopWords) {
    this.words = words;
    this.stopWords = stopWords;
  }

  /** The vector of a block's word ids (as made by {@link WordIds#ids}). */
  TermVector vector(int[] wordIds) {
    TermVector v = new TermVector(wordIds.length);
    for (int word : wordIds) {
      int term = termOf(word);
      if (term != NONE) {
        v.change(term, 1);
      }
    }
    return v;
  }

  /** The term id of a stemmed content term, or -1 when no word has led to it yet. */
  int idOfTerm(String term) {
    return termIds.getOrDefault(term, NONE);
  }

  private int termOf(int word) {
    if (word >= termOfWord.length) {
      int old = termOfWord.length;
      termOfWord = Arrays.copyOf(termOfWord, Math.max(words.size(), 2 * old));
      Arrays.fill(termOfWord, old, termOfWord.length, UNKNOWN);
    }
    int term = termOfWord[word];
    if (term == UNKNOWN) {
      String t = words.word(word);
      boolean content =
          t.length() >= 3 && !stopWords.contains(t) && !Character.isDigit(t.charAt(0));
      term = content ? termIds.computeIfAbsent(stem(t), k -> termIds.size()) : NONE;
      termOfWord[word] = term;
    }
    return term;
  }

  static String stem(String t) {
    if (t.endsWith("'s") || t.endsWith("\u2019s")) {
      t = t.substring(0, t.length() - 2);
    }
    if (t.length() > 4 && t.endsWith("ies")) {
      return t.substring(0, t.length() - 3) + "y";
    }
    if (t.length() > 4 && t.endsWith("s") && !t.endsWith("ss")) {
      return t.substring(0, t.length() - 1);
    }
    return t;
  }
}
