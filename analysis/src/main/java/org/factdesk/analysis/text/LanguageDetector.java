package org.factdesk.analysis.text;

import org.factdesk.analysis.ArticleMetadata;

/**
 * A light language guess from stop-word hits: each language scores the share of tokens found in its
 * stop-word list. Good enough to choose the stop-word list for the other detectors; not a general
 * language identifier, so it answers "und" when the text is short or no list wins clearly.
 */
public final class LanguageDetector {
  private static final int MIN_TOKENS = 8;
  private static final int MAX_TOKENS = 1000; // plenty for stop-word statistics
  private static final double MIN_SHARE = 0.12;
  private static final double MIN_MARGIN = 1.3;

  private LanguageDetector() {}

  /** ISO 639-1 code of the best-scoring language, or "und". */
  public static String detect(String text) {
    // the tokens of Words.tokens as ids, so that each distinct word is looked up once
    WordIds words = new WordIds();
    int[] tokens = words.ids(text, MAX_TOKENS);
    int limit = tokens.length;
    if (limit < MIN_TOKENS) {
      return ArticleMetadata.UNDETERMINED;
    }
    int[] maskOfWord = new int[words.size()];
    for (int id = 0; id < maskOfWord.length; id++) {
      maskOfWord[id] = StopWords.languageMask(words.word(id));
    }
    int[] hits = new int[StopWords.LANGUAGES.size()];
    for (int i = 0; i < limit; i++) {
      int mask = maskOfWord[tokens[i]];
      while (mask != 0) {
        int lang = Integer.numberOfTrailingZeros(mask);
        hits[lang]++;
        mask &= mask - 1;
      }
    }
    String best = ArticleMetadata.UNDETERMINED;
    int bestHits = 0;
    int secondHits = 0;
    for (int lang = 0; lang < hits.length; lang++) {
      if (hits[lang] > bestHits) {
        secondHits = bestHits;
        bestHits = hits[lang];
        best = StopWords.LANGUAGES.get(lang);
      } else if (hits[lang] > secondHits) {
        secondHits = hits[lang];
      }
    }
    boolean enough = bestHits >= MIN_SHARE * limit;
    boolean clear = bestHits >= MIN_MARGIN * secondHits;
    return enough && clear ? best : ArticleMetadata.UNDETERMINED;
  }
}
