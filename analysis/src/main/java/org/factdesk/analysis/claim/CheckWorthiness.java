package org.factdesk.analysis.claim;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * How worth checking a sentence is, learnt from public labelled data (the ClaimBuster sentences of
 * U.S. presidential debates and the claims annotated in the NewsClaims news articles, decisions
 * 0014, 0049 and 0075, trained by {@code org.factdesk.analysis.train.TrainCheckWorthiness} in
 * analysis-tools): a logistic regression over the sentence's words and word pairs, its typed
 * evidence spans ({@link SpanFinder}), its length, whether it asks a question, and how many
 * capitalised words (names) it holds. Words with digits count as one word, "&lt;n&gt;", so the
 * model learns "in &lt;n&gt;" rather than years one by one.
 *
 * <p>Scoring builds no strings: words are hashed as they are read and looked up in an open-address
 * table of the model's features, hashed the same way when the model is loaded. {@link
 * #features(String, List, Consumer)} spells the same features out as strings for the trainer; the
 * two paths share the tokenizer, so they cannot drift apart. Immutable and thread-safe.
 *
 * <p>The text form, line by line: {@code factdesk-logistic 1}, {@code version NAME}, {@code
 * threshold P} (the probability from which a sentence is a candidate, chosen by the trainer on
 * held-out data), {@code bias B}, {@code features N}, then N lines {@code WEIGHT<TAB>FEATURE}.
 */
public final class CheckWorthiness {
  /** The model the engine ships. */
  public static final String RESOURCE = "org/factdesk/analysis/model/check-worthiness-v3.txt";

  private static final String NUMBER_WORD = "<n>";
  private static final String START = "^";

  private static final class Shipped {
    static final CheckWorthiness MODEL = load(RESOURCE);
  }

  private final String version;
  private final double threshold;
  private final double bias;
  private final int featureCount;

  /** Open addressing, key and weight side by side: slot i at 2i (key) and 2i + 1 (weight). */
  private final long[] table;

  private final int mask;

  private CheckWorthiness(
      String version, double threshold, double bias, int featureCount, long[] table) {
    this.version = version;
    this.threshold = threshold;
    this.bias = bias;
    this.featureCount = featureCount;
    this.table = table;
    this.mask = table.length / 2 - 1;
  }

  /** The shipped model, read once. */
  public static CheckWorthiness shipped() {
    return Shipped.MODEL;
  }

  /** Reads a model shipped as a class-path resource; a missing or broken one is a build defect. */
  public static CheckWorthiness load(String resource) {
    return LogisticText.load(resource, CheckWorthiness::parse);
  }

  /** Reads the text form; a malformed model is refused naming the line. */
  public static CheckWorthiness parse(Reader reader) throws IOException {
    LogisticText.Model model = LogisticText.read(reader);
    int n = model.weights().size();
    // a load of at most 3/4: short probes, and a table that stays small in the cache
    int capacity = Integer.highestOneBit(Math.max(4, n + n / 3)) << 1;
    long[] table = new long[2 * capacity];
    for (LogisticText.Weight w : model.weights()) {
      long key = keyOf(w.feature());
      int slot = (int) key & (capacity - 1);
      while (table[2 * slot] != 0 && table[2 * slot] != key) {
        slot = (slot + 1) & (capacity - 1);
      }
      if (table[2 * slot] == key) {
        throw LogisticText.error(w.line(), "feature listed twice: " + w.feature());
      }
      table[2 * slot] = key;
      try {
        table[2 * slot + 1] = Double.doubleToRawLongBits(Float.parseFloat(w.weight()));
      } catch (NumberFormatException e) {
        throw LogisticText.error(w.line(), "not a number: " + e.getMessage());
      }
    }
    return new CheckWorthiness(model.version(), model.threshold(), model.bias(), n, table);
  }

  public String version() {
    return version;
  }

  /** The probability from which a sentence is a claim candidate. */
  public double threshold() {
    return threshold;
  }

  /** The probability that {@code sentence}, whose spans are {@code spans}, is worth checking. */
  public double probability(String sentence, List<FoundSpan> spans) {
    Scorer scorer = new Scorer();
    Counts counts = tokenize(sentence, scorer);
    double margin = bias + scorer.sum + spanWeights(spans) + shapeWeights(sentence, counts);
    return 1 / (1 + Math.exp(-margin));
  }

