package org.factdesk.analysis.claim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One span type as {@link SpanFinder} finds it: the plain pattern that defines its spans, and the
 * cheap tests that keep the pattern away from sentences and positions where it cannot match. Each
 * rule holds its own words, once: the keywords of the sentence prefilter, the words a match can
 * start with, and (where the pattern is built from them) the pattern's alternatives.
 *
 * <p>A rule may drop some of its pattern's matches ({@link #keeps}): the numeric rules drop the
 * digits of names ("COVID-19", decision 0075), in the fast path and the plain one alike.
 *
 * <p>The tests only ever rule out what the pattern cannot match: {@link #runs} must be true for
 * every sentence with a match, {@link #mayStartAt} for every word start where one begins, and
 * {@link #end} must answer as the pattern does. SpanFinderFastPathTest checks that over the test
 * corpora; keep the tests in step when a pattern changes.
 */
abstract class SpanRule {
  static final String DIGITS = "0123456789";

  private static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
          + "|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
  private static final String SCALE = "(?:[- ]?(?:million|billion|trillion|bn|mn|m|k)\\b)?";
  private static final String NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

  final SpanType type;

  /** The plain pattern: the spans of this type are its matches at word starts. */
  final Pattern pattern;

  /** Characters a match can start with; other word starts are never tried. */
  final FirstChars first;

  /** Whether the span's characters are taken from the types that come after it. */
  final boolean exclusive;

  /** Lower-case words of which a sentence must contain one for {@link #runs}; may be empty. */
  final String[] keywords;

  /** This rule's bit in {@link SpanFinder}'s keyword scan, 0 without keywords. */
  int keywordBit;

  /** This rule's place in {@link SpanFinder}'s order, which is also its first-character bit. */
  int index;

  SpanRule(
      SpanType type, Pattern pattern, String firstChars, boolean exclusive, String... keywords) {
    this.type = type;
    this.pattern = pattern;
    this.first = new FirstChars(firstChars);
    this.exclusive = exclusive;
    this.keywords = keywords;
  }

  /** Whether the sentence has one of this rule's keywords (a lower-cased substring). */
  final boolean hasKeyword(int keywordsFound) {
    return (keywordsFound & keywordBit) != 0;
  }

  /**
   * Whether the pattern can match the sentence at all.
   *
   * @param digits whether the sentence holds an ASCII digit
   * @param keywordsFound the keyword bits of the sentence, see {@link #hasKeyword}
   */
  abstract boolean runs(String sentence, boolean digits, int keywordsFound);

  /** Whether a match may begin at word start {@code k}; never false where one does. */
  boolean mayStartAt(SpanFinder.Starts starts, int k) {
    return true;
  }

  /** Where the span that starts at {@code i} ends, or -1 when none starts there. */
  int end(SpanFinder.Starts starts, int i) {
    return starts.lookingAt(this, i);
  }

  /**
   * Whether the match {@code s[start, end)} is kept as a span. The numeric rules drop the digits of
   * a name ({@link NameDigits}); the others keep every match.
   */
  boolean keeps(String s, int start, int end) {
    return true;
  }

  /** Spans found otherwise than at word starts, added after this rule's matches. */
  void addMore(String sentence, int offset, List<FoundSpan> out) {}

  @SafeVarargs
  static String[] words(List<String>... lists) {
    List<String> all = new ArrayList<>();
    for (List<String> list : lists) {
      all.addAll(list);
    }
    return all.toArray(new String[0]);
  }

  /** "$1.2 billion", "300 euros". */
  static final class Money extends SpanRule {
    /** Currency words the second alternative needs after a number (its keywords, too). */
    private static final List<String> CURRENCIES =
        List.of("dollars", "euros", "pounds", "yuan", "yen", "rupees", "usd", "eur", "gbp", "cny");

    Money() {
      super(
          SpanType.MONEY,
          Pattern.compile(
              "(?:US\\$|[$€£¥])\\s?(?:"
                  + NUM
                  + ")"
                  + SCALE
                  + "|\\b(?:"
                  + NUM
                  + ")(?:[- ](?:million|billion|trillion))?\\s?"
                  + "(?:"
                  + String.join("|", CURRENCIES)
                  + ")\\b",
              Pattern.CASE_INSENSITIVE),
          DIGITS + "$€£¥U",
          true,
          CURRENCIES.toArray(new String[0]));
    }

    @Override
    boolean keeps(String s, int start, int end) {
      return !NameDigits.partOfName(s, start, end);
    }

    @Override
    boolean runs(String sentence, boolean digits, int keywordsFound) {
      return digits;
    }

    @Override
    boolean mayStartAt(SpanFinder.Starts starts, int k) {
      String s = starts.sentence;
      int i = starts.at[k];
      char c = s.charAt(i);
      if (SpanFinder.isDigit(c)) {
        return hasKeyword(starts.keywords); // a number before a currency word
      }
      return c != 'U' || s.regionMatches(true, i + 1, "S$", 0, 2);
    }
  }

  /** "12%", "3.5 percentage points". */
  static final class Percent extends SpanRule {
    Percent() {
      super(
          SpanType.PERCENT,
          Pattern.compile(
              "\\b(?:" + NUM + ")\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b)",
              Pattern.CASE_INSENSITIVE),
          DIGITS,
          true,
          "per");
    }

    @Override
    boolean keeps(String s, int start, int end) {
      return !NameDigits.partOfName(s, start, end);
    }

    @Override
    boolean runs(String sentence, boolean digits, int keywordsFound) {
      return digits && (sentence.indexOf('%') >= 0 || hasKeyword(keywordsFound));
    }

    /**
     * The number (digits, commas, points) must be followed, after at most one white-space
     * character, by '%' or a 'p' of "percent"/"per cent".
     */
    @Override
    boolean mayStartAt(SpanFinder.Starts starts, int k) {
      String s = starts.sentence;
      int j = starts.at[k];
      while (j < s.length()
          && (SpanFinder.isDigit(s.charAt(j)) || s.charAt(j) == ',' || s.charAt(j) == '.')) {
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

    /** {@code \s} of a regular expression without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
  }

  /** "March 3, 2025", "in 2024", "last week", "on Monday". */
  static final class Date extends SpanRule {
    /**
     * What a DATE match without digits contains (a weekday's "day", a relative word before "week",
     * "month", …); the month abbreviations only ever come with digits.
     */
    private static final String[] KEYWORDS = {
      "day", "last ", "next ", "this ", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
      "sep", "oct", "nov", "dec"
    };

    /**
     * Words a match can begin with when it begins with a letter (case as in the pattern, which is
     * case-sensitive), each with the characters that may follow it after a space ("": anything).
     * "Sepember" is no typo: {@code Sept?(?:ember)?} accepts it.
     */
    private static final AsciiWords START = start();

    private static AsciiWords start() {
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

    Date() {
      super(
          SpanType.DATE,
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
                  + " (?:week|month|year|quarter)\\b"),
          DIGITS + "JFMASONDTWisbufdoalnt",
          true,
          KEYWORDS);
    }

    @Override
    boolean keeps(String s, int start, int end) {
      return !NameDigits.partOfName(s, start, end);
    }

    @Override
    boolean runs(String sentence, boolean digits, int keywordsFound) {
      return digits || hasKeyword(keywordsFound);
    }

    @Override
    boolean mayStartAt(SpanFinder.Starts starts, int k) {
      String s = starts.sentence;
      int i = starts.at[k];
      return SpanFinder.isDigit(s.charAt(i))
          ? canStartWithDigits(s, i)
          : canStartWithWord(s, i, starts.length(k));
    }

    /**
     * Four digits and a '-' (2025-03-01), or one or two digits, an optional ordinal suffix, a space
     * and "of" or a month's capital.
     */
    private static boolean canStartWithDigits(String s, int i) {
      int n = s.length();
      int j = i;
      while (j < n && SpanFinder.isDigit(s.charAt(j))) {
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

    /** The ASCII word {@code s[i, i + length)} is in {@link #START}, followed as it allows. */
    private static boolean canStartWithWord(String s, int i, int length) {
      String follows = START.get(s, i, length);
      if (follows == null) {
        return false;
      }
      if (follows.isEmpty()) {
        return true;
      }
      int j = i + length;
      return j + 1 < s.length() && s.charAt(j) == ' ' && follows.indexOf(s.charAt(j + 1)) >= 0;
    }
  }

  /** "1,200", "3.5 million", "dozens of". */
  static final class Number extends SpanRule {
    /** Package-private for {@code NumberEndTest}, which checks {@link #numberEnd} against it. */
    static final Pattern PATTERN =
        Pattern.compile(
            "\\b(?:"
                + NUM
                + ")(?:[- ](?:million|billion|trillion))?(?:-\\w+)?"
                + "|\\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?|millions?|billions?)\\b(?="
                + " (?:of )?\\w)",
            Pattern.CASE_INSENSITIVE);

    /** Lower-case words a match can begin with when it begins with a letter (its keywords, too). */
    private static final List<String> WORDS =
        List.of(
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

    private static final AsciiWords START = AsciiWords.lowerCase(WORDS);

    Number() {
      super(
          SpanType.NUMBER,
          PATTERN,
          DIGITS + "tfsendhmbTFSENDHMB",
          true,
          WORDS.toArray(new String[0]));
    }

    @Override
    boolean keeps(String s, int start, int end) {
      return !NameDigits.partOfName(s, start, end);
    }

    @Override
    boolean runs(String sentence, boolean digits, int keywordsFound) {
      return digits || hasKeyword(keywordsFound);
    }

    @Override
    boolean mayStartAt(SpanFinder.Starts starts, int k) {
      String s = starts.sentence;
      int i = starts.at[k];
      return SpanFinder.isDigit(s.charAt(i)) || START.contains(s, i, starts.length(k));
    }

    @Override
    int end(SpanFinder.Starts starts, int i) {
      int end = numberEnd(starts.sentence, i);
      return end == UNDECIDED ? starts.lookingAt(this, i) : end;
    }

    /** What {@link #numberEnd} answers when it leaves the position to the regular expression. */
    static final int UNDECIDED = -2;

    private static final String[] SCALES = {"million", "billion", "trillion"};

    /**
     * The end of the match that starts with the digit at {@code i}, or {@link #UNDECIDED} when
     * {@code i} holds no ASCII digit or follows a character for which the pattern's {@code \b} is
     * not plain to decide ('_' or beyond ASCII): the pattern's first alternative, {@code
     * \b(?:NUM)(?:[- ](?:million|billion|trillion))?(?:-\w+)?}, in one pass. Digits are the most
     * common word starts the pattern is tried at; everything after the number is optional, so the
     * first way the number matches is the match and no backtracking is ever needed.
     */
    static int numberEnd(String s, int i) {
      int n = s.length();
      if (i >= n || !SpanFinder.isDigit(s.charAt(i))) {
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
      while (j < n && SpanFinder.isDigit(s.charAt(j))) {
        j++;
      }
      int p = j;
      // \d{1,3}(?:,\d{3})+ first: at most three digits, then at least one group of ",ddd"
      if (j - i <= 3) {
        int q = j;
        while (q + 3 < n
            && s.charAt(q) == ','
            && SpanFinder.isDigit(s.charAt(q + 1))
            && SpanFinder.isDigit(s.charAt(q + 2))
            && SpanFinder.isDigit(s.charAt(q + 3))) {
          q += 4;
        }
        p = q;
      }
      if (p + 1 < n && s.charAt(p) == '.' && SpanFinder.isDigit(s.charAt(p + 1))) {
        p += 2;
        while (p < n && SpanFinder.isDigit(s.charAt(p))) {
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
  }

  /**
   * Named sources ("according to X", "a spokesperson from the Ministry of …") and attribution verbs
   * ("said", "pointed out") outside them.
   */
  static final class Source extends SpanRule {
    /** Titles of the second alternative ("a spokesperson from …"), lower case. */
    private static final List<String> ROLES =
        List.of(
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "representative",
            "official",
            "minister",
            "secretary");

    /** Verbs of attribution, looked up word by word rather than by an alternation regex. */
    static final Set<String> VERBS =
        Collections.unmodifiableSet(
            new LinkedHashSet<>(
                List.of(
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
                    "predicted")));

    /** "pointed" counts only before " out". */
    private static final String POINTED = "pointed";

    /** The verbs and "pointed" as ASCII words, each its own value, for {@link #verbCandidate}. */
    private static final AsciiWords VERB_WORDS = verbWords();

    private static AsciiWords verbWords() {
      Map<String, String> words = new HashMap<>();
      for (String verb : VERBS) {
        words.put(verb, verb);
      }
      words.put(POINTED, POINTED);
      return new AsciiWords(words, true);
    }

    private static final AsciiWords ROLE_WORDS = AsciiWords.lowerCase(ROLES);
    private static final AsciiWords ARTICLES = AsciiWords.lowerCase(List.of("a", "an", "the"));
    private static final AsciiWords ACCORDING = new AsciiWords(Map.of("according", ""), false);

    Source() {
      super(
          SpanType.SOURCE,
          Pattern.compile(
              "\\baccording to (?:the |a |an )?(?:[\\p{Lu}][\\p{L}.'\u2019-]*\\s?){1,6}|\\baccording"
                  + " to\\b|\\b(?i:an? |the )?(?i:"
                  + String.join("|", ROLES)
                  + ") (?:from|for|of|at) (?:the )?(?:[\\p{Lu}][\\p{L}.'\u2019-]*\\s?(?:of |and |for"
                  + " )?){1,6}"),
          "atsromATSROM",
          false,
          words(ROLES, List.of("according", POINTED + " out"), List.copyOf(VERBS)));
    }

    @Override
    boolean runs(String sentence, boolean digits, int keywordsFound) {
      return hasKeyword(keywordsFound);
    }

    @Override
    boolean mayStartAt(SpanFinder.Starts starts, int k) {
      String s = starts.sentence;
      int i = starts.at[k];
      int length = starts.length(k);
      if (ROLE_WORDS.contains(s, i, length) || ACCORDING.contains(s, i, length)) {
        return true;
      }
      int next = starts.nextWord(k);
      return ARTICLES.contains(s, i, length)
          && next >= 0
          && ROLE_WORDS.contains(s, next, SpanFinder.Starts.letters(s, next));
    }

    /** Attribution verbs not already inside a named-source span. */
    @Override
    void addMore(String s, int offset, List<FoundSpan> out) {
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
        if (word != null) {
          addVerb(s, offset, start, i, word, out);
        }
      }
    }

    /**
     * The plain form of {@link #addMore}: every maximal run of letters, lower-cased as a whole,
     * looked up in {@link #VERBS}.
     */
    static void addVerbsPlain(String s, int offset, List<FoundSpan> out) {
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
        if (i > start) {
          addVerb(
              s, offset, start, i, s.substring(start, i).toLowerCase(java.util.Locale.ROOT), out);
        }
      }
    }

    private static void addVerb(
        String s, int offset, int start, int i, String word, List<FoundSpan> out) {
      int n = s.length();
      int end = i;
      if (word.equals(POINTED)
          && s.startsWith(" out", i)
          && (i + 4 == n || !Character.isLetter(s.charAt(i + 4)))) {
        end = i + 4;
      } else if (!VERBS.contains(word)) {
        return;
      }
      for (FoundSpan span : out) {
        if (span.type() == SpanType.SOURCE
            && span.start() <= offset + start
            && offset + end <= span.end()) {
          return;
        }
      }
      out.add(
          new FoundSpan(SpanType.SOURCE, s.substring(start, end), offset + start, offset + end));
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
          return s.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        }
      }
      return VERB_WORDS.get(s, start, length);
    }
  }

  /** A quotation of 12 to 400 characters between straight or curly quotes. */
  static final class Quote extends SpanRule {
    Quote() {
      super(
          SpanType.QUOTE,
          Pattern.compile("[\u201C\"]([^\u201C\u201D\"]{12,400})[\u201D\"]"),
          "\"\u201C",
          false);
    }

    @Override
    boolean runs(String sentence, boolean digits, int keywordsFound) {
      return sentence.indexOf('"') >= 0 || sentence.indexOf('\u201C') >= 0;
    }

    @Override
    int end(SpanFinder.Starts starts, int i) {
      return quoteEnd(starts.sentence, i);
    }

    /**
     * The end of a quotation starting at {@code i}, or -1: an opening straight or curly quote, 12
     * to 400 characters (code points) without any quote mark, and a closing straight or curly
     * quote. By hand because the pattern tested each character of a long quote through a chain of
     * predicates, and backtracked over all of them when no closing quote came; this is what it
     * matches, in one pass.
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
  }

  /** "more than", "at least 40", "the largest", "rose by". */
  static final class Comparison extends SpanRule {
    private static final List<String> SUPERLATIVES =
        List.of("largest", "biggest", "highest", "lowest", "smallest", "first", "most");

    /** What a match contains: the phrases of the pattern ("the " + each superlative, too). */
    private static final List<String> PHRASES =
        List.of(
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
            " by");

    /**
     * Lower-case words a match can begin with, each with what must follow it ("more" only counts
     * before " than"); "the" is handled apart, before a superlative.
     */
    private static final AsciiWords NEXT = next();

    private static final AsciiWords THE = AsciiWords.lowerCase(List.of("the"));
    private static final AsciiWords SUPERLATIVE_WORDS = AsciiWords.lowerCase(SUPERLATIVES);

    private static AsciiWords next() {
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

    Comparison() {
      super(
          SpanType.COMPARISON,
          Pattern.compile(
              "\\b(?:more|less|fewer|higher|lower|greater|larger|smaller|bigger|faster|slower|cheaper)"
                  + " than\\b|\\b(?:compared (?:with|to)|as much as|as many as|at least|at most|up"
                  + " to|over|nearly|almost)(?= (?:\\$|€|£)?\\d|"
                  + " (?:two|three|four|five|six|seven|eight|nine|ten|a dozen|a hundred|a"
                  + " thousand)\\b)|\\b(?:record(?:-high|-low)?|all-time high|all-time"
                  + " low|doubled|tripled|halved|quadrupled|the"
                  + " (?:"
                  + String.join("|", SUPERLATIVES)
                  + ")|(?:rose|fell|grew|jumped|dropped|climbed|declined|increased|decreased|surged|plunged)"
                  + " by)\\b",
              Pattern.CASE_INSENSITIVE),
          "mlfhgsbcauonrdtjpiMLFHGSBCAUONRDTJPI",
          false,
          words(PHRASES, SUPERLATIVES.stream().map(s -> "the " + s).toList()));
    }

    @Override
    boolean runs(String sentence, boolean digits, int keywordsFound) {
      return hasKeyword(keywordsFound);
    }

    @Override
    boolean mayStartAt(SpanFinder.Starts starts, int k) {
      String s = starts.sentence;
      int i = starts.at[k];
      int length = starts.length(k);
      if (THE.contains(s, i, length)) {
        int next = starts.nextWord(k);
        return next >= 0 && SUPERLATIVE_WORDS.contains(s, next, SpanFinder.Starts.letters(s, next));
      }
      String then = NEXT.get(s, i, length);
      return then != null && s.regionMatches(true, i + length, then, 0, then.length());
    }
  }
}
