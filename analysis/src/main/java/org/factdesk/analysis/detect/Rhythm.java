package org.factdesk.analysis.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.analysis.text.KeywordScanner;
import org.factdesk.analysis.text.WordIds;

/**
 * Line model v5's features (decision 0052): what a page's furniture looks like when no label
 * announces it. A comment thread is a rhythm of short header lines (a name, a date, a time, "says",
 * "Reply") each followed by prose; an archive of teasers is prose lines each followed by a date or
 * "read more"; a gallery is lines of photo credits and captions. And of two runs of prose, the post
 * is more often the one that shares words with the title and has no such rhythm inside it.
 */
final class Rhythm {
  private Rhythm() {}

  /** Words of photo captions and credits. */
  private static final String[] CAPTION = {
    "photo",
    "caption",
    "image",
    "credit",
    "getty",
    "reuters",
    "afp",
    "(ap)",
    "/ap",
    "courtesy",
    "pictured",
    "illustration",
    "enlarge",
    " slide"
  };

  /** Words of readers' views and forum posts. */
  private static final String[] READERS = {
    "your view",
    "readers",
    "have your say",
    "what do you think",
    "your comment",
    "join the",
    "discussion",
    "conversation",
    "said...",
    "said:",
    "wrote:",
    "says:",
    "anonymous",
    "guest",
    "recommend",
    "flag ",
    "like this",
    "thumbs",
    " points",
    "member",
    "joined",
    "posts:",
    "quote"
  };

  private static final KeywordScanner SCANNER = new KeywordScanner(List.of(CAPTION, READERS));

  /** A line of this many words or more is prose for the rhythms. */
  static final int PROSE_WORDS = 10;

  /** A header or date line has at most this many words. */
  static final int HEADER_WORDS = 15;

  /** Lines either side that the rhythm counts look at. */
  static final int WINDOW = 10;

  /** Header cues this many lines apart or closer belong to one thread. */
  static final int THREAD_GAP = 15;

  /** Header cues a thread needs. */
  static final int THREAD_CUES = 3;

  private static final int WORDS = 1;
  private static final int TIME = LineFeatures.Keyword.TIME.ordinal();
  private static final int COMMENTS = LineFeatures.Keyword.COMMENTS.ordinal();
  private static final int MORE = LineFeatures.Keyword.MORE.ordinal();

