package org.factdesk.analysis.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.analysis.text.KeywordScanner;
import org.factdesk.analysis.text.WordIds;
import org.factdesk.analysis.text.Words;

/**
 * What the line model sees of each line of a page: the line's own shape (length, stop-word density
 * in the page's language, how it ends, capitals, digits, separators, words of page furniture), the
 * same few signals of its neighbours up to three lines away, the run of short lines it sits in and
 * where it stands relative to the page's prose (jusText's "good" lines: long and rich in stop
 * words). Every line is read once; the context features are then sums over arrays.
 *
 * <p>The order of {@link #NAMES} is the order of each row and part of the shipped model: a change
 * of the features is a new model version, trained again by {@code TrainTextLines}.
 */
public final class LineFeatures {
  /** Keyword lists of page furniture, each a feature (1 when the line holds one of its words). */
  private static final List<String[]> KEYWORDS =
      List.of(
          new String[] {
            " share",
            "tweet",
            "facebook",
            "twitter",
            "linkedin",
            "pinterest",
            "whatsapp",
            "reddit",
            " email",
            "e-mail",
            " print",
            "instagram",
            "youtube",
            "follow us",
            " rss"
          },
          new String[] {
            "log in",
            "login",
            "log out",
            "logout",
            "sign in",
            "sign up",
            "register",
            "subscribe",
            "newsletter",
            "my account",
            "password",
            "username"
          },
          new String[] {
            "©",
            "(c)",
            "copyright",
            "all rights reserved",
            "privacy",
            "terms of",
            "terms and",
            "cookie",
            "disclaimer",
            "trademark"
          },
          new String[] {
            "comment",
            "reply",
            "posted by",
            "says:",
            " wrote:",
            "report abuse",
            "permalink",
            "trackback",
            " votes",
            "rating",
            " likes"
          },
          new String[] {
            " home ",
            "menu",
            "search",
            " next",
            "previous",
            " prev ",
            "back to",
            "skip to",
            "contact",
            "about us",
            "sitemap",
            "site map",
            " faq",
            " help ",
            " jobs",
            "advertis",
            "archive",
            "categor",
            " tags",
            " topics",
            "view all",
            "see all",
            "show more",
            "load more",
            "more »",
            "»",
            "›",
            "«",
            "|"
          },
          new String[] {
            "read more",
            "continue reading",
            "click here",
            "full story",
            "full article",
            "learn more",
            " watch",
            " video",
            " photos",
            "gallery",
            "slideshow",
            "listen"
          },
          new String[] {
            "related",
            "popular",
            "most read",
            "most viewed",
            "recommended",
            "trending",
            "you may also",
            "you might also",
            "more from",
            "more stories",
            "top stories",
            "latest news",
            "editor's pick",
            "don't miss"
          },
          new String[] {
            " ago ", " am ", " pm ", " gmt", " edt ", " est ", " utc", "updated", "published",
            "posted", " jan ", " feb ", " mar ", " apr ", " jun ", " jul ", " aug ", " sep ",
            " oct ", " nov ", " dec ", "january", "february", "march", "april", "may ", "june",
            "july", "august", "september", "october", "november", "december"
          });

  /** The keyword lists in order, named for reasons. */
  public enum Keyword {
    SOCIAL("sharing"),
    ACCOUNT("accounts"),
    LEGAL("legal notices"),
    COMMENTS("comments"),
    NAVIGATION("navigation"),
    MORE("'read more' links"),
    RELATED("related lists"),
    TIME("dates and times");

    private final String label;

    Keyword(String label) {
      this.label = label;
    }
  }

  private static final KeywordScanner SCANNER = new KeywordScanner(KEYWORDS);

  /** The names of the own-line features, in row order. */
  private static final List<String> OWN =
      List.of(
          "chars",
          "words",
          "stop_ratio",
          "stop_words",
          "ends_period",
          "ends_exclaim_question",
          "ends_colon",
          "ends_ellipsis",
          "ends_letter_or_digit",
          "commas",
          "title_case",
          "digit_share",
          "upper_share",
          "punct_share",
          "mean_word_length",
          "starts_bullet",
          "starts_lower",
          "starts_by",
          "quotes",
          "url_like",
          "repeats",
          "is_title",
          "kw_social",
          "kw_account",
          "kw_legal",
          "kw_comments",
          "kw_navigation",
          "kw_more",
          "kw_related",
          "kw_time");

