package org.factdesk.analysis.detect;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.model.BoostedTrees;

/**
 * The learned line classifier of the plain-text path: gradient-boosted trees over {@link
 * LineFeatures} (the line, its neighbours, its place among the page's prose) that give each line
 * the probability of being page furniture rather than article. It runs after the typed detectors
 * but before the off-topic one (which then compares sections with what the model kept), and only
 * judges the lines none of them flagged, so a type they know stands; a line the model rejects
 * becomes {@link FlagType#LEGAL_NOTICE} when it holds legal words, {@link FlagType#RELATED_LINKS}
 * when it reads like a headline or teaser, and {@link FlagType#SITE_CHROME} otherwise.
 *
 * <p>The title line is left to the metadata reader: the model never flags it.
 *
 * <p>The engine runs two models, v4 and v6 ({@link #ENGINE_MODELS}), each a first stage and a
 * second stage over the first's probabilities, and a line's probability is the mean of the two
 * (decision 0052; v6 took v5's place, decision 0073). The shipped models are trained on the dev
 * split of the public evaluation pages by {@code org.factdesk.analysis.train.TrainTextLines}, which
 * reproduces the newest byte for byte.
 */
public final class LineModelDetector implements Detector {
  public static final String ID = "line-model";

  /** Version 2's first stage (decision 0015): the first columns of today's rows. */
  public static final String LINES_MODEL_V2 = "org/factdesk/analysis/model/text-lines-v2.trees";

  /** Version 2's second stage. */
  public static final String CONTEXT_MODEL_V2 =
      "org/factdesk/analysis/model/text-lines-context-v2.trees";

  /**
   * Version 3's first stage (decision 0033): v2's features and the line against its page (length
   * against the page's median, words of controls, repeated shapes) and its run of prose.
   */
  public static final String LINES_MODEL_V3 = "org/factdesk/analysis/model/text-lines-v3.trees";

  /**
   * Version 3's second stage: also the first stage's probabilities five lines out, windows on each
   * side, the nearest article-like lines and the place in the page's core.
   */
  public static final String CONTEXT_MODEL_V3 =
      "org/factdesk/analysis/model/text-lines-context-v3.trees";

  /**
   * Version 4's first stage (decision 0042): v3's features, trained with each line weighing by its
   * words, as a page's shingle F1 counts them.
   */
  public static final String LINES_MODEL_V4 = "org/factdesk/analysis/model/text-lines-v4.trees";

  /** Version 4's second stage: v3's features, trained with the same weights. */
  public static final String CONTEXT_MODEL_V4 =
      "org/factdesk/analysis/model/text-lines-context-v4.trees";

  /**
   * Version 5's first stage (decision 0052): v4's features and the rhythm of comment threads and
   * teaser archives, caption words, title overlap and the good run ({@link Rhythm}).
   */
  public static final String LINES_MODEL_V5 = "org/factdesk/analysis/model/text-lines-v5.trees";

  /** Version 5's second stage: v4's features and v5's first-stage ones. */
  public static final String CONTEXT_MODEL_V5 =
      "org/factdesk/analysis/model/text-lines-context-v5.trees";

  /**
   * Version 6's first stage (decision 0073): v5's features and the story's words against the page's
   * short lines, runs of headlines alike in shape, sign-offs and the place against the story's run
   * ({@link StoryWords}).
   */
  public static final String LINES_MODEL_V6 = "org/factdesk/analysis/model/text-lines-v6.trees";

  /** Version 6's second stage: v4's features and v6's first-stage ones. */
  public static final String CONTEXT_MODEL_V6 =
      "org/factdesk/analysis/model/text-lines-context-v6.trees";

  /**
   * The class-path resources of one model: a first stage on each line's own features and its
   * neighbours', and a second stage that also reads the first stage's probabilities.
   */
  public record ModelFiles(String lines, String context) {}

  /**
   * The models the engine runs; a line's probability is the mean of theirs (decision 0052). v4
   * reads the first columns of the rows, v6 all of them (v6 in v5's place, decision 0073).
   */
  public static final List<ModelFiles> ENGINE_MODELS =
      List.of(
          new ModelFiles(LINES_MODEL_V4, CONTEXT_MODEL_V4),
          new ModelFiles(LINES_MODEL_V6, CONTEXT_MODEL_V6));

