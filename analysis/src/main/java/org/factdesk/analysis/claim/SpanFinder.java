package org.factdesk.analysis.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.analysis.text.KeywordScanner;

/**
 * Finds typed evidence spans in a sentence, one {@link SpanRule} per type, each with a precompiled,
 * backtracking-safe pattern. More specific types claim their text first (money and percentages
 * before bare numbers, dates before numbers), so "$1.2 billion" is one MONEY span, not also a
 * NUMBER.
 *
 * <p>Speed comes from not running the patterns: one keyword pass decides which rules can match the
 * sentence at all, and a cheap test per word start (the word, what follows it) decides where. The
 * spans are exactly those of the plain patterns tried at every word start and kept by their rule
 * ({@link SpanRule#keeps}, which drops the digits of names: "COVID-19"; {@link #findPlain});
 * SpanFinderFastPathTest holds the two side by side.
 */
final class SpanFinder {

  /** The rules in the order they claim text. */
  private static final SpanRule[] RULES = {
    new SpanRule.Money(),
    new SpanRule.Percent(),
    new SpanRule.Date(),
    new SpanRule.Number(),
    new SpanRule.Source(),
    new SpanRule.Quote(),
    new SpanRule.Comparison()
  };

  /** The rules' keyword prefilters, all found in one pass over the lower-cased sentence. */
  private static final KeywordScanner KEYWORDS = keywords();

  private static KeywordScanner keywords() {
    List<String[]> lists = new ArrayList<>();
    for (int r = 0; r < RULES.length; r++) {
      SpanRule rule = RULES[r];
      rule.index = r;
      if (rule.keywords.length > 0) {
        rule.keywordBit = 1 << lists.size();
        lists.add(rule.keywords);
      }
    }
    return new KeywordScanner(lists);
  }

  /** {@link #firstMask} of each ASCII character. */
  private static final byte[] ASCII_FIRST_MASKS = asciiFirstMasks();

  private static byte[] asciiFirstMasks() {
    byte[] masks = new byte[128];
    for (char c = 0; c < 128; c++) {
      masks[c] = firstMask(c);
    }
    return masks;
  }

  /** Bit r set when a match of rule r can start with {@code c}, all found at once. */
  private static byte firstMask(char c) {
    if (c < 128 && ASCII_FIRST_MASKS != null) {
      return ASCII_FIRST_MASKS[c];
    }
    int mask = 0;
    for (int r = 0; r < RULES.length; r++) {
      if (RULES[r].first.contains(c)) {
        mask |= 1 << r;
      }
    }
    return (byte) mask;
  }

  private SpanFinder() {}

  /**
   * Spans of {@code sentence}, which starts at {@code from} in its block. Each rule's pattern runs
   * only when its cheap checks say it can match: regular expressions with many alternatives are the
   * cost of this class. The caller's workspace is reused from sentence to sentence.
   */
  static List<FoundSpan> find(String sentence, int from, Workspace workspace) {
    boolean digits = hasDigit(sentence);
    int keywords = KEYWORDS.scanLowerCase(sentence);
    int running = 0;
    for (int r = 0; r < RULES.length; r++) {
      if (RULES[r].runs(sentence, digits, keywords)) {
        running |= 1 << r;
      }
    }
    if (running == 0) {
      return List.of();
    }
    List<FoundSpan> spans = new ArrayList<>();
    boolean[] taken = new boolean[sentence.length()];
    Starts starts = new Starts(sentence, workspace, keywords);
    for (int r = 0; r < RULES.length; r++) {
      if ((running & 1 << r) != 0) {
        SpanRule rule = RULES[r];
        add(rule, 1 << r, true, starts, from, taken, spans);
        rule.addMore(sentence, from, spans);
      }
    }
    sortByStartThenType(spans);
    return spans;
  }

  /**
   * What {@link #find} answers, by the plain patterns alone: every rule, at every word start, with
   * none of the keyword, first-character and start tests and none of the hand-written scanners.
   * Slow; for tests that hold the fast path to it.
   */
  static List<FoundSpan> findPlain(String sentence, int from) {
    List<FoundSpan> spans = new ArrayList<>();
    boolean[] taken = new boolean[sentence.length()];
    Starts starts = new Starts(sentence, new Workspace(), 0);
    for (SpanRule rule : RULES) {
      add(rule, 0, false, starts, from, taken, spans);
      if (rule instanceof SpanRule.Source) {
        SpanRule.Source.addVerbsPlain(sentence, from, spans);
      }
    }
    sortByStartThenType(spans);
    return spans;
  }

  /**
   * Adds the rule's matches, trying it only at word starts (after the end of its previous match)
   * whose first character it can start with and that pass its start test: equivalent to {@code
   * find()} for these word-initial patterns, and several times faster because Java tries every
   * alternative at every position otherwise.
   *
   * @param fast false to try the plain pattern at every word start
   */
  private static void add(
      SpanRule rule,
      int bit,
      boolean fast,
      Starts starts,
      int offset,
      boolean[] taken,
      List<FoundSpan> out) {
    String s = starts.sentence;
    int next = 0;
    for (int k = 0; k < starts.count; k++) {
      int i = starts.at[k];
      if (i < next) {
        continue;
      }
      int end;
      if (fast) {
        if ((starts.firsts[k] & bit) == 0 || !rule.mayStartAt(starts, k)) {
          continue;
        }
        end = rule.end(starts, i);
      } else {
        end = starts.lookingAt(rule, i);
      }
      if (end <= i) {
        continue;
      }
      next = end;
      while (end > i && s.charAt(end - 1) == ' ') {
        end--;
      }
      if (end <= i || overlaps(taken, i, end) || !rule.keeps(s, i, end)) {
        continue;
      }
      if (rule.exclusive) {
        for (int j = i; j < end; j++) {
          taken[j] = true;
        }
      }
      out.add(new FoundSpan(rule.type, s.substring(i, end), offset + i, offset + end));
    }
  }