  /** Features of the line against its page, added in v3 (after every v2 feature in a row). */
  private static final List<String> PAGE =
      List.of("words_vs_median", "ui_share", "shape_repeats", "first_word_repeats");

  private static final int CHARS = 0;
  private static final int WORDS = 1;
  private static final int STOP_RATIO = 2;
  private static final int ENDS_PERIOD = 4;
  private static final int TITLE_CASE = 10;

  /** Own features repeated for each neighbour (offsets -3..-1, 1..3). */
  private static final int[] NEIGHBOUR = {WORDS, STOP_RATIO, ENDS_PERIOD, TITLE_CASE};

  private static final int[] OFFSETS = {-3, -2, -1, 1, 2, 3};

  /** Offsets of the first stage's probabilities the second stage reads beyond {@link #OFFSETS}. */
  private static final int[] FAR_OFFSETS = {-5, -4, 4, 5};

  private static final List<String> CONTEXT =
      List.of(
          "short_run",
          "words_around_2",
          "words_around_5",
          "stop_ratio_around_2",
          "relative_index",
          "words_before_share",
          "lines",
          "page_words",
          "good_lines_share",
          "before_first_good",
          "after_last_good",
          "lines_from_previous_good",
          "lines_to_next_good",
          "good_between_neighbours",
          "lines_from_title",
          "after_comments_label",
          "after_related_label");

  /** Context features added in v3 (after every v2 feature in a row). */
  private static final List<String> RUNS =
      List.of(
          "lines_after_comments_label",
          "ui_share_around_2",
          "good_lines_around_5",
          "in_longest_good_run",
          "lines_to_longest_good_run",
          "longest_good_run_share");

  /**
   * Features added in v5 (after every v4 feature in a row, decision 0052): the rhythm of comment
   * threads and teaser archives (short header or date lines between prose lines), caption words,
   * the line's words shared with the title, and the good run the line sits in against the page's
   * other runs of prose.
   */
  private static final List<String> RHYTHM =
      List.of(
          "date_line",
          "clock",
          "header_line",
          "header_cues_around_10",
          "trailing_markers_around_10",
          "prose_lines_around_10",
          "prose_words_mean_around_10",
          "header_cues_before",
          "lines_after_thread_start",
          "kw_caption",
          "caption_around_3",
          "kw_readers",
          "title_overlap",
          "title_overlap_around_3",
          "good_runs",
          "good_run_rank",
          "good_run_vs_longest",
          "good_run_cues",
          "good_run_title_overlap");

  /** Feature names in row order. */
  public static final List<String> NAMES = names();

  /**
   * Number of features of a v4 row: a v5 row is a v4 row and then the v5 features, a v6 row a v5
   * row and then {@link StoryWords}'.
   */
  private static final int V4_FEATURES = NAMES.size() - RHYTHM.size() - StoryWords.NAMES.size();

  /** Number of features of a v2 row: a v3 row is a v2 row and then the v3 features. */
  private static final int V2_FEATURES = V4_FEATURES - PAGE.size() - RUNS.size();

  /** The second stage's features of the first stage's probabilities, as in v2. */
  private static final List<String> STAGE_TWO =
      List.of(
          "p",
          "p_prev3",
          "p_prev2",
          "p_prev1",
          "p_next1",
          "p_next2",
          "p_next3",
          "p_around_2",
          "p_around_5",
          "p_min_around_1",
          "p_max_around_1",
          "p_page",
          "article_words_share_page",
          "article_words_before_share",
          "in_core",
          "lines_to_core",
          "core_lines_share");

  /**
   * The second stage's features added in v3: probabilities further out, windows on each side, the
   * nearest article-like lines, the place in the core and the page's own scale of probabilities.
   */
  private static final List<String> STAGE_TWO_V3 =
      List.of(
          "p_prev5",
          "p_prev4",
          "p_next4",
          "p_next5",
          "p_around_10",
          "p_mean_prev_3",
          "p_mean_next_3",
          "lines_from_previous_article_like",
          "lines_to_next_article_like",
          "place_in_core",
          "core_p",
          "p_rank_in_page",
          "p_minus_page_median",
          "comments_label_after_core");

