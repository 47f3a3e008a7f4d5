package org.factdesk.analysis.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells in one pass over a text which of several keyword lists have a keyword in it, as {@code
 * String.contains} would for each keyword: an Aho–Corasick automaton compiled to a transition
 * table. The claim finder runs its keyword prefilters on every sentence and the detectors theirs on
 * every block; one pass replaces dozens of {@code contains} scans. Immutable and thread-safe.
 */
public final class KeywordScanner {
  /** Column of each ASCII character that occurs in a keyword; 0 for all others. */
  private final int[] column = new int[128];

  /** Columns of the other characters that occur in a keyword (rare: "©", accented letters). */
  private final Map<Character, Integer> otherColumns = new HashMap<>();

  /**
   * The same as two arrays, searched from first to last: there are a few such characters at most,
   * and a text may hold many characters beyond ASCII, each of which a map look-up would box.
   */
  private final char[] otherChars;

  private final int[] otherCols;

  /**
   * next[row + column], where a state's row is its number times the number of columns: the row of
   * the state after reading a character, with the sign bit set when reaching that state completes a
   * keyword ({@link #HIT}). Rows rather than state numbers spare a multiplication in each step; the
   * sign bit spares a look-up in {@link #found} for the many steps that complete nothing.
   */
  private final int[] next;

  /** Set in a {@link #next} entry whose state completes a keyword; the rest is the row. */
  private static final int HIT = Integer.MIN_VALUE;

  /** Bit i set in found[state] when reaching that state completes a keyword of list i. */
  private final long[] found;

  /** Number of keyword lists. */
  private final int lists;

  /** Number of columns: a row divided by it is a state number. */
  private final int cols;

  /**
   * @param lists up to 63 lists of non-empty keywords; {@link #scan} and {@link #scanLowerCase}
   *     answer for up to 31, {@link #scanWide} for all
   */
  public KeywordScanner(List<String[]> lists) {
    if (lists.size() > 63) {
      throw new IllegalArgumentException("at most 63 keyword lists");
    }
    this.lists = lists.size();
    int cols = 1;
    for (String[] list : lists) {
      for (String k : list) {
        if (k.isEmpty()) {
          throw new IllegalArgumentException("empty keyword");
        }
        for (char c : k.toCharArray()) {
          if (c < 128 && column[c] == 0) {
            column[c] = cols++;
          } else if (c >= 128 && !otherColumns.containsKey(c)) {
            otherColumns.put(c, cols++);
          }
        }
      }
    }
    // the trie, with -1 for a missing edge
    List<int[]> edges = new ArrayList<>();
    List<Long> outputs = new ArrayList<>();
    edges.add(newRow(cols));
    outputs.add(0L);
    for (int i = 0; i < lists.size(); i++) {
      for (String k : lists.get(i)) {
        int state = 0;
        for (char c : k.toCharArray()) {
          int col = columnOf(c);
          if (edges.get(state)[col] < 0) {
            edges.get(state)[col] = edges.size();
            edges.add(newRow(cols));
            outputs.add(0L);
          }
          state = edges.get(state)[col];
        }
        outputs.set(state, outputs.get(state) | 1L << i);
      }
    }
    // breadth first: failure links turn the trie into a complete transition table
    int states = edges.size();
    next = new int[states * cols];
    long[] found = new long[states];
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
    this.found = found;
    this.cols = cols;
    this.otherChars = new char[otherColumns.size()];
    this.otherCols = new int[otherColumns.size()];
    int other = 0;
    for (Map.Entry<Character, Integer> e : otherColumns.entrySet()) {
      otherChars[other] = e.getKey();
      otherCols[other++] = e.getValue();
    }
    for (int k = 0; k < next.length; k++) {
      int state = next[k];
      next[k] = state * cols | (found[state] != 0 ? HIT : 0);
    }
  }

  private static int[] newRow(int cols) {
    int[] row = new int[cols];
    Arrays.fill(row, -1);
    return row;
  }

  /** Bit i set when {@code text} contains a keyword of list i; for up to 31 lists. */
  public int scan(String text) {
    if (lists > 31) {
      throw new IllegalStateException("scan answers for 31 lists; use scanWide");
    }
    return (int) scanWide(text);
  }

  /** Bit i set when {@code text} contains a keyword of list i; for up to 63 lists. */
  public long scanWide(String text) {
    int row = 0;
    long hits = 0;
    boolean others = !otherColumns.isEmpty();
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      int col = c < 128 ? column[c] : others ? otherColumn(c) : 0;
      row = next[row + col];
      if (row < 0) {
        row &= ~HIT;
        hits |= found[row / cols];
      }
    }
    return hits;
  }

  private int otherColumn(char c) {
    for (int k = 0; k < otherChars.length; k++) {
      if (otherChars[k] == c) {
        return otherCols[k];
      }
    }
    return 0;
  }

  private int columnOf(char c) {
    return c < 128 ? column[c] : otherColumns.getOrDefault(c, 0);
  }

  /**
   * {@code scan(text.toLowerCase(Locale.ROOT))} without making the lower-case copy, for ASCII
   * keywords: only three kinds of character lower-case to ASCII: ASCII itself, the Kelvin sign (to
   * 'k') and the dotted capital I (to 'i' and a combining dot, which no ASCII keyword holds).
   */
  public int scanLowerCase(String text) {
    if (!otherColumns.isEmpty()) {
      throw new IllegalStateException("scanLowerCase needs ASCII keywords");
    }
    if (lists > 31) {
      throw new IllegalStateException("scanLowerCase answers for 31 lists");
    }
    int row = 0;
    long hits = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      int col;
      if (c < 128) {
        col = column[c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c];
      } else if (c == '\u212A') {
        col = column['k'];
      } else if (c == '\u0130') {
        row = next[row + column['i']];
        if (row < 0) {
          row &= ~HIT;
          hits |= found[row / cols];
        }
        col = 0; // the combining dot after the 'i'
      } else {
        col = 0;
      }
      row = next[row + col];
      if (row < 0) {
        row &= ~HIT;
        hits |= found[row / cols];
      }
    }
    return (int) hits;
  }
}
