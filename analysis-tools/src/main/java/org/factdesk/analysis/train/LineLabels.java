package org.factdesk.analysis.train;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.factdesk.analysis.text.Words;

/**
 * Which lines of a page are article, read from the page's gold main text: a line of four words or
 * more is article when most of its 4-word shingles occur in the gold; a shorter line when it is a
 * whole line of the gold, or (by {@link ShortLines}) stands in the gold where it stands on the
 * page, next to a line labelled article (a subheading, a short paragraph). Words are compared as
 * the engine tokenises them ({@link Words#tokens}), so the spaces a page puts before a comma or the
 * case of a heading do not matter.
 */
final class LineLabels {
  /** When a short line that is no whole line of the gold is article. */
  enum ShortLines {
    /**
     * Beside an article line, when its words occur anywhere in the gold: the labels line model v6
     * learnt from. A story's tags and section names ("Iraq", "Technology") after its last paragraph
     * pass as article this way, as any word of them is somewhere in the story.
     */
    ANYWHERE,
    /**
     * Beside an article line, when its words stand in the gold right before that line's first words
     * or right after its last words (decision 0079).
     */
    NEXT_TO_ITS_NEIGHBOUR
  }

  /** Words of the neighbouring line that must follow or precede a short line in the gold. */
  private static final int EDGE = 3;

  private static final int SHINGLE = 4;

  /** Share of a line's shingles that must occur in the gold. */
  private static final double MIN_SHARE = 0.5;

  private LineLabels() {}

  /** One label per line: true for article; short lines {@link ShortLines#NEXT_TO_ITS_NEIGHBOUR}. */
  static boolean[] of(List<String> lines, String gold) {
    return of(lines, gold, ShortLines.NEXT_TO_ITS_NEIGHBOUR);
  }

  /** One label per line: true for article. */
  static boolean[] of(List<String> lines, String gold, ShortLines shortLines) {
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
      boolean before = i + 1 < n && decided[i + 1] && article[i + 1];
      boolean after = i > 0 && decided[i - 1] && article[i - 1];
      article[i] =
          goldLines.contains(words)
              || switch (shortLines) {
                case ANYWHERE -> (before || after) && goldWords.indexOf(" " + words + " ") >= 0;
                case NEXT_TO_ITS_NEIGHBOUR ->
                    before
                            && goldWords.indexOf(" " + words + " " + head(tokens.get(i + 1)) + " ")
                                >= 0
                        || after
                            && goldWords.indexOf(" " + tail(tokens.get(i - 1)) + " " + words + " ")
                                >= 0;
              };
    }
    return article;
  }

  private static String head(List<String> tokens) {
    return String.join(" ", tokens.subList(0, Math.min(EDGE, tokens.size())));
  }

  private static String tail(List<String> tokens) {
    return String.join(" ", tokens.subList(Math.max(0, tokens.size() - EDGE), tokens.size()));
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