  /**
   * Feature names of the second stage: the line's own features and the first stage's probabilities
   * of furniture around it, so the model smooths each line by its neighbours' classes as jusText
   * does, and knows where the page's main span of article lies.
   */
  public static final List<String> STACKED_NAMES = stackedNames();

  /** A line with fewer words is "short" for {@code short_run}. */
  static final int SHORT_WORDS = 8;

  private final float[][] rows;
  private final int[] shortRun;
  private final int[] stopWords;
  private final int[] keywords;
  private final boolean[] commentHeader;
  private final int title;

  private LineFeatures(
      float[][] rows,
      int[] shortRun,
      int[] stopWords,
      int[] keywords,
      boolean[] commentHeader,
      int title) {
    this.rows = rows;
    this.shortRun = shortRun;
    this.stopWords = stopWords;
    this.keywords = keywords;
    this.commentHeader = commentHeader;
    this.title = title;
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>(OWN);
    for (int offset : OFFSETS) {
      for (int f : NEIGHBOUR) {
        names.add((offset < 0 ? "prev" : "next") + Math.abs(offset) + "_" + OWN.get(f));
      }
    }
    names.addAll(CONTEXT);
    names.addAll(PAGE);
    names.addAll(RUNS);
    names.addAll(RHYTHM);
    names.addAll(StoryWords.NAMES);
    return List.copyOf(names);
  }

  /** A v2 stacked row, then the v3 features of both stages, then v5's and v6's of the first. */
  private static List<String> stackedNames() {
    List<String> names = new ArrayList<>(NAMES.subList(0, V2_FEATURES));
    names.addAll(STAGE_TWO);
    names.addAll(NAMES.subList(V2_FEATURES, V4_FEATURES));
    names.addAll(STAGE_TWO_V3);
    names.addAll(RHYTHM);
    names.addAll(StoryWords.NAMES);
    return List.copyOf(names);
  }