  /**
   * Every feature of a sentence as the model names it, once per occurrence, in a fixed order: the
   * trainer's view of what {@link #probability} reads.
   */
  public static void features(String sentence, List<FoundSpan> spans, Consumer<String> out) {
    for (String f : spanFeatures(spans)) {
      out.accept(f);
    }
    Counts counts = tokenize(sentence, new Namer(out));
    for (String f : shapeFeatures(sentence, counts)) {
      out.accept(f);
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "%s (%d features, threshold %.3f)", version, featureCount, threshold);
  }

  // --- the features ------------------------------------------------------------------------

  private static final SpanType[] TYPES = SpanType.values();
  private static final String[] SPAN_NAMES = new String[TYPES.length];
  private static final long[] SPAN_KEYS = new long[TYPES.length];
  private static final String NUMERIC2 = "@numeric2";
  private static final long NUMERIC2_KEY = keyOf(NUMERIC2);
  private static final String QUESTION = "#question";
  private static final long QUESTION_KEY = keyOf(QUESTION);
  private static final String[] LENGTH_NAMES = {
    "#len:0-5", "#len:6-10", "#len:11-20", "#len:21-35", "#len:36+"
  };
  private static final long[] LENGTH_KEYS = keysOf(LENGTH_NAMES);
  private static final String[] CAPS_NAMES = {"#caps:0", "#caps:1", "#caps:2-3", "#caps:4+"};
  private static final long[] CAPS_KEYS = keysOf(CAPS_NAMES);

  static {
    for (SpanType t : TYPES) {
      SPAN_NAMES[t.ordinal()] = "@" + t.name();
      SPAN_KEYS[t.ordinal()] = keyOf(SPAN_NAMES[t.ordinal()]);
    }
  }

  private static long[] keysOf(String[] names) {
    long[] keys = new long[names.length];
    for (int i = 0; i < names.length; i++) {
      keys[i] = keyOf(names[i]);
    }
    return keys;
  }

  private static List<String> spanFeatures(List<FoundSpan> spans) {
    List<String> out = new ArrayList<>(spans.size() + 1);
    int numeric = 0;
    for (FoundSpan span : spans) {
      out.add(SPAN_NAMES[span.type().ordinal()]);
      numeric += isNumeric(span.type()) ? 1 : 0;
    }
    if (numeric >= 2) {
      out.add(NUMERIC2);
    }
    return out;
  }

  private static List<String> shapeFeatures(String sentence, Counts counts) {
    List<String> out = new ArrayList<>(3);
    out.add(LENGTH_NAMES[lengthBucket(counts.words)]);
    out.add(CAPS_NAMES[capsBucket(counts.capitalised)]);
    if (isQuestion(sentence)) {
      out.add(QUESTION);
    }
    return out;
  }

  private static boolean isNumeric(SpanType t) {
    return t == SpanType.NUMBER || t == SpanType.PERCENT || t == SpanType.MONEY;
  }

  private static int lengthBucket(int words) {
    if (words <= 5) {
      return 0;
    } else if (words <= 10) {
      return 1;
    } else if (words <= 20) {
      return 2;
    }
    return words <= 35 ? 3 : 4;
  }

  /** Capitalised words after the first: none, one, two or three, four or more (names). */
  private static int capsBucket(int capitalised) {
    return capitalised <= 1 ? capitalised : capitalised <= 3 ? 2 : 3;
  }

  private static boolean isQuestion(String sentence) {
    for (int i = sentence.length() - 1; i >= 0; i--) {
      char c = sentence.charAt(i);
      if (!Character.isWhitespace(c) && c != '"' && c != '\u201D' && c != '\'' && c != ')') {
        return c == '?';
      }
    }
    return false;
  }

  private double spanWeights(List<FoundSpan> spans) {
    double sum = 0;
    int numeric = 0;
    for (FoundSpan span : spans) {
      sum += weight(SPAN_KEYS[span.type().ordinal()]);
      numeric += isNumeric(span.type()) ? 1 : 0;
    }
    if (numeric >= 2) {
      sum += weight(NUMERIC2_KEY);
    }
    return sum;
  }

