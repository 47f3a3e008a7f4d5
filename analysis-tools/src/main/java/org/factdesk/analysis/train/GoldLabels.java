package org.factdesk.analysis.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which blocks of a page are main text, read from the page's gold text. A block of four words or
 * more is main text when at least half of its 4-word shingles occur in the gold (the measure the
 * evaluation scores). A shorter block (a subheading, "Share", a date) is main text only when its
 * words occur in the gold between the gold places of the main-text blocks around it: a lone
 * "Comments" then does not count because the word happens to occur somewhere in the article.
 */
public final class GoldLabels {
  private static final int SHINGLE = 4;

  /** Per block, true when it is main text of {@code gold}. */
  public static boolean[] of(List<String> blocks, String gold) {
    String[] g = words(gold);
    Map<String, List<Integer>> shingles = new HashMap<>();
    Map<String, List<Integer>> shortRuns = new HashMap<>();
    for (int i = 0; i < g.length; i++) {
      StringBuilder key = new StringBuilder();
      for (int k = 0; k < SHINGLE && i + k < g.length; k++) {
        if (k > 0) {
          key.append(' ');
        }
        key.append(g[i + k]);
        Map<String, List<Integer>> into = k == SHINGLE - 1 ? shingles : shortRuns;
        into.computeIfAbsent(key.toString(), x -> new ArrayList<>()).add(i);
      }
    }
    int n = blocks.size();
    boolean[] content = new boolean[n];
    int[] from = new int[n];
    int[] to = new int[n];
    String[][] tokens = new String[n][];
    int cursor = 0;
    for (int b = 0; b < n; b++) {
      tokens[b] = words(blocks.get(b));
      String[] w = tokens[b];
      if (w.length < SHINGLE) {
        continue;
      }
      int hits = 0;
      int first = -1;
      int last = -1;
      for (int i = 0; i + SHINGLE <= w.length; i++) {
        List<Integer> at = shingles.get(w[i] + " " + w[i + 1] + " " + w[i + 2] + " " + w[i + 3]);
        if (at != null) {
          hits++;
          int p = firstAtOrAfter(at, cursor);
          if (first < 0) {
            first = p;
          }
          last = Math.max(last, p + SHINGLE);
        }
      }
      if (2 * hits >= w.length - SHINGLE + 1) {
        content[b] = true;
        from[b] = first;
        to[b] = last;
        cursor = Math.max(cursor, first);
      }
    }
    for (int b = 0; b < n; b++) {
      String[] w = tokens[b];
      if (w.length == 0 || w.length >= SHINGLE) {
        continue;
      }
      int lo = 0;
      for (int p = b - 1; p >= 0; p--) {
        if (content[p] && tokens[p].length >= SHINGLE) {
          lo = to[p];
          break;
        }
      }
      int hi = g.length;
      for (int q = b + 1; q < n; q++) {
        if (content[q] && tokens[q].length >= SHINGLE) {
          hi = from[q];
          break;
        }
      }
      List<Integer> at = shortRuns.get(String.join(" ", w));
      if (at != null) {
        for (int p : at) {
          if (p >= lo - 2 && p + w.length <= hi + 2) {
            content[b] = true;
            break;
          }
        }
      }
    }
    return content;
  }

  private static int firstAtOrAfter(List<Integer> positions, int cursor) {
    for (int p : positions) {
      if (p >= cursor) {
        return p;
      }
    }
    return positions.get(0);
  }

  static String[] words(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
  }
}