  /**
   * One sentence as the rules see it: its word starts and, measured on first use, the run of ASCII
   * letters at each (every pattern that begins with a word needs that whole run to be one of its
   * words, because a space, '.', '-', '$' or a word boundary follows each of them), the keyword
   * bits, and each rule's matcher once it is needed.
   */
  static final class Starts {
    final String sentence;
    final Workspace workspace;
    final int[] at;
    final int count;

    /** The keyword bits of the sentence ({@link SpanRule#hasKeyword}). */
    final int keywords;

    /** Length + 1 of the run of ASCII letters at each word start, 0 until measured. */
    private final int[] lengths;

    /** {@link #firstMask} of the character at each word start. */
    final byte[] firsts;

    /** Each rule's matcher on this sentence, made on first use. */
    private final Matcher[] matchers = new Matcher[RULES.length];

    Starts(String sentence, Workspace workspace, int keywords) {
      this.sentence = sentence;
      this.workspace = workspace;
      this.keywords = keywords;
      this.count = workspace.wordStarts(sentence);
      this.at = workspace.starts;
      this.lengths = workspace.lengths;
      this.firsts = workspace.firsts;
    }

    /** Length of the run of ASCII letters at word start k. */
    int length(int k) {
      if (lengths[k] == 0) {
        lengths[k] = letters(sentence, at[k]) + 1;
      }
      return lengths[k] - 1;
    }

    /** Where the word after word k and exactly one space begins, or -1. */
    int nextWord(int k) {
      int after = at[k] + length(k);
      return after < sentence.length() && sentence.charAt(after) == ' ' ? after + 1 : -1;
    }

    /** The end of the rule's pattern tried with {@code lookingAt} at {@code i}, or -1. */
    int lookingAt(SpanRule rule, int i) {
      Matcher m = matchers[rule.index];
      if (m == null) {
        m = workspace.matcher(rule.pattern, sentence);
        matchers[rule.index] = m;
      }
      m.region(i, sentence.length());
      return m.lookingAt() ? m.end() : -1;
    }

    /** Length of the run of ASCII letters at {@code from}. */
    static int letters(String s, int from) {
      int end = from;
      while (end < s.length() && isAsciiLetter(s.charAt(end))) {
        end++;
      }
      return end - from;
    }

    private static boolean isAsciiLetter(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
  }

  /**
   * What {@link #find} reuses from sentence to sentence: one {@link Matcher} per pattern, made on
   * first use and reset for each sentence (making a matcher per pattern and sentence cost more than
   * many of the matches), and the word-start buffers. Not thread-safe; a claim extraction makes its
   * own.
   */
  static final class Workspace {
    private final Map<Pattern, Matcher> byPattern = new HashMap<>();
    private int[] starts = new int[64];
    private int[] lengths = new int[64];
    private byte[] firsts = new byte[64];

    /** The matcher of {@code p}, reset to {@code text}, with transparent and unanchored bounds. */
    Matcher matcher(Pattern p, String text) {
      Matcher m = byPattern.get(p);
      if (m == null) {
        m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        byPattern.put(p, m);
        return m;
      }
      return m.reset(text);
    }

    /**
     * Fills {@code starts} with the positions where a word or symbol run starts (after the
     * beginning or a non-alphanumeric), clears as many {@code lengths}, notes in {@code firsts}
     * which rules may start there, returns how many.
     */
    int wordStarts(String s) {
      if (starts.length < s.length()) {
        starts = new int[s.length()];
        lengths = new int[s.length()];
        firsts = new byte[s.length()];
      }
      int count = 0;
      boolean afterLetterOrDigit = false;
      for (int i = 0, n = s.length(); i < n; i++) {
        char c = s.charAt(i);
        if (c != ' ' && !afterLetterOrDigit) {
          lengths[count] = 0;
          firsts[count] = firstMask(c);
          starts[count++] = i;
        }
        afterLetterOrDigit = isLetterOrDigit(c);
      }
      return count;
    }

    /** {@link Character#isLetterOrDigit(char)}, with ASCII decided without a table look-up. */
    private static boolean isLetterOrDigit(char c) {
      if (c < 0x80) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      }
      return Character.isLetterOrDigit(c);
    }
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  /**
   * Stable sort by start, then type. The spans come in runs (one per type, each in order), which a
   * sort of one long per span, packing start, type and position in the list, orders without
   * comparing objects.
   */
  private static void sortByStartThenType(List<FoundSpan> spans) {
    int n = spans.size();
    if (n < 2) {
      return;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      FoundSpan span = spans.get(i);
      keys[i] = (long) span.start() << 32 | (long) span.type().ordinal() << 24 | i;
    }
    Arrays.sort(keys);
    FoundSpan[] sorted = new FoundSpan[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = spans.get((int) (keys[i] & 0xFFFFFF));
    }
    for (int i = 0; i < n; i++) {
      spans.set(i, sorted[i]);
    }
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean overlaps(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return true;
      }
    }
    return false;
  }
}
