package org.factdesk.analysis.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A few ASCII words, each with a value, looked up where they stand in a text (start and length)
 * without making a substring: the start tests of {@link SpanRule} run at every word start of every
 * sentence.
 */
final class AsciiWords {
  private final String[][] words = new String[128][];
  private final String[][] values = new String[128][];
  private final boolean ignoreCase;

  /**
   * @param wordValues words (lower case when {@code ignoreCase}) and their non-null values
   */
  AsciiWords(Map<String, String> wordValues, boolean ignoreCase) {
    this.ignoreCase = ignoreCase;
    Map<Character, List<String>> byFirst = new HashMap<>();
    for (String w : wordValues.keySet()) {
      byFirst.computeIfAbsent(w.charAt(0), c -> new ArrayList<>()).add(w);
    }
    byFirst.forEach(
        (first, list) -> {
          words[first] = list.toArray(new String[0]);
          values[first] = list.stream().map(wordValues::get).toArray(String[]::new);
        });
  }

  /** Lower-case words, ASCII case ignored where they are looked up. */
  static AsciiWords lowerCase(List<String> words) {
    Map<String, String> map = new HashMap<>();
    for (String w : words) {
      map.put(w, w);
    }
    return new AsciiWords(map, true);
  }

  /** The value of the word {@code s[from, from + length)}, or null when it is not one. */
  String get(String s, int from, int length) {
    if (length == 0) {
      return null;
    }
    char first = s.charAt(from);
    if (ignoreCase && first >= 'A' && first <= 'Z') {
      first = (char) (first + ('a' - 'A'));
    }
    if (first >= 128 || words[first] == null) {
      return null;
    }
    String[] candidates = words[first];
    for (int i = 0; i < candidates.length; i++) {
      String w = candidates[i];
      if (w.length() == length && sameAscii(s, from, w)) {
        return values[first][i];
      }
    }
    return null;
  }

  /**
   * Whether {@code w} stands at {@code from}, ASCII case ignored when {@code ignoreCase}. Every
   * caller passes a run of ASCII letters, on which this answers as {@link
   * String#regionMatches(boolean, int, String, int, int)} does, without its Unicode case mapping of
   * each character.
   */
  private boolean sameAscii(String s, int from, String w) {
    for (int k = 0, n = w.length(); k < n; k++) {
      char c = s.charAt(from + k);
      if (ignoreCase && c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != w.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  boolean contains(String s, int from, int length) {
    return get(s, from, length) != null;
  }
}
