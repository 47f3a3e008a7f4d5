package org.factdesk.analysis.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.analysis.detect.Keywords;

/**
 * Finds typed evidence spans in a sentence with precompiled, backtracking-safe patterns. More
 * specific types claim their text first (money and percentages before bare numbers, dates before
 * numbers), so "$1.2 billion" is one MONEY span, not also a NUMBER.
 */
final class SpanFinder {
  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final String SCALE = "(?:[- ]?(?:million|billion|trillion|bn|mn|m|k)\\b)?";
  private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

  private static final Pattern MONEY =
      Pattern.compile(
          "(?:US\\$|[$€£¥])\\s?(?:"
              + NUM
              + ")"
              + SCALE
              + "|\\b(?:"
              + NUM
              + ")(?:[- ](?:million|billion|trillion))?\\s?"
              + "(?:dollars|euros|pounds|yuan|yen|rupees|USD|EUR|GBP|CNY)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PERCENT =
      Pattern.compile(
          "\\b(?:" + NUM + ")\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DATE =
      Pattern.compile(
          "\\b"
              + MONTH
              + "\\.? \\d{1,2}(?:st|nd|rd|th)?(?:, \\d{4})?\\b"
              + "|\\b\\d{1,2}(?:st|nd|rd|th)? (?:of )?"
              + MONTH
              + "(?: \\d{4})?\\b"
              + "|\\b\\d{4}-\\d{2}-\\d{2}\\b"
              + "|\\b(?:in|since|by|until|from|during|of|before|after) (?:early |late |mid-)?"
              + "(?:"
              + MONTH
              + " )?(?:19|20)\\d{2}\\b|\\b(?:on |last |next |this"
              + " )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|\\b(?:last|next|this)"
              + " (?:week|month|year|quarter)\\b");
  private static final Pattern NUMBER =
      Pattern.compile(
          "\\b(?:"
              + NUM
              + ")(?:[- ](?:million|billion|trillion))?(?:-\\w+)?"
              + "|\\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?)\\b(?="
              + " (?:of )?\\w)",
          Pattern.CASE_INSENSITIVE);

  /** Named sources: "according to X" and "a spokesperson from the Ministry of …". */
  private static final Pattern SOURCE =
      Pattern.compile(
          "\\baccording to (?:the |a |an )?(?:[\\p{Lu}][\\p{L}.'\u2019-]*\\s?){1,6}|\\baccording"
              + " to\\b|\\b(?i:an? |the"
              + " )?(?i:spokes(?:person|man|woman)|representative|official|minister|secretary)"
              + " (?:from|for|of|at) (?:the )?(?:[\\p{Lu}][\\p{L}.'\u2019-]*\\s?(?:of |and |for"
              + " )?){1,6}");

  /** Verbs of attribution, looked up word by word rather than by an alternation regex. */
  private static final Set<String> SOURCE_VERBS =
      Set.of(
          "said",
          "says",
          "stated",
          "told",
          "noted",
          "stressed",
          "added",
          "announced",
          "confirmed",
          "claimed",
          "reported",
          "warned",
          "argued",
          "insisted",
          "explained",
          "asserted",
          "alleged",
          "clarified",
          "emphasized",
          "emphasised",
          "reiterated",
          "highlighted",
          "accused",
          "urged",
          "criticized",
          "criticised",
          "denied",
          "acknowledged",
          "estimated",
          "predicted");

  private static final Pattern QUOTE =
      Pattern.compile("[\u201C\"]([^\u201C\u201D\"]{12,400})[\u201D\"]");
  private static final Pattern COMPARISON =
      Pattern.compile(
          "\\b(?:more|less|fewer|higher|lower|greater|larger|smaller|bigger|faster|slower|cheaper)"
              + " than\\b|\\b(?:compared (?:with|to)|as much as|as many as|at least|at most|up"
              + " to|over|nearly|almost)(?= (?:\\$|€|£)?\\d|"
              + " (?:two|three|four|five|six|seven|eight|nine|ten|a dozen|a hundred|a"
              + " thousand)\\b)|\\b(?:record(?:-high|-low)?|all-time high|all-time"
              + " low|doubled|tripled|halved|quadrupled|the"
              + " (?:largest|biggest|highest|lowest|smallest|first|most)|(?:rose|fell|grew|jumped|dropped|climbed|declined|increased|decreased|surged|plunged)"
              + " by)\\b",
          Pattern.CASE_INSENSITIVE);

  /** Characters a match of each pattern can start with; other positions are never tried. */
  private static final String DIGITS = "0123456789";

  private static final String MONEY_FIRST = DIGITS + "$€£¥U";
  private static final String DATE_FIRST = DIGITS + "JFMASONDTWisbufdoalnt";
  private static final String NUMBER_FIRST = DIGITS + "tfsendhmbTFSENDHMB";
  private static final String SOURCE_FIRST = "atsromATSROM";
  private static final String QUOTE_FIRST = "\"\u201C";
  private static final String COMPARISON_FIRST = "mlfhgsbcauonrdtjpiMLFHGSBCAUONRDTJPI";

  private SpanFinder() {}

  private static final String[] NUMBER_WORDS = {
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozen",
    "hundred",
    "thousand",
    "million",
    "billion"
  };
  private static final String[] DATE_WORDS = {
    "day", "last ", "next ", "this ", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
    "oct", "nov", "dec"
  };
  private static final String[] SOURCE_WORDS = {
    "said",
    "says",
    "stated",
    "told",
    "noted",
    "stressed",
    "added",
    "announced",
    "confirmed",
    "claimed",
    "reported",
    "warned",
    "argued",
    "insisted",
    "explained",
    "asserted",
    "alleged",
    "clarified",
    "emphasi",
    "reiterated",
    "highlighted",
    "pointed out",
    "accused",
    "urged",
    "critici",
    "denied",
    "acknowledged",
    "estimated",
    "predicted",
    "according",
    "spokes",
    "representative",
    "official",
    "minister",
    "secretary"
  };
  private static final String[] COMPARISON_WORDS = {
    "than",
    "compared",
    "as much",
    "as many",
    "at least",
    "at most",
    "up to",
    "over",
    "nearly",
    "almost",
    "record",
    "all-time",
    "doubled",
    "tripled",
    "halved",
    "quadrupled",
    "the largest",
    "the biggest",
    "the highest",
    "the lowest",
    "the smallest",
    "the first",
    "the most",
    " by"
  };

  /**
   * Spans of {@code blockText[from, to)}. Each pattern runs only when a cheap keyword check says it
   * can match: regular expressions with many alternatives are the cost of this class.
   */
  static List<ClaimSpan> find(String blockText, int from, int to) {
    String sentence = blockText.substring(from, to);
    String lower = sentence.toLowerCase(Locale.ROOT);
    boolean digits = hasDigit(sentence);
    List<ClaimSpan> spans = new ArrayList<>();
    boolean[] taken = new boolean[sentence.length()];
    int[] starts = wordStarts(sentence);
    if (digits) {
      add(MONEY, MONEY_FIRST, SpanType.MONEY, sentence, starts, from, taken, spans, true);
      add(PERCENT, DIGITS, SpanType.PERCENT, sentence, starts, from, taken, spans, true);
    }
    if (digits || Keywords.anyIn(lower, DATE_WORDS)) {
      add(DATE, DATE_FIRST, SpanType.DATE, sentence, starts, from, taken, spans, true);
    }
    if (digits || Keywords.anyIn(lower, NUMBER_WORDS)) {
      add(NUMBER, NUMBER_FIRST, SpanType.NUMBER, sentence, starts, from, taken, spans, true);
    }
    if (Keywords.anyIn(lower, SOURCE_WORDS)) {
      add(SOURCE, SOURCE_FIRST, SpanType.SOURCE, sentence, starts, from, taken, spans, false);
      addVerbs(sentence, from, spans);
    }
    if (sentence.indexOf('"') >= 0 || sentence.indexOf('\u201C') >= 0) {
      add(QUOTE, QUOTE_FIRST, SpanType.QUOTE, sentence, starts, from, taken, spans, false);
    }
    if (Keywords.anyIn(lower, COMPARISON_WORDS)) {
      add(
          COMPARISON,
          COMPARISON_FIRST,
          SpanType.COMPARISON,
          sentence,
          starts,
          from,
          taken,
          spans,
          false);
    }
    spans.sort(Comparator.comparingInt(ClaimSpan::start).thenComparing(ClaimSpan::type));
    return spans;
  }

  /** Attribution verbs ("said", "pointed out") not already inside a named-source span. */
  private static void addVerbs(String s, int offset, List<ClaimSpan> out) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetter(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && Character.isLetter(s.charAt(i))) {
        i++;
      }
      if (i == start) {
        continue;
      }
      String word = s.substring(start, i).toLowerCase(Locale.ROOT);
      int end = i;
      if (word.equals("pointed")
          && s.startsWith(" out", i)
          && (i + 4 == n || !Character.isLetter(s.charAt(i + 4)))) {
        end = i + 4;
      } else if (!SOURCE_VERBS.contains(word)) {
        continue;
      }
      boolean inside = false;
      for (ClaimSpan span : out) {
        if (span.type() == SpanType.SOURCE
            && span.start() <= offset + start
            && offset + end <= span.end()) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        out.add(
            new ClaimSpan(SpanType.SOURCE, s.substring(start, end), offset + start, offset + end));
      }
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
   * Adds the matches of {@code p}, trying it only at word starts whose first character is in {@code
   * first}: equivalent to {@code find()} for these word-initial patterns, and several times faster
   * because Java tries every alternative at every position otherwise.
   */
  private static void add(
      Pattern p,
      String first,
      SpanType type,
      String s,
      int[] starts,
      int offset,
      boolean[] taken,
      List<ClaimSpan> out,
      boolean exclusive) {
    Matcher m = null;
    int n = s.length();
    int next = 0;
    for (int i : starts) {
      if (i < next || first.indexOf(s.charAt(i)) < 0) {
        continue;
      }
      if (m == null) {
        m = p.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
      }
      m.region(i, n);
      if (!m.lookingAt() || m.end() <= i) {
        continue;
      }
      int end = m.end();
      next = end;
      while (end > i && s.charAt(end - 1) == ' ') {
        end--;
      }
      if (end <= i || overlaps(taken, i, end)) {
        continue;
      }
      if (exclusive) {
        for (int k = i; k < end; k++) {
          taken[k] = true;
        }
      }
      out.add(new ClaimSpan(type, s.substring(i, end), offset + i, offset + end));
    }
  }

  /** Positions where a word or symbol run starts: after the beginning or a non-alphanumeric. */
  private static int[] wordStarts(String s) {
    int[] starts = new int[s.length()];
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ' && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
        starts[count++] = i;
      }
    }
    return Arrays.copyOf(starts, count);
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