  /** The features of every block of {@code context}, one row per block. */
  public static LineFeatures of(DetectionContext context) {
    int n = context.size();
    int own = OWN.size();
    float[][] base = new float[n][];
    int[] stops = new int[n];
    int[] ui = new int[n];
    countStopWords(context, n, stops, ui);
    PageCounts counts = PageCounts.of(context, n);
    float medianWords = medianWords(context, n);
    int[] keywords = new int[n];
    for (int i = 0; i < n; i++) {
      keywords[i] = SCANNER.scan(' ' + context.features(i).lower() + ' ');
      base[i] = own(context, i, stops[i], ui[i], keywords[i], counts, medianWords);
    }
    boolean[] good = new boolean[n];
    int goodCount = 0;
    int first = -1;
    int last = -1;
    long pageWords = 0;
    for (int i = 0; i < n; i++) {
      good[i] = isGood(base[i]);
      if (good[i]) {
        goodCount++;
        last = i;
        first = first < 0 ? i : first;
      }
      pageWords += (long) base[i][WORDS];
    }
    int[] previousGood = new int[n];
    int[] nextGood = new int[n];
    for (int i = 0, p = -1; i < n; i++) {
      previousGood[i] = p;
      p = good[i] ? i : p;
    }
    for (int i = n - 1, q = -1; i >= 0; i--) {
      nextGood[i] = q;
      q = good[i] ? i : q;
    }
    int[] run = shortRuns(base, n);
    int[] longest = longestGoodRun(base, good, n);
    long longestWords = 0;
    for (int i = Math.max(0, longest[0]); i <= longest[1]; i++) {
      longestWords += good[i] ? (long) base[i][WORDS] : 0;
    }
    int[] goodPrefix = new int[n + 1];
    int[] tokenPrefix = new int[n + 1];
    int[] uiPrefix = new int[n + 1];
    for (int i = 0; i < n; i++) {
      goodPrefix[i + 1] = goodPrefix[i] + (good[i] ? 1 : 0);
      tokenPrefix[i + 1] = tokenPrefix[i] + context.wordIds(i).length;
      uiPrefix[i + 1] = uiPrefix[i] + ui[i];
    }
    int title = context.titleIndex();
    int commentsLabel = -1;
    boolean comments = false;
    boolean related = false;
    float[][] rows = new float[n][NAMES.size()];
    long wordsBefore = 0;
    for (int i = 0; i < n; i++) {
      float[] row = rows[i];
      System.arraycopy(base[i], 0, row, 0, own);
      int k = own;
      for (int offset : OFFSETS) {
        int j = i + offset;
        for (int f : NEIGHBOUR) {
          row[k++] = j >= 0 && j < n ? base[j][f] : -1;
        }
      }
      row[k++] = run[i];
      row[k++] = wordsAround(base, i, 2);
      row[k++] = wordsAround(base, i, 5);
      row[k++] = stopRatioAround(base, stops, i, 2);
      row[k++] = n == 1 ? 0 : i / (float) (n - 1);
      row[k++] = pageWords == 0 ? 0 : wordsBefore / (float) pageWords;
      row[k++] = n;
      row[k++] = pageWords;
      row[k++] = goodCount / (float) n;
      row[k++] = first < 0 || i < first ? 1 : 0;
      row[k++] = last < 0 || i > last ? 1 : 0;
      row[k++] = previousGood[i] < 0 ? -1 : Math.min(50, i - previousGood[i]);
      row[k++] = nextGood[i] < 0 ? -1 : Math.min(50, nextGood[i] - i);
      row[k++] = previousGood[i] >= 0 && nextGood[i] >= 0 ? 1 : 0;
      row[k++] = title < 0 ? 0 : Math.max(-50, Math.min(50, i - title));
      row[k++] = comments ? 1 : 0;
      row[k++] = related ? 1 : 0;
      System.arraycopy(base[i], own, row, k, PAGE.size());
      k += PAGE.size();
      row[k++] = commentsLabel < 0 ? -1 : Math.min(200, i - commentsLabel);
      int from = Math.max(0, i - 2);
      int to = Math.min(n, i + 3);
      int tokens = tokenPrefix[to] - tokenPrefix[from];
      row[k++] = tokens == 0 ? 0 : (uiPrefix[to] - uiPrefix[from]) / (float) tokens;
      row[k++] =
          goodPrefix[Math.min(n, i + 6)] - goodPrefix[Math.max(0, i - 5)] - (good[i] ? 1 : 0);
      boolean inLongest = longest[1] >= 0 && i >= longest[0] && i <= longest[1];
      row[k++] = inLongest ? 1 : 0;
      row[k++] =
          longest[1] < 0
              ? -1
              : inLongest ? 0 : Math.min(200, i < longest[0] ? longest[0] - i : i - longest[1]);
      row[k++] = pageWords == 0 ? 0 : longestWords / (float) pageWords;
      // a short label line opens what follows: a comment thread, a list of other stories
      boolean label = base[i][WORDS] <= 5;
      if (label && (keywords[i] >>> Keyword.COMMENTS.ordinal() & 1) != 0) {
        comments = true;
        commentsLabel = commentsLabel < 0 ? i : commentsLabel;
      }
      related |= label && (keywords[i] >>> Keyword.RELATED.ordinal() & 1) != 0;
      wordsBefore += (long) base[i][WORDS];
    }
    Rhythm.fill(context, base, keywords, good, rows, V4_FEATURES);
    StoryWords.fill(context, base, longest, rows, V4_FEATURES + RHYTHM.size());
    boolean[] commentHeader = new boolean[n];
    for (int i = 0; i < n; i++) {
      commentHeader[i] =
          i != context.titleIndex()
              && Rhythm.commentHeader(
                  context.text(i), context.features(i).lower(), (int) base[i][WORDS]);
    }
    return new LineFeatures(rows, run, stops, keywords, commentHeader, context.titleIndex());
  }

  /** The features of block {@code i}, in the order of {@link #NAMES}; read-only for callers. */
  public float[] row(int i) {
    return rows[i];
  }