  /** Writes the v5 features of every line into {@code rows} from column {@code k0} on. */
  static void fill(
      DetectionContext context,
      float[][] base,
      int[] keywords,
      boolean[] good,
      float[][] rows,
      int k0) {
    int n = rows.length;
    int[] words = new int[n];
    boolean[] clock = new boolean[n];
    boolean[] date = new boolean[n];
    boolean[] header = new boolean[n];
    boolean[] marker = new boolean[n];
    boolean[] prose = new boolean[n];
    int[] hits = new int[n];
    for (int i = 0; i < n; i++) {
      words[i] = (int) base[i][WORDS];
      String text = context.text(i);
      clock[i] = hasClock(text);
      String lower = context.features(i).lower();
      boolean digit = hasDigit(text);
      date[i] =
          words[i] <= HEADER_WORDS
              && (clock[i] || (bit(keywords[i], TIME) && digit) || lower.contains(" ago"));
      header[i] = date[i] || (words[i] <= 6 && bit(keywords[i], COMMENTS));
      marker[i] = header[i] || (words[i] <= 6 && bit(keywords[i], MORE));
      prose[i] = words[i] >= PROSE_WORDS;
      hits[i] = SCANNER.scan(' ' + lower + ' ');
    }
    boolean[] cue = new boolean[n];
    boolean[] trailing = new boolean[n];
    for (int i = 0; i < n; i++) {
      boolean proseAfter = (i + 1 < n && prose[i + 1]) || (i + 2 < n && prose[i + 2]);
      boolean markerAfter = (i + 1 < n && marker[i + 1]) || (i + 2 < n && marker[i + 2]);
      cue[i] = header[i] && !prose[i] && proseAfter;
      trailing[i] = prose[i] && markerAfter;
    }
    int[] cuePrefix = prefix(cue);
    int[] trailingPrefix = prefix(trailing);
    int[] prosePrefix = prefix(prose);
    long[] proseWordsPrefix = new long[n + 1];
    int[] captionPrefix = new int[n + 1];
    for (int i = 0; i < n; i++) {
      proseWordsPrefix[i + 1] = proseWordsPrefix[i] + (prose[i] ? words[i] : 0);
      captionPrefix[i + 1] = captionPrefix[i] + (bit(hits[i], 0) ? 1 : 0);
    }
    int threadStart = threadStart(cue);
    float[] overlap = new float[n];
    int titleWords = titleOverlap(context, overlap);
    float[] overlapPrefix = new float[n + 1];
    for (int i = 0; i < n; i++) {
      overlapPrefix[i + 1] = overlapPrefix[i] + overlap[i];
    }
    List<int[]> runs = goodRuns(words, good, cuePrefix);
    float[][] runOf = runFeatures(context, runs, titleWords, n);
    for (int i = 0; i < n; i++) {
      float[] row = rows[i];
      int k = k0;
      int from = Math.max(0, i - WINDOW);
      int to = Math.min(n, i + WINDOW + 1);
      row[k++] = date[i] ? 1 : 0;
      row[k++] = clock[i] ? 1 : 0;
      row[k++] = header[i] ? 1 : 0;
      row[k++] = cuePrefix[to] - cuePrefix[from];
      row[k++] = trailingPrefix[to] - trailingPrefix[from];
      int proseLines = prosePrefix[to] - prosePrefix[from];
      row[k++] = proseLines;
      row[k++] =
          proseLines == 0
              ? 0
              : (proseWordsPrefix[to] - proseWordsPrefix[from]) / (float) proseLines;
      row[k++] = Math.min(50, cuePrefix[i]);
      row[k++] = threadStart < 0 || i < threadStart ? -1 : Math.min(200, i - threadStart);
      row[k++] = bit(hits[i], 0) ? 1 : 0;
      row[k++] = captionPrefix[Math.min(n, i + 4)] - captionPrefix[Math.max(0, i - 3)];
      row[k++] = bit(hits[i], 1) ? 1 : 0;
      row[k++] = titleWords == 0 ? -1 : overlap[i];
      int a = Math.max(0, i - 3);
      int b = Math.min(n, i + 4);
      row[k++] = titleWords == 0 ? -1 : (overlapPrefix[b] - overlapPrefix[a]) / (b - a);
      row[k++] = runs.size();
      System.arraycopy(runOf[i], 0, row, k, 4);
    }
  }

  private static boolean bit(int mask, int bit) {
    return (mask >>> bit & 1) != 0;
  }

  /** Words of a post's header ("Reply", "says:", "wrote:", "said..."), lower case. */
  private static final String[] POST_WORDS = {
    "reply", "says:", "wrote:", "said:", "said...", "said\u2026", "posted by", "permalink"
  };

  /** Units of "3 hours ago", lower case: a word that starts with one of them. */
  private static final String[] AGO_UNITS = {
    "sec", "min", "hour", "hr", "day", "week", "month", "year"
  };

  /**
   * A count of comments or trackbacks ("Comments (4)", "7 Responses", "TrackBack"): a blog post's
   * own footer line, which follows each post on a blog's front page, not a reader's comment.
   */
  private static final Pattern COMMENT_COUNT =
      Pattern.compile(
          "(comments?|responses?|replies)\\s*[:(]?\\s*[0-9]|[0-9]+\\s+(comments?|responses?|replies)"
              + "|trackback");

