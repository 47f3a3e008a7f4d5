package org.factdesk.analysis.eval;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Bag-of-words overlap between a predicted and a gold clean text, as the extraction benchmarks
 * score it: tokens are maximal runs of letters and digits, lower-cased; the overlap of two bags is
 * the sum over tokens of the smaller count.
 *
 * @param predicted number of tokens in the predicted text
 * @param gold number of tokens in the gold text
 * @param overlap tokens the two share
 */
public record TokenOverlap(long predicted, long gold, long overlap) {
  public static final TokenOverlap ZERO = new TokenOverlap(0, 0, 0);

  public static TokenOverlap of(String predictedText, String goldText) {
    Map<String, Integer> p = bag(predictedText);
    Map<String, Integer> g = bag(goldText);
    long overlap = 0;
    for (Map.Entry<String, Integer> e : p.entrySet()) {
      overlap += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
    }
    return new TokenOverlap(size(p), size(g), overlap);
  }

  public TokenOverlap plus(TokenOverlap o) {
    return new TokenOverlap(predicted + o.predicted, gold + o.gold, overlap + o.overlap);
  }

  /** Share of predicted tokens that are gold; 1 when nothing was predicted and nothing expected. */
  public double precision() {
    return predicted == 0 ? (gold == 0 ? 1 : 0) : overlap / (double) predicted;
  }

  /** Share of gold tokens that were kept; 1 when there was nothing to keep. */
  public double recall() {
    return gold == 0 ? 1 : overlap / (double) gold;
  }

  public double f1() {
    return Counts.f1(precision(), recall());
  }

  static Map<String, Integer> bag(String text) {
    Map<String, Integer> bag = new HashMap<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      int start = i;
      while (i < n && Character.isLetterOrDigit(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      if (i > start) {
        bag.merge(text.substring(start, i).toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
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