  /**
   * The second stage's rows ({@link #STACKED_NAMES}) given the first stage's probability of
   * furniture {@code p} of every line. The core is the span of lines with the most evidence of
   * article: the contiguous span that maximises the sum of words times (0.5 - p).
   */
  public float[][] stacked(double[] p) {
    int n = rows.length;
    int own = NAMES.size();
    double[] articleWords = new double[n];
    double pageWords = 0;
    double pageArticle = 0;
    double pageP = 0;
    for (int i = 0; i < n; i++) {
      double w = rows[i][WORDS] + 1;
      articleWords[i] = w * (1 - p[i]);
      pageWords += w;
      pageArticle += articleWords[i];
      pageP += w * p[i];
    }
    int coreStart = 0;
    int coreEnd = -1;
    double best = 0;
    double sum = 0;
    int start = 0;
    for (int i = 0; i < n; i++) {
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += (rows[i][WORDS] + 1) * (0.5 - p[i]);
      if (sum > best) {
        best = sum;
        coreStart = start;
        coreEnd = i;
      }
    }
    double coreWeight = 0;
    double coreSum = 0;
    for (int i = coreStart; i <= coreEnd; i++) {
      coreWeight += rows[i][WORDS] + 1;
      coreSum += (rows[i][WORDS] + 1) * p[i];
    }
    int commentsAfterCore = -1;
    for (int i = coreEnd + 1; i < n && commentsAfterCore < 0; i++) {
      if (rows[i][WORDS] <= 5 && has(i, Keyword.COMMENTS)) {
        commentsAfterCore = i;
      }
    }
    // "article-like": a line of some length the first stage keeps
    int[] previousArticle = new int[n];
    int[] nextArticle = new int[n];
    for (int i = 0, q = -1; i < n; i++) {
      previousArticle[i] = q;
      q = p[i] < 0.5 && rows[i][WORDS] >= 10 ? i : q;
    }
    for (int i = n - 1, q = -1; i >= 0; i--) {
      nextArticle[i] = q;
      q = p[i] < 0.5 && rows[i][WORDS] >= 10 ? i : q;
    }
    double[] sorted = p.clone();
    Arrays.sort(sorted);
    double median = n == 0 ? 0 : sorted[n / 2];
    float[][] out = new float[n][STACKED_NAMES.size()];
    double before = 0;
    for (int i = 0; i < n; i++) {
      float[] row = out[i];
      System.arraycopy(rows[i], 0, row, 0, V2_FEATURES);
      int k = V2_FEATURES;
      row[k++] = (float) p[i];
      for (int offset : OFFSETS) {
        k = probabilityAt(p, i + offset, row, k);
      }
      row[k++] = meanAround(p, i, 2);
      row[k++] = meanAround(p, i, 5);
      row[k++] = (float) Math.min(p[Math.max(0, i - 1)], p[Math.min(n - 1, i + 1)]);
      row[k++] = (float) Math.max(p[Math.max(0, i - 1)], p[Math.min(n - 1, i + 1)]);
      row[k++] = (float) (pageP / pageWords);
      row[k++] = (float) (pageArticle / pageWords);
      row[k++] = (float) (pageArticle == 0 ? 0 : before / pageArticle);
      row[k++] = i >= coreStart && i <= coreEnd ? 1 : 0;
      row[k++] = coreEnd < 0 ? -1 : i < coreStart ? coreStart - i : i > coreEnd ? i - coreEnd : 0;
      row[k++] = coreEnd < 0 ? 0 : (coreEnd - coreStart + 1) / (float) n;
      System.arraycopy(rows[i], V2_FEATURES, row, k, V4_FEATURES - V2_FEATURES);
      k += V4_FEATURES - V2_FEATURES;
      for (int offset : FAR_OFFSETS) {
        k = probabilityAt(p, i + offset, row, k);
      }
      row[k++] = meanAround(p, i, 10);
      row[k++] = mean(p, i - 3, i - 1);
      row[k++] = mean(p, i + 1, i + 3);
      row[k++] = previousArticle[i] < 0 ? -1 : Math.min(50, i - previousArticle[i]);
      row[k++] = nextArticle[i] < 0 ? -1 : Math.min(50, nextArticle[i] - i);
      row[k++] =
          i >= coreStart && i <= coreEnd ? (i - coreStart) / (float) (coreEnd - coreStart + 1) : -1;
      row[k++] = coreEnd < 0 ? -1 : (float) (coreSum / coreWeight);
      row[k++] = lowerCount(sorted, p[i]) / (float) n;
      row[k++] = (float) (p[i] - median);
      row[k++] = commentsAfterCore >= 0 && i >= commentsAfterCore ? 1 : 0;
      System.arraycopy(rows[i], V4_FEATURES, row, k, own - V4_FEATURES);
      before += articleWords[i];
    }
    return out;
  }

