package org.factdesk.analysis.train;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factdesk.analysis.text.Words;

/**
 * Which lines of a page are article, read from the page's gold main text: a line of four words or
 * more is article when most of its 4-word shingles occur in the gold; a shorter line when it is a
 * whole line of the gold, or occurs in the gold next to a line labelled article (a subheading, a
 * short paragraph). Words are compared as the engine tokenises them ({@link Words#tokens}), so the
 * spaces a page puts before a comma or the case of a heading do not matter.
 */
final class LineLabels {
  private static final int SHINGLE = 4;

  /** Share of a line's shingles that must occur in the gold. */
  private static final double MIN_SHARE = 0.5;

  private LineLabels() {}

  /** One label per line: true for article. */
  static boolean[] of(List<String> lines, String gold) {
    Set<Long> shingles = new HashSet<>();
    Set<String> goldLines = new HashSet<>();
    StringBuilder goldWords = new StringBuilder(" ");
    for (String line : gold.split("\n")) {
      List<String> tokens = Words.tokens(line);
      if (tokens.isEmpty()) {
        continue;
      }
      goldLines.add(String.join(" ", tokens));
      goldWords.append(String.join(" ", tokens)).append(' ');
    }
    List<String> all = Words.tokens(gold);
    for (int i = 0; i + SHINGLE <= all.size(); i++) {
      shingles.add(hash(all, i));
    }
    int n = lines.size();
    boolean[] article = new boolean[n];
    boolean[] decided = new boolean[n];
    List<List<String>> tokens = lines.stream().map(Words::tokens).toList();
    for (int i = 0; i < n; i++) {
      List<String> t = tokens.get(i);
      if (t.size() >= SHINGLE) {
        int found = 0;
        for (int k = 0; k + SHINGLE <= t.size(); k++) {
          found += shingles.contains(hash(t, k)) ? 1 : 0;
        }
        article[i] = found >= MIN_SHARE * (t.size() - SHINGLE + 1);
        decided[i] = true;
      }
    }
    for (int i = 0; i < n; i++) {
      List<String> t = tokens.get(i);
      if (decided[i] || t.isEmpty()) {
        continue;
      }
      String words = String.join(" ", t);
      boolean besideArticle =
          (i > 0 && decided[i - 1] && article[i - 1])
              || (i + 1 < n && decided[i + 1] && article[i + 1]);
      article[i] =
          goldLines.contains(words) || (besideArticle && goldWords.indexOf(" " + words + " ") >= 0);
    }
    return article;
  }

  private static long hash(List<String> tokens, int from) {
    long h = 1125899906842597L;
    for (int k = from; k < from + SHINGLE; k++) {
      h = 31 * h + tokens.get(k).hashCode();
      h ^= h >>> 29;
    }
    return h;
  }
}
