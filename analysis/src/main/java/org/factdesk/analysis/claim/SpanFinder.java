package org.factdesk.analysis.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.analysis.text.KeywordScanner;

/**
 * Finds typed evidence spans in a sentence with precompiled, backtracking-safe patterns. More
 * specific types claim their text first (money and percentages before bare numbers, dates before
 * numbers), so "$1.2 billion" is one MONEY span, not also a NUMBER.
 *
 * <p>Speed comes from not running the patterns: one keyword pass decides which patterns can match
 * the sentence at all, and a cheap test per word start ({@link StartTest}: the word, what follows
 * it) decides where. These tests are derived from the patterns and only ever rule out positions
 * where a pattern cannot match, so the spans are exactly those of the patterns alone; keep them in
 * step when a pattern changes.
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

  /** Package-private for {@code NumberEndTest}, which checks {@link #numberEnd} against it. */
  static final Pattern NUMBER =
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

  /** The verbs and "pointed" as ASCII words, each its own value, for {@link #verbCandidate}. */
  private static final AsciiWords VERBS = verbs();

  private static AsciiWords verbs() {
    Map<String, String> words = new HashMap<>();
    for (String verb : SOURCE_VERBS) {
      words.put(verb, verb);
    }
    words.put("pointed", "pointed");
    return new AsciiWords(words, true);
  }

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

  private static final FirstChars DIGIT_FIRST = new FirstChars(DIGITS, 1);
  private static final FirstChars MONEY_FIRST = new FirstChars(DIGITS + "$€£¥U", 1 << 1);
  private static final FirstChars DATE_FIRST =
      new FirstChars(DIGITS + "JFMASONDTWisbufdoalnt", 1 << 2);
  private static final FirstChars NUMBER_FIRST =
      new FirstChars(DIGITS + "tfsendhmbTFSENDHMB", 1 << 3);
  private static final FirstChars SOURCE_FIRST = new FirstChars("atsromATSROM", 1 << 4);
  private static final FirstChars QUOTE_FIRST = new FirstChars("\"\u201C", 1 << 5);
  private static final FirstChars COMPARISON_FIRST =
      new FirstChars("mlfhgsbcauonrdtjpiMLFHGSBCAUONRDTJPI", 1 << 6);

  private static final FirstChars[] ALL_FIRST = {
    DIGIT_FIRST, MONEY_FIRST, DATE_FIRST, NUMBER_FIRST, SOURCE_FIRST, QUOTE_FIRST, COMPARISON_FIRST
  };

  /** {@link #firstMask} of each ASCII character. */
  private static final byte[] ASCII_FIRST_MASKS = asciiFirstMasks();

  private static byte[] asciiFirstMasks() {
    byte[] masks = new byte[128];
    for (char c = 0; c < 128; c++) {
      masks[c] = firstMask(c);
    }
    return masks;
  }

  /** The bits of the patterns whose matches can start with {@code c}, all found at once. */
  private static byte firstMask(char c) {
    if (c < 128 && ASCII_FIRST_MASKS != null) {
      return ASCII_FIRST_MASKS[c];
    }
    int mask = 0;
    for (FirstChars first : ALL_FIRST) {
      if (first.contains(c)) {
        mask |= first.bit;
      }
    }
    return (byte) mask;
  }

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

  /** Currency words the second MONEY alternative needs after a number. */
  private static final String[] CURRENCY_WORDS = {
    "dollars", "euros", "pounds", "yuan", "yen", "rupees", "usd", "eur", "gbp", "cny"
  };

  /** The keyword prefilters, all found in one pass over the lower-cased sentence. */
  private static final KeywordScanner KEYWORDS =
      new KeywordScanner(
          List.of(
              CURRENCY_WORDS,
              DATE_WORDS,
              NUMBER_WORDS,
              SOURCE_WORDS,
              COMPARISON_WORDS,
              new String[] {"per"}));

  private static final int CURRENCY_LIST = 1;
  private static final int DATE_LIST = 1 << 1;
  private static final int NUMBER_LIST = 1 << 2;
  private static final int SOURCE_LIST = 1 << 3;
  private static final int COMPARISON_LIST = 1 << 4;
  private static final int PER_LIST = 1 << 5;

  /** The lists that let a pattern run on a sentence without digits. */
  private static final int WORD_LED_LISTS = DATE_LIST | NUMBER_LIST | SOURCE_LIST | COMPARISON_LIST;

  /**
   * Words a DATE match can begin with when it begins with a letter (case as in the pattern, which
   * is case-sensitive): the month forms, the prepositions before a year, "on", "last", "next",
   * "this" and the weekdays. "Sepember" is no typo: {@code Sept?(?:ember)?} accepts it.
   */
  private static final AsciiWords DATE_START = dateStart();

  /** Each DATE start word with the characters that may follow it after a space ("": anything). */
  private static AsciiWords dateStart() {
    Map<String, String> words = new HashMap<>();
    for (String month :
        List.of(
            "Jan",
            "January",
            "Feb",
            "February",
            "Mar",
            "March",
            "Apr",
            "April",
            "May",
            "Jun",
            "June",
            "Jul",
            "July",
            "Aug",
            "August",
            "Sep",
            "Sept",
            "Sepember",
            "September",
            "Oct",
            "October",
            "Nov",
            "November",
            "Dec",
            "December")) {
      words.put(month, "");
    }
    for (String day :
        List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")) {
      words.put(day, "");
    }
    // before a space and a year, a month or early/late/mid-
    for (String preposition :
        List.of("in", "since", "by", "until", "from", "during", "of", "before", "after")) {
      words.put(preposition, "elmJFMASOND12");
    }
    words.put("on", "MTWFS"); // before a weekday
    for (String relative : List.of("last", "next", "this")) {
      words.put(relative, "MTWFSwmyq"); // before a weekday, week, month, year or quarter
    }
    return new AsciiWords(words, false);
  }

  /** Lower-case words a NUMBER match can begin with when it begins with a letter. */
  private static final AsciiWords NUMBER_START =
      AsciiWords.lowerCase(
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
          "dozens",
          "hundred",
          "hundreds",
          "thousand",
          "thousands",
          "million",
          "millions",
          "billion",
          "billions");

  /** Lower-case titles of the second SOURCE alternative ("a spokesperson from …"). */
  private static final AsciiWords SOURCE_ROLES =
      AsciiWords.lowerCase(
          "spokesperson",
          "spokesman",
          "spokeswoman",
          "representative",
          "official",
          "minister",
          "secretary");

  /**
   * Lower-case words a COMPARISON match can begin with, each with what must follow it ("more" only
   * counts before " than"); "the" is handled apart, before a superlative.
   */
  private static final AsciiWords COMPARISON_NEXT = comparisonNext();

  private static final AsciiWords ARTICLES = AsciiWords.lowerCase("a", "an", "the");
  private static final AsciiWords THE = AsciiWords.lowerCase("the");
  private static final AsciiWords ACCORDING = new AsciiWords(Map.of("according", ""), false);

  private static AsciiWords comparisonNext() {
    Map<String, String> next = new HashMap<>();
    for (String w :
        List.of(
            "more", "less", "fewer", "higher", "lower", "greater", "larger", "smaller", "bigger",
            "faster", "slower", "cheaper")) {
      next.put(w, " than");
    }
    next.put("compared", " ");
    next.put("as", " m"); // as much as, as many as
    next.put("at", " ");
    next.put("up", " to");
    next.put("over", " ");
    next.put("nearly", " ");
    next.put("almost", " ");
    next.put("record", "");
    next.put("all", "-time");
    for (String w : List.of("doubled", "tripled", "halved", "quadrupled")) {
      next.put(w, "");
    }
    for (String w :
        List.of(
            "rose",
            "fell",
            "grew",
            "jumped",
            "dropped",
            "climbed",
            "declined",
            "increased",
            "decreased",
            "surged",
            "plunged")) {
      next.put(w, " by");
    }
    return new AsciiWords(next, true);
  }

  private static final AsciiWords SUPERLATIVES =
      AsciiWords.lowerCase("largest", "biggest", "highest", "lowest", "smallest", "first", "most");

  /**
   * Spans of {@code sentence}, which starts at {@code from} in its block. Each pattern runs only
   * when a cheap keyword check says it can match: regular expressions with many alternatives are
   * the cost of this class. The caller's workspace is reused from sentence to sentence.
   */
  static List<ClaimSpan> find(String sentence, int from, Workspace workspace) {
    boolean digits = hasDigit(sentence);
    int keywords = KEYWORDS.scanLowerCase(sentence);
    boolean quotes = sentence.indexOf('"') >= 0 || sentence.indexOf('\u201C') >= 0;
    if (!digits && !quotes && (keywords & WORD_LED_LISTS) == 0) {
      return List.of(); // none of the patterns below would run
    }
    List<ClaimSpan> spans = new ArrayList<>();
    boolean[] taken = new boolean[sentence.length()];
    Starts starts = new Starts(sentence, workspace);
    if (digits) {
      boolean currencyWord = (keywords & CURRENCY_LIST) != 0;
      add(
          regex(MONEY, starts),
          MONEY_FIRST,
          (s, k) -> {
            char c = s.charAt(starts.at[k]);
            if (isDigit(c)) {
              return currencyWord;
            }
            return c != 'U' || s.regionMatches(true, starts.at[k] + 1, "S$", 0, 2);
          },
          SpanType.MONEY,
          starts,
          from,
          taken,
          spans,
          true);
      if (sentence.indexOf('%') >= 0 || (keywords & PER_LIST) != 0) {
        add(
            regex(PERCENT, starts),
            DIGIT_FIRST,
            (s, k) -> percentCanFollow(s, starts.at[k]),
            SpanType.PERCENT,
            starts,
            from,
            taken,
            spans,
            true);
      }
    }
    if (digits || (keywords & DATE_LIST) != 0) {
      add(
          regex(DATE, starts),
          DATE_FIRST,
          (s, k) ->
              isDigit(s.charAt(starts.at[k]))
                  ? dateCanStartWithDigits(s, starts.at[k])
                  : dateCanStartWithWord(s, starts.at[k], starts.length(k)),
          SpanType.DATE,
          starts,
          from,
          taken,
          spans,
          true);
    }
    if (digits || (keywords & NUMBER_LIST) != 0) {
      SpanMatch numberRegex = regex(NUMBER, starts);
      add(
          (s, i) -> {
            int end = numberEnd(s, i);
            return end == UNDECIDED ? numberRegex.end(s, i) : end;
          },
          NUMBER_FIRST,
          (s, k) ->
              isDigit(s.charAt(starts.at[k]))
                  || NUMBER_START.contains(s, starts.at[k], starts.length(k)),
          SpanType.NUMBER,
          starts,
          from,
          taken,
          spans,
          true);
    }
    if ((keywords & SOURCE_LIST) != 0) {
      add(
          regex(SOURCE, starts),
          SOURCE_FIRST,
          (s, k) -> {
            int i = starts.at[k];
            int length = starts.length(k);
            if (SOURCE_ROLES.contains(s, i, length) || ACCORDING.contains(s, i, length)) {
              return true;
            }
            int next = starts.nextWord(k);
            return ARTICLES.contains(s, i, length)
                && next >= 0
                && SOURCE_ROLES.contains(s, next, Starts.letters(s, next));
          },
          SpanType.SOURCE,
          starts,
          from,
          taken,
          spans,
          false);
      addVerbs(sentence, from, spans);
    }
    if (quotes) {
      add(
          SpanFinder::quoteEnd,
          QUOTE_FIRST,
          null,
          SpanType.QUOTE,
          starts,
          from,
          taken,
          spans,
          false);
    }
    if ((keywords & COMPARISON_LIST) != 0) {
      add(
          regex(COMPARISON, starts),
          COMPARISON_FIRST,
          (s, k) -> {
            int i = starts.at[k];
            int length = starts.length(k);
            if (THE.contains(s, i, length)) {
              int next = starts.nextWord(k);
              return next >= 0 && SUPERLATIVES.contains(s, next, Starts.letters(s, next));
            }
            String then = COMPARISON_NEXT.get(s, i, length);
            return then != null && s.regionMatches(true, i + length, then, 0, then.length());
          },
          SpanType.COMPARISON,
          starts,
          from,
          taken,
          spans,
          false);
    }
    sortByStartThenType(spans);
    return spans;
  }

  /** Where a span that starts at {@code i} ends, or -1 when none starts there. */
  private interface SpanMatch {
    int end(String sentence, int i);
  }

  /** A pattern tried with {@code lookingAt} at a position; its matcher is made on first use. */
  private static SpanMatch regex(Pattern pattern, Starts starts) {
    return new SpanMatch() {
      private Matcher m;

      @Override
      public int end(String sentence, int i) {
        if (m == null) {
          m = starts.workspace.matcher(pattern, sentence);
        }
        m.region(i, sentence.length());
        return m.lookingAt() ? m.end() : -1;
      }
    };
  }

  /**
   * The end of a quotation starting at {@code i}, or -1: an opening straight or curly quote, 12 to
   * 400 characters (code points) without any quote mark, and a closing straight or curly quote. By
   * hand because the regular expression {@code [\u201C"]([^\u201C\u201D"]{12,400})[\u201D"]} tested
   * each character of a long quote through a chain of predicates, and backtracked over all of them
   * when no closing quote came; this is what it matches, in one pass.
   */
  static int quoteEnd(String s, int i) {
    char open = s.charAt(i);
    if (open != '"' && open != '\u201C') {
      return -1;
    }
    int n = s.length();
    int p = i + 1;
    int count = 0;
    while (p < n) {
      int c = s.codePointAt(p);
      if (c == '"' || c == '\u201C' || c == '\u201D') {
        break;
      }
      if (++count > 400) {
        return -1;
      }
      p += Character.charCount(c);
    }
    if (count < 12 || p >= n) {
      return -1;
    }
    char close = s.charAt(p);
    return close == '"' || close == '\u201D' ? p + 1 : -1;
  }

  /** What {@link #numberEnd} answers when it leaves the position to the regular expression. */
  static final int UNDECIDED = -2;

  /**
   * The end of the NUMBER match that starts with the digit at {@code i}, or {@link #UNDECIDED} when
   * {@code i} holds no ASCII digit or follows a character for which the pattern's {@code \b} is not
   * plain to decide ('_' or beyond ASCII): the pattern's first alternative, {@code \b(?:NUM)(?:[-
   * ](?:million|billion|trillion))?(?:-\w+)?}, in one pass. Digits are the most common word starts
   * the pattern is tried at; everything after the number is optional, so the first way the number
   * matches is the match and no backtracking is ever needed.
   */
  static int numberEnd(String s, int i) {
    int n = s.length();
    if (i >= n || !isDigit(s.charAt(i))) {
      return UNDECIDED;
    }
    if (i > 0) {
      char before = s.charAt(i - 1);
      if (before >= 0x80 || before == '_') {
        return UNDECIDED;
      }
      if (isAsciiWordChar(before)) {
        return -1; // no word boundary
      }
    }
    int j = i;
    while (j < n && isDigit(s.charAt(j))) {
      j++;
    }
    int p = j;
    // \d{1,3}(?:,\d{3})+ first: at most three digits, then at least one group of ",ddd"
    if (j - i <= 3) {
      int q = j;
      while (q + 3 < n
          && s.charAt(q) == ','
          && isDigit(s.charAt(q + 1))
          && isDigit(s.charAt(q + 2))
          && isDigit(s.charAt(q + 3))) {
        q += 4;
      }
      p = q;
    }
    if (p + 1 < n && s.charAt(p) == '.' && isDigit(s.charAt(p + 1))) {
      p += 2;
      while (p < n && isDigit(s.charAt(p))) {
        p++;
      }
    }
    if (p < n && (s.charAt(p) == '-' || s.charAt(p) == ' ')) {
      int scale = scaleLength(s, p + 1);
      if (scale > 0) {
        p += 1 + scale;
      }
    }
    if (p + 1 < n && s.charAt(p) == '-' && isAsciiWordChar(s.charAt(p + 1))) {
      p += 2;
      while (p < n && isAsciiWordChar(s.charAt(p))) {
        p++;
      }
    }
    return p;
  }

  /** Length of "million", "billion" or "trillion" at {@code i}, ASCII case ignored, or 0. */
  private static int scaleLength(String s, int i) {
    for (String scale : SCALES) {
      if (asciiRegionMatchesIgnoreCase(s, i, scale)) {
        return scale.length();
      }
    }
    return 0;
  }

  private static final String[] SCALES = {"million", "billion", "trillion"};

  /**
   * Whether {@code lower} (ASCII lower case) stands at {@code i}, ignoring ASCII case only, as
   * {@link Pattern#CASE_INSENSITIVE} without UNICODE_CASE does ({@link
   * String#regionMatches(boolean, int, String, int, int)} would also take a dotless ı for an i).
   */
  private static boolean asciiRegionMatchesIgnoreCase(String s, int i, String lower) {
    if (i + lower.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      char c = s.charAt(i + k);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** {@code \w} of a regular expression without UNICODE_CHARACTER_CLASS. */
  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * A necessary condition for a pattern to match at word start number {@code k}: it may say yes
   * where the pattern fails, never no where it matches. Keeps the regex engine away from the many
   * positions where a pattern has no chance.
   */
  private interface StartTest {
    boolean mayMatch(String sentence, int k);
  }

  /**
   * The word starts of a sentence and, measured on first use, the run of ASCII letters at each:
   * every pattern that begins with a word needs that whole run to be one of its words, because a
   * space, '.', '-', '$' or a word boundary follows each of them.
   */
  private static final class Starts {
    final String sentence;
    final Workspace workspace;
    final int[] at;
    final int count;

    /** Length + 1 of the run of ASCII letters at each word start, 0 until measured. */
    private final int[] lengths;

    /** {@link #firstMask} of the character at each word start. */
    final byte[] firsts;

    Starts(String sentence, Workspace workspace) {
      this.sentence = sentence;
      this.workspace = workspace;
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
     * which patterns may start there, returns how many.
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

  /** The characters a pattern's match can start with; ASCII ones found by an array look-up. */
  private static final class FirstChars {
    private final boolean[] ascii = new boolean[128];
    private final String others;

    /** This pattern's bit in {@link Workspace#firsts}. */
    final int bit;

    FirstChars(String chars, int bit) {
      this.bit = bit;
      StringBuilder rest = new StringBuilder();
      for (char c : chars.toCharArray()) {
        if (c < 128) {
          ascii[c] = true;
        } else {
          rest.append(c);
        }
      }
      others = rest.toString();
    }

    boolean contains(char c) {
      return c < 128 ? ascii[c] : others.indexOf(c) >= 0;
    }
  }

  /**
   * A few ASCII words, each with a value, looked up where they stand in a text (start and length)
   * without making a substring: the start tests run at every word start of every sentence.
   */
  private static final class AsciiWords {
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

    static AsciiWords lowerCase(String... words) {
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
     * String#regionMatches(boolean, int, String, int, int)} does, without its Unicode case mapping
     * of each character.
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

  /** Attribution verbs ("said", "pointed out") not already inside a named-source span. */
  private static void addVerbs(String s, int offset, List<ClaimSpan> out) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && !isLetter(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && isLetter(s.charAt(i))) {
        i++;
      }
      String word = verbCandidate(s, start, i);
      if (word == null) {
        continue;
      }
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

  /** {@link Character#isLetter(char)}, with ASCII decided without a table look-up. */
  private static boolean isLetter(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c);
  }

  /**
   * The word {@code s[start, end)} lower-cased when it may be an attribution verb or "pointed",
   * otherwise null. Most words are ruled out by their length or, when they are ASCII, looked up
   * where they stand; only other words are lower-cased as a whole (a dotted capital I lengthens a
   * word, and such a word is never a verb).
   */
  private static String verbCandidate(String s, int start, int end) {
    int length = end - start;
    if (length < 4 || length > 12) {
      return null;
    }
    for (int i = start; i < end; i++) {
      if (s.charAt(i) >= 128) {
        return s.substring(start, end).toLowerCase(Locale.ROOT);
      }
    }
    return VERBS.get(s, start, length);
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
   * first} and that pass {@code test} (null: no further test): equivalent to {@code find()} for
   * these word-initial patterns, and several times faster because Java tries every alternative at
   * every position otherwise.
   */
  private static void add(
      SpanMatch match,
      FirstChars first,
      StartTest test,
      SpanType type,
      Starts starts,
      int offset,
      boolean[] taken,
      List<ClaimSpan> out,
      boolean exclusive) {
    String s = starts.sentence;
    int next = 0;
    for (int k = 0; k < starts.count; k++) {
      int i = starts.at[k];
      if (i < next
          || (starts.firsts[k] & first.bit) == 0
          || (test != null && !test.mayMatch(s, k))) {
        continue;
      }
      int end = match.end(s, i);
      if (end <= i) {
        continue;
      }
      next = end;
      while (end > i && s.charAt(end - 1) == ' ') {
        end--;
      }
      if (end <= i || overlaps(taken, i, end)) {
        continue;
      }
      if (exclusive) {
        for (int j = i; j < end; j++) {
          taken[j] = true;
        }
      }
      out.add(new ClaimSpan(type, s.substring(i, end), offset + i, offset + end));
    }
  }

  /**
   * Whether a PERCENT match can start at {@code i}: the number (digits, commas, points) must be
   * followed, after at most one white-space character, by '%' or a 'p' of "percent"/"per cent".
   */
  private static boolean percentCanFollow(String s, int i) {
    int j = i;
    while (j < s.length() && (isDigit(s.charAt(j)) || s.charAt(j) == ',' || s.charAt(j) == '.')) {
      j++;
    }
    if (j < s.length() && isRegexSpace(s.charAt(j))) {
      j++;
    }
    if (j >= s.length()) {
      return false;
    }
    char c = s.charAt(j);
    return c == '%' || c == 'p' || c == 'P';
  }

  /**
   * Whether a DATE match can start at the digit at {@code i}: four digits and a '-' (2025-03-01),
   * or one or two digits, an optional ordinal suffix, a space and "of" or a month's capital.
   */
  private static boolean dateCanStartWithDigits(String s, int i) {
    int n = s.length();
    int j = i;
    while (j < n && isDigit(s.charAt(j))) {
      j++;
    }
    int digits = j - i;
    if (digits == 4) {
      return j < n && s.charAt(j) == '-';
    }
    if (digits > 2) {
      return false;
    }
    if (j + 2 < n
        && (s.startsWith("st", j)
            || s.startsWith("nd", j)
            || s.startsWith("rd", j)
            || s.startsWith("th", j))
        && s.charAt(j + 2) == ' ') {
      j += 2;
    }
    return j + 1 < n && s.charAt(j) == ' ' && "JFMASONDo".indexOf(s.charAt(j + 1)) >= 0;
  }

  /**
   * Whether a DATE match can start with the ASCII word {@code s[i, i + length)}: a month or a
   * weekday; a preposition before a space and a year, month or "early"/"late"/"mid-"; "on" before a
   * weekday; "last", "next" or "this" before a weekday or week, month, year or quarter.
   */
  private static boolean dateCanStartWithWord(String s, int i, int length) {
    String follows = DATE_START.get(s, i, length);
    if (follows == null) {
      return false;
    }
    if (follows.isEmpty()) {
      return true;
    }
    int j = i + length;
    return j + 1 < s.length() && s.charAt(j) == ' ' && follows.indexOf(s.charAt(j + 1)) >= 0;
  }

  /** {@code \s} of a regular expression without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Stable sort by start, then type. The spans come in runs (one per type, each in order), which a
   * sort of one long per span, packing start, type and position in the list, orders without
   * comparing objects.
   */
  private static void sortByStartThenType(List<ClaimSpan> spans) {
    int n = spans.size();
    if (n < 2) {
      return;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      ClaimSpan span = spans.get(i);
      keys[i] = (long) span.start() << 32 | (long) span.type().ordinal() << 24 | i;
    }
    Arrays.sort(keys);
    ClaimSpan[] sorted = new ClaimSpan[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = spans.get((int) (keys[i] & 0xFFFFFF));
    }
    for (int i = 0; i < n; i++) {
      spans.set(i, sorted[i]);
    }
  }

  private static boolean isDigit(char c) {
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