  /** Writes {@code p[j]} (or -1 past the page's ends) at {@code row[k]}; returns k + 1. */
  private static int probabilityAt(double[] p, int j, float[] row, int k) {
    row[k] = j >= 0 && j < p.length ? (float) p[j] : -1;
    return k + 1;
  }

  /** Plain mean of {@code p} over the lines {@code from..to} that exist, -1 if none. */
  private static float mean(double[] p, int from, int to) {
    double sum = 0;
    int count = 0;
    for (int j = Math.max(0, from); j <= Math.min(p.length - 1, to); j++) {
      sum += p[j];
      count++;
    }
    return count == 0 ? -1 : (float) (sum / count);
  }

  /** Number of values of ascending {@code sorted} below {@code value}. */
  private static int lowerCount(double[] sorted, double value) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Mean of {@code p} over the lines within {@code radius} of {@code i}, weighted by words. */
  private float meanAround(double[] p, int i, int radius) {
    double weight = 0;
    double sum = 0;
    for (int j = Math.max(0, i - radius); j <= Math.min(p.length - 1, i + radius); j++) {
      double w = rows[j][WORDS] + 1;
      weight += w;
      sum += w * p[j];
    }
    return (float) (sum / weight);
  }

  /** All rows, for training; read-only for callers. */
  public float[][] rows() {
    return rows;
  }

  public int size() {
    return rows.length;
  }

  /** Length of the run of consecutive short lines that block {@code i} sits in (0 if long). */
  public int shortRun(int i) {
    return shortRun[i];
  }

  /** Number of the block's tokens in the page language's stop-word list. */
  public int stopWords(int i) {
    return stopWords[i];
  }

  public int words(int i) {
    return (int) rows[i][WORDS];
  }

  /**
   * Whether block {@code i} reads as the header of a reader's comment ({@link
   * Rhythm#commentHeader}); not a model feature: the cut at a comment thread reads it (decision
   * 0060).
   */
  public boolean commentHeader(int i) {
    return commentHeader[i];
  }

  /** The page's title line, or -1. */
  public int title() {
    return title;
  }

  /** Whether block {@code i} holds a word of the list {@code keyword}. */
  public boolean has(int i, Keyword keyword) {
    return (keywords[i] >>> keyword.ordinal() & 1) != 0;
  }

  /** The labels of the keyword lists block {@code i} has words of, e.g. "sharing, comments". */
  public String keywordNames(int i) {
    StringBuilder sb = new StringBuilder();
    for (Keyword k : Keyword.values()) {
      if (has(i, k)) {
        sb.append(sb.length() == 0 ? "" : ", ").append(k.label);
      }
    }
    return sb.toString();
  }

  /** Counts the stop words of each block in the page language's list. */
  /**
   * Words of links and page controls, counted per token for {@code ui_share}: unlike the keyword
   * lists, which mark a line that holds one, their share tells a menu from a sentence that names a
   * newsletter once.
   */
  private static final Set<String> UI_WORDS =
      Set.of(
          "home",
          "menu",
          "login",
          "logout",
          "log",
          "register",
          "subscribe",
          "share",
          "shares",
          "tweet",
          "email",
          "print",
          "comments",
          "comment",
          "reply",
          "replies",
          "next",
          "previous",
          "prev",
          "more",
          "read",
          "search",
          "tags",
          "tagged",
          "posted",
          "click",
          "follow",
          "sign",
          "contact",
          "privacy",
          "terms",
          "copyright",
          "rss",
          "feed",
          "advertisement",
          "advertise",
          "related",
          "popular",
          "archive",
          "archives",
          "categories",
          "category",
          "skip",
          "video",
          "videos",
          "photos",
          "gallery",
          "facebook",
          "twitter",
          "permalink",
          "report",
          "newsletter",
          "cookies",
          "cookie",
          "edit",
          "submit",
          "submitted",
          "sponsored",
          "ads",
          "trackback",
          "pinterest",
          "linkedin",
          "whatsapp",
          "reddit",
          "instagram",
          "youtube",
          "likes",
          "views");

