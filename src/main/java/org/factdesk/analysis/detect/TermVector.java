package org.factdesk.analysis.detect;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.factdesk.analysis.text.Words;

/**
 * A bag of content words (stop words, numbers and words under three letters dropped, a plural 's'
 * folded) for cosine comparison of a block or section with the rest of the article. Mutable, but
 * only ever used inside one detector call.
 */
final class TermVector {
  private final Map<String, Integer> counts = new HashMap<>();
  private double norm = -1;

  static TermVector of(String text, Set<String> stopWords) {
    TermVector v = new TermVector();
    v.addText(text, stopWords);
    return v;
  }

  void addText(String text, Set<String> stopWords) {
    for (String t : Words.tokens(text)) {
      if (t.length() < 3 || stopWords.contains(t) || Character.isDigit(t.charAt(0))) {
        continue;
      }
      counts.merge(stem(t), 1, Integer::sum);
    }
    norm = -1;
  }

  void add(TermVector other, int sign) {
    for (var e : other.counts.entrySet()) {
      int v = counts.getOrDefault(e.getKey(), 0) + sign * e.getValue();
      if (v <= 0) {
        counts.remove(e.getKey());
      } else {
        counts.put(e.getKey(), v);
      }
    }
    norm = -1;
  }

  boolean isEmpty() {
    return counts.isEmpty();
  }

  int count(String term) {
    return counts.getOrDefault(term, 0);
  }

  double cosine(TermVector other) {
    if (isEmpty() || other.isEmpty()) {
      return 0.0;
    }
    TermVector small = counts.size() <= other.counts.size() ? this : other;
    TermVector large = small == this ? other : this;
    double dot = 0;
    for (var e : small.counts.entrySet()) {
      dot += e.getValue() * (double) large.count(e.getKey());
    }
    return dot / (norm() * other.norm());
  }

  private double norm() {
    if (norm < 0) {
      double sum = 0;
      for (int c : counts.values()) {
        sum += (double) c * c;
      }
      norm = Math.sqrt(sum);
    }
    return norm;
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