  /**
   * A line is flagged from this probability of furniture on: the threshold that gave the best mean
   * shingle F1 on the dev pages in cross-validation by site (see TrainTextLines).
   */
  public static final double THRESHOLD = 0.55;

  /**
   * The model judges a line by its place on a page (runs of short lines, distance to the page's
   * long paragraphs, its neighbours' probabilities), learnt on whole web pages of a hundred lines
   * and more. A text of fewer lines is no such page (a pasted article, a short note): the model
   * abstains there and the typed detectors alone decide.
   */
  public static final int MIN_LINES = 12;

  /** A first stage and the second stage over its probabilities (null: the first stage alone). */
  private record Stages(BoostedTrees lines, BoostedTrees context) {
    Stages {
      checked(lines, LineFeatures.NAMES);
      if (context != null) {
        checked(context, LineFeatures.STACKED_NAMES);
      }
    }

    static Stages load(ModelFiles files) {
      return new Stages(BoostedTrees.load(files.lines()), BoostedTrees.load(files.context()));
    }
  }

  /** The shipped models, read on first use: training new ones must not need the old ones. */
  private static final class Shipped {
    static final List<Stages> MODELS = ENGINE_MODELS.stream().map(Stages::load).toList();
  }

  /** Null for the shipped models. */
  private final List<Stages> models;

  private final double threshold;

  /** Whether {@link #endOfArticle} cuts the page (false only to measure without it). */
  private final boolean cutAtEnd;

  /** The shipped models and threshold; the models are read once per JVM. */
  public LineModelDetector() {
    this(null, THRESHOLD, true);
  }

  private LineModelDetector(List<Stages> models, double threshold, boolean cutAtEnd) {
    this.models = models;
    this.threshold = threshold;
    this.cutAtEnd = cutAtEnd;
  }

  /** The models of two class-path resources, with their threshold. */
  public static LineModelDetector of(String linesModel, String contextModel, double threshold) {
    return of(List.of(new ModelFiles(linesModel, contextModel)), threshold);
  }

  /** Several models of class-path resources, whose probabilities are averaged. */
  public static LineModelDetector of(List<ModelFiles> models, double threshold) {
    return new LineModelDetector(models.stream().map(Stages::load).toList(), threshold, true);
  }

  /**
   * Other models, e.g. ones being trained, with their own threshold.
   *
   * @param context the second stage, or null to judge by the first stage alone
   */
  public LineModelDetector(BoostedTrees lines, BoostedTrees context, double threshold) {
    this(List.of(new Stages(lines, context)), threshold, true);
  }

  /**
   * A model must read the features it was trained on: the current ones, or a version's whose
   * features are the first of the current rows (v2's are, decision 0033), which then reads the
   * rows' first columns.
   */
  private static BoostedTrees checked(BoostedTrees model, List<String> names) {
    List<String> own = model.featureNames();
    if (own.size() > names.size() || !names.subList(0, own.size()).equals(own)) {
      throw new IllegalArgumentException(
          "model " + model.version() + " was trained on other features than LineFeatures");
    }
    return model;
  }

  @Override
  public String id() {
    return ID;
  }

  /** The model's probability of furniture for each block. */
  public double[] probabilities(DetectionContext detection) {
    return probabilities(LineFeatures.of(detection));
  }

  /** The probability of furniture of each line given its features. */
  public double[] probabilities(LineFeatures features) {
    return probabilities(features, new boolean[features.size()]);
  }

  /**
   * The same for the lines not {@code settled}, the mean of the models' probabilities; a settled
   * line's neighbours still read its first stages' probabilities, but its own final one is not
   * computed (NaN).
   */
  private double[] probabilities(LineFeatures features, boolean[] settled) {
    List<Stages> run = models != null ? models : Shipped.MODELS;
    double[] mean = probabilities(features, settled, run.get(0));
    for (Stages model : run.subList(1, run.size())) {
      double[] p = probabilities(features, settled, model);
      for (int i = 0; i < mean.length; i++) {
        mean[i] += p[i];
      }
    }
    for (int i = 0; i < mean.length; i++) {
      mean[i] /= run.size();
    }
    return mean;
  }