  /** How often each line, its digit-masked shape and its first word occur on the page. */
  private record PageCounts(
      Map<String, Integer> lines, Map<String, Integer> shapes, String[] shape, int[] firstWords) {
    static PageCounts of(DetectionContext context, int n) {
      Map<String, Integer> lines = new HashMap<>();
      Map<String, Integer> shapes = new HashMap<>();
      String[] shape = new String[n];
      int[] firstWords = new int[context.words().size()];
      for (int i = 0; i < n; i++) {
        String lower = context.features(i).lower();
        lines.merge(lower, 1, Integer::sum);
        shape[i] = masked(lower);
        shapes.merge(shape[i], 1, Integer::sum);
        int[] ids = context.wordIds(i);
        if (ids.length > 0) {
          firstWords[ids[0]]++;
        }
      }
      return new PageCounts(lines, shapes, shape, firstWords);
    }

    /** The text with every digit as 0: "12 comments" and "3 comments" are one shape. */
    private static String masked(String lower) {
      char[] chars = null;
      for (int c = 0; c < lower.length(); c++) {
        char ch = lower.charAt(c);
        if (ch >= '1' && ch <= '9') {
          chars = chars == null ? lower.toCharArray() : chars;
          chars[c] = '0';
        }
      }
      return chars == null ? lower : new String(chars);
    }
  }

  /** Counts the stop words and the words of {@link #UI_WORDS} of each block. */
  private static void countStopWords(DetectionContext context, int n, int[] stops, int[] ui) {
    Set<String> list = context.stopWords();
    int[][] ids = new int[n][];
    for (int i = 0; i < n; i++) {
      ids[i] = context.wordIds(i);
    }
    WordIds words = context.words();
    boolean[] stop = new boolean[words.size()];
    boolean[] control = new boolean[words.size()];
    for (int id = 0; id < stop.length; id++) {
      stop[id] = list.contains(words.word(id));
      control[id] = UI_WORDS.contains(words.word(id));
    }
    for (int i = 0; i < n; i++) {
      int s = 0;
      int u = 0;
      for (int id : ids[i]) {
        s += stop[id] ? 1 : 0;
        u += control[id] ? 1 : 0;
      }
      stops[i] = s;
      ui[i] = u;
    }
  }