  private double shapeWeights(String sentence, Counts counts) {
    double sum = weight(LENGTH_KEYS[lengthBucket(counts.words)]);
    sum += weight(CAPS_KEYS[capsBucket(counts.capitalised)]);
    if (isQuestion(sentence)) {
      sum += weight(QUESTION_KEY);
    }
    return sum;
  }

  private double weight(long key) {
    int slot = (int) key & mask;
    while (true) {
      long k = table[2 * slot];
      if (k == key) {
        return Double.longBitsToDouble(table[2 * slot + 1]);
      }
      if (k == 0) {
        return 0;
      }
      slot = (slot + 1) & mask;
    }
  }

  // --- the tokenizer, shared by both paths -------------------------------------------------

  /** What the tokenizer counts besides the words it hands on. */
  private static final class Counts {
    int words;
    int capitalised;
  }

  /** Receives each word: its range in the sentence and whether it holds a digit. */
  private interface WordSink {
    void word(String s, int start, int end, boolean number);
  }

  /**
   * Words: runs of letters and digits; an apostrophe between letters stays inside a word ("don't"),
   * a comma or point between digits inside a number ("3,000", "12.5"). Every other character
   * separates words.
   */
  private static Counts tokenize(String s, WordSink sink) {
    Counts counts = new Counts();
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (!isLetterOrDigit(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean number = false;
      while (i < n) {
        c = s.charAt(i);
        if (isLetterOrDigit(c)) {
          number |= c < 128 ? c <= '9' : Character.isDigit(c);
          i++;
        } else if ((c == '\'' || c == '\u2019')
            && i + 1 < n
            && isLetter(s.charAt(i + 1))
            && isLetter(s.charAt(i - 1))) {
          i++;
        } else if ((c == ',' || c == '.')
            && i + 1 < n
            && isAsciiDigit(s.charAt(i + 1))
            && isAsciiDigit(s.charAt(i - 1))) {
          i++;
        } else {
          break;
        }
      }
      char first = s.charAt(start);
      if (counts.words > 0
          && (first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first))) {
        counts.capitalised++;
      }
      counts.words++;
      sink.word(s, start, i, number);
    }
    return counts;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@link Character#isLetterOrDigit(char)}, ASCII answered without a table look-up. */
  private static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  private static boolean isLetter(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    return Character.isLetter(c);
  }

  private static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return c == '\u2019' ? '\'' : Character.toLowerCase(c);
  }

  /** Hashes each word and pair of words and adds up their weights. */
  private final class Scorer implements WordSink {
    double sum;
    long previous = START_KEY;

    @Override
    public void word(String s, int start, int end, boolean number) {
      long h;
      if (number) {
        h = NUMBER_HASH;
      } else {
        h = FNV_OFFSET;
        for (int i = start; i < end; i++) {
          h = (h ^ fold(s.charAt(i))) * FNV_PRIME;
        }
      }
      sum += weight(mix(h));
      sum += weight(pair(previous, h));
      previous = h;
    }
  }

  /** Names each word and pair of words for the trainer. */
  private static final class Namer implements WordSink {
    private final Consumer<String> out;
    private String previous = START;

    Namer(Consumer<String> out) {
      this.out = out;
    }

    @Override
    public void word(String s, int start, int end, boolean number) {
      String w;
      if (number) {
        w = NUMBER_WORD;
      } else {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
          b.append(fold(s.charAt(i)));
        }
        w = b.toString();
      }
      out.accept(w);
      out.accept(previous + " " + w);
      previous = w;
    }
  }

  // --- hashing: a feature's name and the scorer's word ranges give the same key ------------

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  private static final long NUMBER_HASH = fnv(NUMBER_WORD);
  private static final long START_KEY = fnv(START);

  private static long fnv(String s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return h;
  }

  /** The table key of a feature named as {@link #features} names it. */
  private static long keyOf(String feature) {
    int space = feature.indexOf(' ');
    if (space > 0) {
      return pair(fnv(feature.substring(0, space)), fnv(feature.substring(space + 1)));
    }
    return mix(fnv(feature));
  }

  private static long pair(long first, long second) {
    return mix(first * 0x9E3779B97F4A7C15L + second);
  }

  /** SplitMix64's finaliser; 0 is the table's empty slot, so it is moved. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    z = z ^ (z >>> 31);
    return z == 0 ? 1 : z;
  }
}