  /** One model's probabilities, as {@link #probabilities(LineFeatures, boolean[])}. */
  private static double[] probabilities(LineFeatures features, boolean[] settled, Stages model) {
    BoostedTrees first = model.lines();
    BoostedTrees second = model.context();
    double[] p = new double[features.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = first.probability(columns(features.row(i), first));
    }
    if (second == null) {
      return p;
    }
    float[][] stacked = features.stacked(p);
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = settled[i] ? Double.NaN : second.probability(columns(stacked[i], second));
    }
    return out;
  }

  /** The row's first columns when the model is of an earlier version with fewer features. */
  private static float[] columns(float[] row, BoostedTrees model) {
    int n = model.featureCount();
    return row.length == n ? row : Arrays.copyOf(row, n);
  }

  @Override
  public void detect(DetectionContext detection, FlagSink sink) {
    if (detection.size() < MIN_LINES) {
      return;
    }
    LineFeatures features = LineFeatures.of(detection);
    boolean[] settled = new boolean[detection.size()];
    for (int i = 0; i < settled.length; i++) {
      settled[i] = sink.isFlagged(i) || i == detection.titleIndex();
    }
    List<String> texts = texts(detection);
    boolean[] caption = galleryCaptions(texts, features, settled);
    for (int i = 0; i < caption.length; i++) {
      caption[i] &= !settled[i] && !sink.heldAsArticleList(i);
      settled[i] |= caption[i];
    }
    double[] p = probabilities(features, settled);
    boolean[] flag = new boolean[detection.size()];
    int keptWords = 0;
    for (int i = 0; i < flag.length; i++) {
      flag[i] =
          !settled[i]
              && !sink.heldAsArticleList(i) // a list of the article (decision 0048)
              && p[i] >= threshold
              && !subheading(detection, settled, p, i);
      keptWords += settled[i] || flag[i] ? 0 : features.words(i);
    }
    if (keptWords < MIN_KEPT_WORDS) {
      keepLeastDoubted(features, p, flag, keptWords);
    }
    int end = cutAtEnd ? endOfArticle(features, p, settled) : -1;
    boolean[] kept = new boolean[flag.length];
    for (int i = 0; i < kept.length; i++) {
      kept[i] =
          i == detection.titleIndex()
              || !settled[i] && (sink.heldAsArticleList(i) || !flag[i] && (end < 0 || i < end));
    }
    boolean[] takenBack = articleBetween(texts, features, p, settled, kept, end);
    boolean[] announced = announcedListEntries(texts, features, p, settled, kept, end);
    for (int i = 0; i < flag.length; i++) {
      if (announced[i]) {
        sink.holdAsArticleList(i); // the learned types leave the article's list too
      }
      if (caption[i]) {
        sink.add(i, type(detection, features, i), GALLERY_CONFIDENCE, ID, GALLERY_REASON);
      } else if (takenBack[i]) {
        continue; // the article's own list or short lines between its paragraphs (decision 0070)
      } else if (flag[i]) {
        sink.add(i, type(detection, features, i), p[i], ID, reason(features, i, p[i]));
      } else if (end >= 0 && i >= end && !settled[i] && !sink.heldAsArticleList(i)) {
        sink.add(i, type(detection, features, i), p[i], ID, afterEnd(features, i, p[i], end));
      }
    }
  }

  private static List<String> texts(DetectionContext detection) {
    return IntStream.range(0, detection.size()).mapToObj(detection::text).toList();
  }

  /** A gallery's title repeated on this many lines in a row, at the least. */
  static final int GALLERY_SLIDES = 5;

  /** Words of the repeated title line: a title, not a rule or a lone word. */
  static final int GALLERY_TITLE_MIN_WORDS = 2;

  static final int GALLERY_TITLE_MAX_WORDS = 12;

  /** Words a caption has at the least. */
  static final int GALLERY_CAPTION_WORDS = 4;

  /** The share of the lines above the titles that must be captions, distinct and of such words. */
  static final double GALLERY_CAPTION_SHARE = 0.95;

  /** A gallery's captions are read from its shape, not by the model: the flag's confidence. */
  static final double GALLERY_CONFIDENCE = 0.9;

  static final String GALLERY_REASON =
      "a photo gallery's caption: as many captions as the gallery's title repeated below them";

  /**
   * The captions of a photo gallery written out as text (decision 0065): a slide show gives each
   * photo a caption and the gallery's title, and its text reads as all the captions, then the title
   * once per photo. The captions are sentences the model reads as article (the present tense of
   * news, names and places), so they are found by that shape: a line of {@link
   * #GALLERY_TITLE_MIN_WORDS} to {@link #GALLERY_TITLE_MAX_WORDS} words repeated on {@link
   * #GALLERY_SLIDES} lines in a row or more, N times, right below N lines of which at least {@link
   * #GALLERY_CAPTION_SHARE} are distinct captions of {@link #GALLERY_CAPTION_WORDS} words or more
   * and none is {@code settled} (the title, or a line another detector flagged: a dateline, a
   * byline). Those N lines are the captions (true); the repeated titles are furniture the model
   * already rejects. A page whose gallery lost its captions keeps its titles, and the lines above
   * them are then the article's head, with its title or its dateline among them.
   */
  public static boolean[] galleryCaptions(
      List<String> lines, LineFeatures features, boolean[] settled) {
    int n = lines.size();
    boolean[] caption = new boolean[n];
    for (int i = 0; i < n; ) {
      String title = lines.get(i).strip();
      int j = i + 1;
      while (j < n && lines.get(j).strip().equals(title)) {
        j++;
      }
      int slides = j - i;
      if (slides >= GALLERY_SLIDES
          && slides <= i
          && features.words(i) >= GALLERY_TITLE_MIN_WORDS
          && features.words(i) <= GALLERY_TITLE_MAX_WORDS) {
        Set<String> seen = new HashSet<>();
        int captions = 0;
        for (int k = i - slides; k < i; k++) {
          String text = lines.get(k).strip();
          if (settled[k]) {
            captions = -1;
            break;
          }
          if (features.words(k) >= GALLERY_CAPTION_WORDS && seen.add(text)) {
            captions++;
          }
        }
        if (captions >= GALLERY_CAPTION_SHARE * slides) {
          Arrays.fill(caption, i - slides, i, true);
        }
      }
      i = j;
    }
    return caption;
  }

  /** Words a line that opens a list with its closing colon has at the least. */
  static final int LIST_INTRO_WORDS = 4;

  /** Lines such a list runs to at the most. */
  static final int LIST_LINES = 40;

  /** Lines between two of the article's paragraphs that may be taken back, at the most. */
  static final int BETWEEN_LINES = 20;

  /** A line the model doubts less than this may be taken back as the article's own. */
  static final double TAKE_BACK_BELOW = 0.8;

  /**
   * The lines the model flagged that are taken back as the article's own (decision 0070): lines it
   * doubts (probability under {@link #TAKE_BACK_BELOW}) but that the article's shape claims. Both
   * kinds stop at the cut ({@code end}, or the page's end when -1) and at a line that is {@code
   * settled} (the title, a gallery's caption, another detector's flag).
   *
   * <ul>
   *   <li>A list the article announces: a kept line of {@link #LIST_INTRO_WORDS} words or more that
   *       ends with a colon and holds no words of related lists ("The following schools are
   *       closed:", not "You may also like:"), and below it, up to {@link #LIST_LINES} lines, the
   *       entries, until a doubted line, a settled one, a short line of {@link #furnitureWords}, or
   *       a kept paragraph of 10 words or more (the article goes on, and its own colon opens its
   *       own list). Its entries are held as the article's list ({@link #announcedListEntries}).
   *   <li>Short lines between two of the article's paragraphs (lines of 10 words or more the model
   *       reads as article, under 0.5) at most {@link #BETWEEN_LINES} lines apart: a subheading, a
   *       list, a short line of the story. The run is taken back only when no line of it is doubted
   *       more, is settled, or is a short line of {@link #furnitureWords} ("Related posts").
   *       Spliced inserts stand just there, between paragraphs: that guard keeps the short ones the
   *       model doubted less than sure furniture flagged.
   * </ul>
   *
   * @param kept the lines the page keeps so far (the title among them)
   * @return the lines to take back (true), none of them settled or kept
   */
  public static boolean[] articleBetween(
      List<String> lines,
      LineFeatures features,
      double[] p,
      boolean[] settled,
      boolean[] kept,
      int end) {
    int n = p.length;
    int limit = end >= 0 ? end : n;
    boolean[] keeps = kept.clone();
    boolean[] entries = announcedListEntries(lines, features, p, settled, kept, end);
    for (int i = 0; i < n; i++) {
      keeps[i] |= entries[i];
    }
    int last = -1;
    for (int i = 0; i < limit; i++) {
      if (!keeps[i] || settled[i] || features.words(i) < 10 || !(p[i] < 0.5)) {
        continue;
      }
      int between = i - last - 1;
      if (last >= 0
          && between >= 1
          && between <= BETWEEN_LINES
          && takenBackRun(features, p, settled, keeps, last + 1, i)) {
        for (int j = last + 1; j < i; j++) {
          keeps[j] |= !settled[j];
        }
      }
      last = i;
    }
    boolean[] back = new boolean[n];
    for (int i = 0; i < n; i++) {
      back[i] = keeps[i] && !kept[i];
    }
    return back;
  }

  /**
   * The entries of the lists the article announces, as {@link #articleBetween} reads them: below a
   * kept line of {@link #LIST_INTRO_WORDS} words or more that ends with a colon, up to {@link
   * #LIST_LINES} lines, until a doubted line, a settled one, a short line of {@link
   * #furnitureWords}, or a kept paragraph of 10 words or more. Entries the model keeps are among
   * them: the whole list is the article's, and the learned types that run later leave it as they
   * leave the structure detector's announced lists (decisions 0048, 0083).
   */
  public static boolean[] announcedListEntries(
      List<String> lines,
      LineFeatures features,
      double[] p,
      boolean[] settled,
      boolean[] kept,
      int end) {
    int n = p.length;
    int limit = end >= 0 ? end : n;
    boolean[] entries = new boolean[n];
    for (int i = 0; i < limit; i++) {
      if (!kept[i]
          || settled[i]
          || features.words(i) < LIST_INTRO_WORDS
          || !lines.get(i).strip().endsWith(":")
          || features.has(i, LineFeatures.Keyword.RELATED)) {
        continue; // "If you enjoyed this, you may also like:" announces other stories
      }
      for (int j = i + 1; j < limit && j <= i + LIST_LINES; j++) {
        if (settled[j]
            || p[j] >= TAKE_BACK_BELOW
            || kept[j] && features.words(j) >= 10
            || furnitureWords(features, j)) {
          break;
        }
        entries[j] = true;
      }
    }
    return entries;
  }

  /** Whether the lines from {@code from} to {@code to} (excluded) may be taken back as one run. */
  private static boolean takenBackRun(
      LineFeatures features, double[] p, boolean[] settled, boolean[] keeps, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!keeps[j] && (settled[j] || p[j] >= TAKE_BACK_BELOW)) {
        return false;
      }
      if (furnitureWords(features, j)) {
        return false;
      }
    }
    return true;
  }

  /** Words of a line that may hold a {@link #furnitureWords} keyword and still be taken back. */
  static final int TAKE_BACK_LABEL_WORDS = 12;

  /**
   * A short line with words of the page's furniture: comments, other stories, "read more", sharing,
   * accounts, navigation ("Most commented", "Share this", "Log in", "« Previous").
   */
  private static boolean furnitureWords(LineFeatures features, int j) {
    if (features.words(j) > TAKE_BACK_LABEL_WORDS) {
      return false;
    }
    for (LineFeatures.Keyword k : TAKE_BACK_STOPS) {
      if (features.has(j, k)) {
        return true;
      }
    }
    return false;
  }

  private static final List<LineFeatures.Keyword> TAKE_BACK_STOPS =
      List.of(
          LineFeatures.Keyword.COMMENTS,
          LineFeatures.Keyword.RELATED,
          LineFeatures.Keyword.MORE,
          LineFeatures.Keyword.SOCIAL,
          LineFeatures.Keyword.ACCOUNT,
          LineFeatures.Keyword.NAVIGATION);

  /**
   * The same detector without the cut at the article's end, for measuring what it does (the lines
   * {@link #articleBetween} takes back are then read to the page's end).
   */
  public LineModelDetector withoutEndCut() {
    return new LineModelDetector(models, threshold, false);
  }

  /** Article-like lines further apart than this start a new prose block. */
  static final int END_BLOCK_GAP = 4;

  /** The gap that splits runs of prose into blocks ({@link #END_BLOCK_GAP}), for tools. */
  public static int mainBlockGap() {
    return END_BLOCK_GAP;
  }

  /** A line of at most this many words can announce what follows the article. */
  static final int END_LABEL_WORDS = 5;

  /**
   * The first line that closes the article, or -1: a short label of comments or of other stories
   * ("Comments", "Leave a reply", "Related posts", "Most popular") after the page's main block of
   * prose, the run of lines the model reads as article (probability under 0.5, 10 words or more, no
   * more than {@link #END_BLOCK_GAP} lines apart) with the most article words (decision 0047),
   * unless the story goes on past it ({@link #storyGoesOn}, decision 0074); or, when it comes
   * first, the first header of a readers' comment thread ({@link #commentThread}, decision 0060).
   * Every line from there on is furniture, however much it reads like prose: readers' comments and
   * teasers written in sentences are what the model kept inside a page's core.
   */
  public static int endOfArticle(LineFeatures features, double[] p, boolean[] settled) {
    int thread = commentThread(features, p, settled);
    int label = endLabel(features, p, settled);
    return thread >= 0 && (label < 0 || thread < label) ? thread : label;
  }

  private static int endLabel(LineFeatures features, double[] p, boolean[] settled) {
    int[] main = mainBlock(features, p, settled);
    return main == null ? -1 : labelAfter(features, p, settled, main[1]);
  }

  /**
   * The first label of comments or other stories after line {@code mainEnd} that ends the story.
   */
  public static int labelAfter(LineFeatures features, double[] p, boolean[] settled, int mainEnd) {
    int n = p.length;
    for (int i = mainEnd + 1; i < n; i++) {
      if (features.words(i) <= END_LABEL_WORDS
          && (features.has(i, LineFeatures.Keyword.COMMENTS)
              || features.has(i, LineFeatures.Keyword.RELATED))
          && !storyGoesOn(features, p, settled, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Paragraphs read as article after a label that say the story goes on past it. */
  static final int END_STORY_LINES = 3;

  /**
   * Whether the story goes on past a label (decision 0074): {@link #END_STORY_LINES} lines or more
   * after it read as article prose (probability under 0.5, 10 words or more), and they are no
   * readers' comments: no comment header ({@link LineFeatures#commentHeader}) stands below the
   * label, or the paragraphs are not the turns of the headers there ({@link #turnsUnderHeaders}). A
   * word of the comments in a how-to's table ("Comment" as a column's name) or in its list
   * ("Well-commented CSS") is followed by more of the how-to, and a post's footer ("# posted by
   * Chris @ 10:25 PM") on a blog's front page by the next post; a real comment section has its
   * commenters' names and times over its comments, and a list of other stories is short lines.
   */
  static boolean storyGoesOn(LineFeatures features, double[] p, boolean[] settled, int label) {
    Below below = below(features, p, settled, label);
    return below.paragraphs >= END_STORY_LINES && (below.headers == 0 || !below.turns());
  }

  /**
   * The lines below a line: comment headers, paragraphs (lines read as article prose: probability
   * under 0.5, {@link Rhythm#PROSE_WORDS} words or more, no header) and how many of them stand at
   * most {@link #THREAD_TURN_LINES} lines after a header or after the line itself.
   */
  private record Below(int headers, int paragraphs, int turnLines) {
    /**
     * Whether the paragraphs are comments' turns: at least {@link #THREAD_TURN_SHARE} of them, once
     * there are {@link #THREAD_TURNS_FROM}, stand under a header.
     */
    boolean turns() {
      return paragraphs < THREAD_TURNS_FROM || turnLines >= THREAD_TURN_SHARE * paragraphs;
    }
  }

  private static Below below(LineFeatures features, double[] p, boolean[] settled, int from) {
    int headers = 0;
    int paragraphs = 0;
    int turnLines = 0;
    int lastHeader = from;
    for (int i = from + 1; i < p.length; i++) {
      if (features.commentHeader(i)) {
        headers++;
        lastHeader = i;
      } else if (!settled[i] && p[i] < 0.5 && features.words(i) >= Rhythm.PROSE_WORDS) {
        paragraphs++;
        turnLines += i - lastHeader <= THREAD_TURN_LINES ? 1 : 0;
      }
    }
    return new Below(headers, paragraphs, turnLines);
  }

  /** Comment headers a thread needs. */
  static final int THREAD_HEADERS = 3;

  /** Comment headers at most this many lines apart belong to one thread. */
  static final int THREAD_GAP = 15;

  /** Article words (lines read as article prose) a thread needs above it, from the title on. */
  static final int THREAD_ARTICLE_WORDS = 50;

  /** Lines above a thread's first header that must hold a line of the comments' words. */
  static final int THREAD_LABEL_LINES = 10;

  /** Words of that line at most ("19 comments", "53 Responses to ..."). */
  static final int THREAD_LABEL_WORDS = 12;

  /**
   * The first header of the page's readers' comment thread, or -1 (decision 0060). A thread is a
   * rhythm, not a label: {@link #THREAD_HEADERS} comment headers or more ({@link
   * LineFeatures#commentHeader}: a name with a time, "said...", "Reply"), each followed within two
   * lines by prose of 10 words or more that is no header, each at most {@link #THREAD_GAP} lines
   * after the one before. It counts only below an article: its first header has {@link
   * #THREAD_ARTICLE_WORDS} words of prose the model reads as article above it, from the title on,
   * and a line of the comments' words ("19 comments", "Leave a reply") within {@link
   * #THREAD_LABEL_LINES} lines above it. Only the page's first such rhythm is read: where it does
   * not qualify, the page is left to the label cut.
   */
  public static int commentThread(LineFeatures features, double[] p, boolean[] settled) {
    int n = p.length;
    boolean[] header = new boolean[n];
    boolean[] prose = new boolean[n];
    for (int i = 0; i < n; i++) {
      header[i] = features.commentHeader(i);
      prose[i] = features.words(i) >= Rhythm.PROSE_WORDS && !header[i];
    }
    int from = Math.max(0, features.title());
    double articleWords = 0;
    double wordsAtStart = 0;
    int start = -1;
    int last = -1;
    int count = 0;
    for (int i = from; i < n; i++) {
      boolean cue = header[i] && (i + 1 < n && prose[i + 1] || i + 2 < n && prose[i + 2]);
      if (cue) {
        if (last < 0 || i - last > THREAD_GAP) {
          start = i;
          count = 0;
          wordsAtStart = articleWords;
        }
        last = i;
        if (++count >= THREAD_HEADERS && wordsAtStart >= THREAD_ARTICLE_WORDS) {
          return labelAbove(features, start, from) && below(features, p, settled, start).turns()
              ? start
              : -1;
        }
      } else if (!settled[i] && p[i] < 0.5 && features.words(i) >= Rhythm.PROSE_WORDS) {
        articleWords += features.words(i);
      }
    }
    return -1;
  }

  /** Paragraphs below a thread's first header from which their share under headers is read. */
  static final int THREAD_TURNS_FROM = 10;

  /** A paragraph this many lines after a comment header at most is that comment's turn. */
  static final int THREAD_TURN_LINES = 4;

  /**
   * The share of the paragraphs below a thread's first header that must be comments' turns
   * (decision 0074): every comment of a thread starts with its header, while a story whose dialogue
   * or whose posts' footers read as headers goes on for paragraphs between them.
   */
  static final double THREAD_TURN_SHARE = 0.5;

  /** Whether a line of the comments' words stands a little above a thread's first header. */
  private static boolean labelAbove(LineFeatures features, int start, int from) {
    for (int j = start - 1; j >= Math.max(from + 1, start - THREAD_LABEL_LINES); j--) {
      if (features.words(j) <= THREAD_LABEL_WORDS
          && features.has(j, LineFeatures.Keyword.COMMENTS)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The page's main block of prose as {@link #endOfArticle} reads it: {first line, last line}, or
   * null when no line reads as article prose.
   */
  public static int[] mainBlock(LineFeatures features, double[] p, boolean[] settled) {
    int n = p.length;
    int mainEnd = -1;
    int start = -1;
    int bestStart = -1;
    double best = 0;
    double weight = 0;
    int last = -END_BLOCK_GAP - 2;
    for (int i = 0; i < n; i++) {
      if (settled[i] || !(p[i] < 0.5) || features.words(i) < 10) {
        continue;
      }
      if (i - last > END_BLOCK_GAP) {
        weight = 0;
        start = i;
      }
      weight += (features.words(i) + 1) * (1 - p[i]);
      last = i;
      if (weight > best) {
        best = weight;
        mainEnd = i;
        bestStart = start;
      }
    }
    if (mainEnd < 0) {
      return null;
    }
    // the main block ends at its last article-like line, which may follow its best prefix
    for (int i = mainEnd + 1; i < n && i - mainEnd <= END_BLOCK_GAP; i++) {
      if (!settled[i] && p[i] < 0.5 && features.words(i) >= 10) {
        mainEnd = i;
      }
    }
    return new int[] {bestStart, mainEnd};
  }

  /**
   * Words a page keeps at the least: when the model would leave fewer (besides the title and what
   * other detectors flagged), it keeps the lines it doubts least until the page has that many.
   * Every page it judges has an article, and where the model takes all of a page's text for
   * furniture (a short blog post among long sidebars) its order of doubt still finds the post
   * (decision 0042).
   */
  public static final int MIN_KEPT_WORDS = 30;

  /** Lines the model is this sure of are furniture whatever the page keeps. */
  public static final double RESCUE_BELOW = 0.8;

  /** Takes back the flags of the least doubted lines until {@link #MIN_KEPT_WORDS} are kept. */
  private static void keepLeastDoubted(
      LineFeatures features, double[] p, boolean[] flag, int keptWords) {
    Integer[] order =
        IntStream.range(0, flag.length)
            .filter(i -> flag[i] && p[i] < RESCUE_BELOW)
            .boxed()
            .toArray(Integer[]::new);
    // lowest probability first; of equal doubt, the earlier line
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).thenComparingInt(i -> i));
    for (int k = 0; k < order.length && keptWords < MIN_KEPT_WORDS; k++) {
      flag[order[k]] = false;
      keptWords += features.words(order[k]);
    }
  }

  /** Words of the paragraphs around a {@link #subheading}. */
  static final int SUBHEADING_NEIGHBOUR_WORDS = 15;

  /**
   * A short headline-like line standing alone between two paragraphs that read as article on both
   * sides: the article's own subheading. Furniture standing alone inside the text (an advertisement
   * label, a "read more" line) is another detector's to type; a list of links has more than one
   * entry, and a block of furniture has neighbours of its kind (decision 0033).
   */
  private static boolean subheading(
      DetectionContext detection, boolean[] settled, double[] p, int i) {
    if (i == 0 || i + 1 >= p.length || !detection.features(i).headline()) {
      return false;
    }
    for (int j = i - 1; j <= i + 1; j += 2) {
      if (settled[j]
          || p[j] >= 0.5
          || detection.features(j).words() < SUBHEADING_NEIGHBOUR_WORDS
          || !detection.features(j).paragraph()) {
        return false;
      }
    }
    return true;
  }

  private static FlagType type(DetectionContext context, LineFeatures features, int i) {
    BlockFeatures f = context.features(i);
    if (features.has(i, LineFeatures.Keyword.LEGAL)) {
      return FlagType.LEGAL_NOTICE;
    }
    boolean teaser =
        f.endsEllipsis()
            || features.has(i, LineFeatures.Keyword.RELATED)
            || (f.headline() && f.words() >= 4 && f.titleCase() >= 0.6);
    return teaser ? FlagType.RELATED_LINKS : FlagType.SITE_CHROME;
  }

  private static String afterEnd(LineFeatures features, int i, double p, int end) {
    return String.format(
        Locale.ROOT,
        "after the article's end: line %d opens %s (line model %.2f)",
        end + 1,
        features.commentHeader(end)
            ? "a readers' comment thread"
            : features.has(end, LineFeatures.Keyword.COMMENTS) ? "comments" : "other stories",
        p);
  }

  private static String reason(LineFeatures features, int i, double p) {
    int words = features.words(i);
    int stops = features.stopWords(i);
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "line model %.2f: ", p));
    sb.append(words).append(words == 1 ? " word, " : " words, ");
    sb.append(stops == 0 ? "no" : String.valueOf(stops))
        .append(stops == 1 ? " stop word" : " stop words");
    int run = features.shortRun(i);
    if (run > 1) {
      sb.append(", in a run of ").append(run).append(" short lines");
    }
    String keywords = features.keywordNames(i);
    if (!keywords.isEmpty()) {
      sb.append(", words of ").append(keywords);
    }
    return sb.toString();
  }
}
