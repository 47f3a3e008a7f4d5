package org.factdesk.analysis.claim;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Tells in one pass over a text which of several keyword lists have a keyword in it, as {@code
 * String.contains} would for each keyword: an Aho–Corasick automaton compiled to a transition
 * table. {@link SpanFinder} runs its keyword prefilters on every sentence; one pass replaces about
 * a hundred {@code contains} scans. Immutable and thread-safe.
 */
final class KeywordScanner {
  /** Column of each character that occurs in a keyword; 0 for all others. */
  private final int[] column = new int[128];

  private final int columns;

  /** next[state * columns + column]: the state after reading a character. */
  private final int[] next;

  /** Bit i set in found[state] when reaching the state completes a keyword of list i. */
  private final int[] found;

  /**
   * @param lists up to 31 lists of keywords made of ASCII characters
   */
  KeywordScanner(List<String[]> lists) {
    if (lists.size() > 31) {
      throw new IllegalArgumentException("at most 31 keyword lists");
    }
    int cols = 1;
    for (String[] list : lists) {
      for (String k : list) {
        for (char c : k.toCharArray()) {
          if (c >= 128) {
            throw new IllegalArgumentException("keywords must be ASCII: " + k);
          }
          if (column[c] == 0) {
            column[c] = cols++;
          }
        }
      }
    }
    columns = cols;
    // the trie, with -1 for a missing edge
    List<int[]> edges = new ArrayList<>();
    List<Integer> outputs = new ArrayList<>();
    edges.add(newRow(cols));
    outputs.add(0);
    for (int i = 0; i < lists.size(); i++) {
      for (String k : lists.get(i)) {
        int state = 0;
        for (char c : k.toCharArray()) {
          int col = column[c];
          if (edges.get(state)[col] < 0) {
            edges.get(state)[col] = edges.size();
            edges.add(newRow(cols));
            outputs.add(0);
          }
          state = edges.get(state)[col];
        }
        outputs.set(state, outputs.get(state) | 1 << i);
      }
    }
    // breadth first: failure links turn the trie into a complete transition table
    int states = edges.size();
    next = new int[states * cols];
    found = new int[states];
    int[] fail = new int[states];
    Deque<Integer> queue = new ArrayDeque<>();
    for (int col = 0; col < cols; col++) {
      int child = edges.get(0)[col];
      if (col != 0 && child > 0) {
        next[col] = child;
        fail[child] = 0;
        queue.add(child);
      } else {
        next[col] = 0;
      }
    }
    found[0] = outputs.get(0);
    while (!queue.isEmpty()) {
      int state = queue.poll();
      found[state] = outputs.get(state) | found[fail[state]];
      for (int col = 0; col < cols; col++) {
        int child = edges.get(state)[col];
        if (col != 0 && child > 0) {
          next[state * cols + col] = child;
          fail[child] = next[fail[state] * cols + col];
          queue.add(child);
        } else {
          next[state * cols + col] = next[fail[state] * cols + col];
        }
      }
    }
  }

  private static int[] newRow(int cols) {
    int[] row = new int[cols];
    Arrays.fill(row, -1);
    return row;
  }

  /** Bit i set when {@code text} contains a keyword of list i. */
  int scan(String text) {
    int state = 0;
    int hits = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      state = next[state * columns + (c < 128 ? column[c] : 0)];
      hits |= found[state];
    }
    return hits;
  }

  /**
   * {@code scan(text.toLowerCase(Locale.ROOT))} without making the lower-case copy. The keywords
   * are ASCII, and only three kinds of character lower-case to ASCII: ASCII itself, the Kelvin sign
   * (to 'k') and the dotted capital I (to 'i' and a combining dot, which no keyword holds).
   */
  int scanLowerCase(String text) {
    int state = 0;
    int hits = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      int col;
      if (c < 128) {
        col = column[c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c];
      } else if (c == '\u212A') {
        col = column['k'];
      } else if (c == '\u0130') {
        state = next[state * columns + column['i']];
        hits |= found[state];
        col = 0; // the combining dot after the 'i'
      } else {
        col = 0;
      }
      state = next[state * columns + col];
      hits |= found[state];
    }
    return hits;
  }
}
