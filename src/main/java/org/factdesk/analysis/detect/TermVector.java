package org.factdesk.analysis.detect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A bag of content words (stop words, numbers and words under three letters dropped, a plural 's'
 * folded) for cosine comparison of a block or section with the rest of the article. Mutable, but
 * only ever used inside one detector call.
 *
 * <p>Counts live in mutable {@code int[1]} cells and the sum of squared counts is kept up to date
 * on every change, so that adding vectors allocates nothing per known term and the norm never needs
 * a pass over the map. All arithmetic is on integers (exact in a double up to 2^53), so the results
 * do not depend on iteration order.
 */
final class TermVector {
  private final Map<String, int[]> counts = new HashMap<>();
  private long sumOfSquares;

  /** The vector of a block's word tokens (as made by {@link org.factdesk.analysis.text.Words}). */
  static TermVector of(List<String> tokens, Set<String> stopWords) {
    TermVector v = new TermVector();
    for (String t : tokens) {
      if (t.length() < 3 || stopWords.contains(t) || Character.isDigit(t.charAt(0))) {
        continue;
      }
      v.change(stem(t), 1);
    }
    return v;
  }

  void add(TermVector other, int sign) {
    for (var e : other.counts.entrySet()) {
      change(e.getKey(), sign * e.getValue()[0]);
    }
  }

  /** Adds {@code delta} to the term's count; a count that drops to 0 or below removes the term. */
  private void change(String term, int delta) {
    int[] cell = counts.get(term);
    int old = cell == null ? 0 : cell[0];
    int v = old + delta;
    if (v <= 0) {
      if (cell != null) {
        counts.remove(term);
        sumOfSquares -= (long) old * old;
      }
    } else {
      if (cell == null) {
        counts.put(term, new int[] {v});
      } else {
        cell[0] = v;
      }
      sumOfSquares += (long) v * v - (long) old * old;
    }
  }

  boolean isEmpty() {
    return counts.isEmpty();
  }

  int count(String term) {
    int[] cell = counts.get(term);
    return cell == null ? 0 : cell[0];
  }

  double cosine(TermVector other) {
    if (isEmpty() || other.isEmpty()) {
      return 0.0;
    }
    TermVector small = counts.size() <= other.counts.size() ? this : other;
    TermVector large = small == this ? other : this;
    double dot = 0;
    for (var e : small.counts.entrySet()) {
      dot += e.getValue()[0] * (double) large.count(e.getKey());
    }
    return dot / (norm() * other.norm());
  }

  /**
   * The cosine of {@code part} with this vector after {@code add(part, -1)}, computed without
   * changing this vector: the same number as subtracting, comparing and adding back.
   */
  double cosineOfPartWithRest(TermVector part) {
    if (part.isEmpty()) {
      return 0.0;
    }
    int restSize = counts.size();
    long restSquares = sumOfSquares;
    double dot = 0;
    for (var e : part.counts.entrySet()) {
      int p = e.getValue()[0];
      int c = count(e.getKey());
      int rest = Math.max(0, c - p);
      if (c > 0 && rest == 0) {
        restSize--;
      }
      restSquares += (long) rest * rest - (long) c * c;
      dot += p * (double) rest;
    }
    if (restSize == 0) {
      return 0.0;
    }
    return dot / (part.norm() * Math.sqrt((double) restSquares));
  }

  private double norm() {
    return Math.sqrt((double) sumOfSquares);
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