  /**
   * Whether a line reads as the header of a reader's comment: at most {@link #HEADER_WORDS} words
   * with a time of day ("9:59", "2.31 pm") or words of a post's header ("by Alasdair on January 31,
   * 2011 at 9:59 am", "Anonymous said...", "3 hours ago", "Reply"), and no count of comments
   * (decision 0060). A date alone is not enough: datelines ("Kirkwall, January 2") and a
   * parliament's column headers head articles too.
   *
   * @param lower the line in lower case
   */
  static boolean commentHeader(String text, String lower, int words) {
    if (words > HEADER_WORDS) {
      return false;
    }
    boolean header = hasClock(text) || hasDottedTime(lower) || hasAgo(lower);
    for (int k = 0; k < POST_WORDS.length && !header; k++) {
      header = lower.contains(POST_WORDS[k]);
    }
    return header && !COMMENT_COUNT.matcher(lower).find();
  }

  /** Whether the lower-case text holds a time such as "2.31 pm" or "10.05am". */
  private static boolean hasDottedTime(String lower) {
    for (int c = 1; c + 3 < lower.length(); c++) {
      if (lower.charAt(c) != '.'
          || !isDigit(lower.charAt(c - 1))
          || !isDigit(lower.charAt(c + 1))
          || !isDigit(lower.charAt(c + 2))
          || c >= 3 && isDigit(lower.charAt(c - 2)) && isDigit(lower.charAt(c - 3))) {
        continue;
      }
      int k = c + 3;
      k += k < lower.length() && lower.charAt(k) == ' ' ? 1 : 0;
      if (k >= lower.length() || lower.charAt(k) != 'a' && lower.charAt(k) != 'p') {
        continue;
      }
      k++;
      k += k < lower.length() && lower.charAt(k) == '.' ? 1 : 0;
      if (k < lower.length()
          && lower.charAt(k) == 'm'
          && (k + 1 == lower.length() || !Character.isLetterOrDigit(lower.charAt(k + 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the lower-case text says how long ago with a number: "3 hours ago", "5 mins ago". */
  private static boolean hasAgo(String lower) {
    for (int at = lower.indexOf(" ago"); at >= 0; at = lower.indexOf(" ago", at + 1)) {
      int unitStart = at;
      while (unitStart > 0 && Character.isLetter(lower.charAt(unitStart - 1))) {
        unitStart--;
      }
      if (unitStart == at || unitStart < 2 || lower.charAt(unitStart - 1) != ' ') {
        continue;
      }
      if (!isDigit(lower.charAt(unitStart - 2))) {
        continue;
      }
      for (String unit : AGO_UNITS) {
        if (lower.startsWith(unit, unitStart)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the text holds a time of day as digits, e.g. "10:42" or "9:05". */
  static boolean hasClock(String text) {
    for (int c = 1; c + 2 < text.length(); c++) {
      if (text.charAt(c) == ':'
          && isDigit(text.charAt(c - 1))
          && isDigit(text.charAt(c + 1))
          && isDigit(text.charAt(c + 2))
          && (c + 3 == text.length() || !isDigit(text.charAt(c + 3)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigit(char ch) {
    return ch >= '0' && ch <= '9';
  }

  private static boolean hasDigit(String text) {
    for (int c = 0; c < text.length(); c++) {
      if (isDigit(text.charAt(c))) {
        return true;
      }
    }
    return false;
  }

  private static int[] prefix(boolean[] set) {
    int[] out = new int[set.length + 1];
    for (int i = 0; i < set.length; i++) {
      out[i + 1] = out[i] + (set[i] ? 1 : 0);
    }
    return out;
  }

  /**
   * The first line of the page's first thread: {@link #THREAD_CUES} header cues or more, each at
   * most {@link #THREAD_GAP} lines after the one before; -1 when there is none.
   */
  static int threadStart(boolean[] cue) {
    int start = -1;
    int last = -1;
    int count = 0;
    for (int i = 0; i < cue.length; i++) {
      if (!cue[i]) {
        continue;
      }
      if (last < 0 || i - last > THREAD_GAP) {
        start = i;
        count = 0;
      }
      last = i;
      if (++count >= THREAD_CUES) {
        return start;
      }
    }
    return -1;
  }

  /**
   * Each line's share of its words (not stop words, three letters or more) that the title holds,
   * into {@code out}; returns the number of such distinct words of the title (0: no title).
   */
  private static int titleOverlap(DetectionContext context, float[] out) {
    int title = context.titleIndex();
    if (title < 0) {
      return 0;
    }
    WordIds words = context.words();
    Set<String> stop = context.stopWords();
    boolean[] inTitle = new boolean[words.size()];
    int distinct = 0;
    for (int id : context.wordIds(title)) {
      String w = words.word(id);
      if (!inTitle[id] && w.length() >= 3 && !stop.contains(w)) {
        inTitle[id] = true;
        distinct++;
      }
    }
    if (distinct == 0) {
      return 0;
    }
    for (int i = 0; i < out.length; i++) {
      int content = 0;
      int shared = 0;
      for (int id : context.wordIds(i)) {
        String w = words.word(id);
        if (w.length() >= 3 && !stop.contains(w)) {
          content++;
          shared += inTitle[id] ? 1 : 0;
        }
      }
      out[i] = i == title || content == 0 ? 0 : shared / (float) content;
    }
    return distinct;
  }

  /**
   * The page's runs of good lines (gaps of up to three lines bridged, as {@code LineFeatures}'
   * longest run): {first, last, words, header cues inside}.
   */
  private static List<int[]> goodRuns(int[] words, boolean[] good, int[] cuePrefix) {
    List<int[]> runs = new ArrayList<>();
    int[] current = null;
    for (int i = 0; i < words.length; i++) {
      if (!good[i]) {
        continue;
      }
      if (current == null || i - current[1] > 3) {
        current = new int[] {i, i, 0, 0};
        runs.add(current);
      }
      current[1] = i;
      current[2] += words[i];
    }
    for (int[] run : runs) {
      run[3] = cuePrefix[run[1] + 1] - cuePrefix[run[0]];
    }
    return runs;
  }

  /**
   * For each line inside a run: the run's rank by words (1 the longest), its words against the
   * longest run's, its header cues, and the share of the title's words it holds; 0, -1, -1, -1 for
   * lines outside every run.
   */
  private static float[][] runFeatures(
      DetectionContext context, List<int[]> runs, int titleWords, int n) {
    float[][] out = new float[n][];
    float[] none = {0, -1, -1, -1};
    for (int i = 0; i < n; i++) {
      out[i] = none;
    }
    int longest = 0;
    for (int[] run : runs) {
      longest = Math.max(longest, run[2]);
    }
    int title = context.titleIndex();
    boolean[] inTitle = null;
    int[] seen = null;
    if (titleWords > 0) {
      WordIds words = context.words();
      Set<String> stop = context.stopWords();
      inTitle = new boolean[words.size()];
      seen = new int[words.size()];
      for (int id : context.wordIds(title)) {
        String w = words.word(id);
        inTitle[id] = w.length() >= 3 && !stop.contains(w);
      }
    }
    for (int r = 0; r < runs.size(); r++) {
      int[] run = runs.get(r);
      int rank = 1;
      for (int[] other : runs) {
        rank += other[2] > run[2] ? 1 : 0;
      }
      float titleShare = -1;
      if (inTitle != null) {
        int found = 0;
        for (int i = run[0]; i <= run[1]; i++) {
          for (int id : context.wordIds(i)) {
            if (i != title && inTitle[id] && seen[id] != r + 1) {
              seen[id] = r + 1;
              found++;
            }
          }
        }
        titleShare = found / (float) titleWords;
      }
      float[] f = {rank, longest == 0 ? 0 : run[2] / (float) longest, run[3], titleShare};
      for (int i = run[0]; i <= run[1]; i++) {
        out[i] = f;
      }
    }
    return out;
  }
}