  private static float[] own(
      DetectionContext context,
      int i,
      int stops,
      int ui,
      int hits,
      PageCounts counts,
      float medianWords) {
    BlockFeatures f = context.features(i);
    String text = context.text(i);
    int length = text.length();
    int letters = 0;
    int upper = 0;
    int digits = 0;
    int punct = 0;
    int commas = 0;
    int quotes = 0;
    for (int c = 0; c < length; c++) {
      char ch = text.charAt(c);
      if (Character.isLetter(ch)) {
        letters++;
        upper += Character.isUpperCase(ch) ? 1 : 0;
      } else if (ch >= '0' && ch <= '9') {
        digits++;
      } else if (ch != ' ') {
        punct++;
        commas += ch == ',' ? 1 : 0;
        quotes += ch == '"' || ch == '\u201C' || ch == '\u201D' ? 1 : 0;
      }
    }
    int tokens = context.wordIds(i).length;
    char last = length == 0 ? ' ' : text.charAt(length - 1);
    char first = length == 0 ? ' ' : text.charAt(0);
    String lower = f.lower();
    float[] row = new float[OWN.size() + PAGE.size()];
    int k = 0;
    row[k++] = length;
    row[k++] = f.words();
    row[k++] = tokens == 0 ? 0 : stops / (float) tokens;
    row[k++] = stops;
    row[k++] = last == '.' && !f.endsEllipsis() ? 1 : 0;
    row[k++] = last == '!' || last == '?' ? 1 : 0;
    row[k++] = last == ':' ? 1 : 0;
    row[k++] = f.endsEllipsis() ? 1 : 0;
    row[k++] = Character.isLetterOrDigit(last) ? 1 : 0;
    row[k++] = commas;
    row[k++] = f.words() <= 40 ? (float) Words.titleCaseRatio(text) : 0;
    row[k++] = length == 0 ? 0 : digits / (float) length;
    row[k++] = letters == 0 ? 0 : upper / (float) letters;
    row[k++] = length == 0 ? 0 : punct / (float) length;
    row[k++] = f.words() == 0 ? 0 : letters / (float) f.words();
    row[k++] = f.bullet() ? 1 : 0;
    row[k++] = Character.isLowerCase(first) ? 1 : 0;
    row[k++] = lower.startsWith("by ") ? 1 : 0;
    row[k++] = quotes;
    row[k++] = lower.contains("http") || lower.contains("www.") || lower.contains(".com") ? 1 : 0;
    row[k++] = counts.lines().get(lower) - 1;
    row[k++] = i == context.titleIndex() ? 1 : 0;
    for (int list = 0; list < KEYWORDS.size(); list++) {
      row[k++] = (hits >>> list & 1) != 0 ? 1 : 0;
    }
    row[k++] = f.words() / Math.max(1f, medianWords);
    row[k++] = tokens == 0 ? 0 : ui / (float) tokens;
    row[k++] = counts.shapes().get(counts.shape()[i]) - 1;
    int[] ids = context.wordIds(i);
    row[k++] = ids.length == 0 ? 0 : Math.min(50, counts.firstWords()[ids[0]] - 1);
    return row;
  }

  /** jusText's "good" block: long enough and written in sentences of the page's language. */
  private static boolean isGood(float[] own) {
    return (own[CHARS] >= 80 && own[STOP_RATIO] >= 0.25f) || own[WORDS] >= 30;
  }

  /** The median number of words of the page's lines. */
  private static float medianWords(DetectionContext context, int n) {
    int[] words = new int[n];
    for (int i = 0; i < n; i++) {
      words[i] = context.features(i).words();
    }
    Arrays.sort(words);
    return n == 0 ? 0 : words[n / 2];
  }

  /** Good lines this many lines apart or closer belong to one run (jusText's smoothing). */
  private static final int RUN_GAP = 3;

  /**
   * First and last line of the page's longest run of good lines by their words, where a run bridges
   * gaps of up to {@link #RUN_GAP} lines that are not good; {-1, -1} without good lines.
   */
  private static int[] longestGoodRun(float[][] base, boolean[] good, int n) {
    int[] best = {-1, -1};
    long bestWords = 0;
    int start = -1;
    int last = -1;
    long words = 0;
    for (int i = 0; i < n; i++) {
      if (!good[i]) {
        continue;
      }
      if (start < 0 || i - last > RUN_GAP) {
        start = i;
        words = 0;
      }
      last = i;
      words += (long) base[i][WORDS];
      if (words > bestWords) {
        bestWords = words;
        best = new int[] {start, last};
      }
    }
    return best;
  }

  private static int[] shortRuns(float[][] base, int n) {
    int[] run = new int[n];
    int i = 0;
    while (i < n) {
      if (base[i][WORDS] >= SHORT_WORDS) {
        i++;
        continue;
      }
      int j = i;
      while (j < n && base[j][WORDS] < SHORT_WORDS) {
        j++;
      }
      for (int k = i; k < j; k++) {
        run[k] = j - i;
      }
      i = j;
    }
    return run;
  }

  private static float wordsAround(float[][] base, int i, int radius) {
    float sum = 0;
    for (int j = Math.max(0, i - radius); j <= Math.min(base.length - 1, i + radius); j++) {
      sum += j == i ? 0 : base[j][WORDS];
    }
    return sum;
  }

  private static float stopRatioAround(float[][] base, int[] stops, int i, int radius) {
    float words = 0;
    float stop = 0;
    for (int j = Math.max(0, i - radius); j <= Math.min(base.length - 1, i + radius); j++) {
      words += base[j][WORDS];
      stop += stops[j];
    }
    return words == 0 ? 0 : stop / words;
  }
}
