package org.factdesk.analysis.detect;

import java.util.List;
import java.util.Locale;
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
 * <p>The shipped models are trained on the dev split of the public evaluation pages by {@code
 * org.factdesk.analysis.train.TrainTextLines}, which reproduces them byte for byte.
 */
public final class LineModelDetector implements Detector {
  public static final String ID = "line-model";

  /** The first stage, on each line's own features and its neighbours': a class-path resource. */
  public static final String LINES_MODEL = "org/factdesk/analysis/model/text-lines-v2.trees";

  /** The second stage, which also reads the first stage's probabilities around the line. */
  public static final String CONTEXT_MODEL =
      "org/factdesk/analysis/model/text-lines-context-v2.trees";

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

  /** The shipped models, read on first use: training new ones must not need the old ones. */
  private static final class Shipped {
    static final BoostedTrees LINES = checked(BoostedTrees.load(LINES_MODEL), LineFeatures.NAMES);
    static final BoostedTrees CONTEXT =
        checked(BoostedTrees.load(CONTEXT_MODEL), LineFeatures.STACKED_NAMES);
  }

  /** Null for the shipped models. */
  private final BoostedTrees lines;

  /** Null for the shipped models, or for the first stage alone when {@link #lines} is set. */
  private final BoostedTrees context;

  private final double threshold;

  /** The shipped models and threshold; the models are read once per JVM. */
  public LineModelDetector() {
    this.lines = null;
    this.context = null;
    this.threshold = THRESHOLD;
  }

  /**
   * Other models, e.g. ones being trained, with their own threshold.
   *
   * @param context the second stage, or null to judge by the first stage alone
   */
  public LineModelDetector(BoostedTrees lines, BoostedTrees context, double threshold) {
    this.lines = checked(lines, LineFeatures.NAMES);
    this.context = context == null ? null : checked(context, LineFeatures.STACKED_NAMES);
    this.threshold = threshold;
  }

  private static BoostedTrees checked(BoostedTrees model, List<String> names) {
    if (!model.featureNames().equals(names)) {
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
   * The same for the lines not {@code settled}; a settled line's neighbours still read its first
   * stage's probability, but its own final one is not computed (NaN).
   */
  private double[] probabilities(LineFeatures features, boolean[] settled) {
    BoostedTrees first = lines != null ? lines : Shipped.LINES;
    BoostedTrees second = lines != null ? context : Shipped.CONTEXT;
    double[] p = new double[features.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = first.probability(features.row(i));
    }
    if (second == null) {
      return p;
    }
    float[][] stacked = features.stacked(p);
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = settled[i] ? Double.NaN : second.probability(stacked[i]);
    }
    return out;
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
    double[] p = probabilities(features, settled);
    for (int i = 0; i < detection.size(); i++) {
      if (!settled[i] && p[i] >= threshold) {
        sink.add(i, type(detection, features, i), p[i], ID, reason(features, i, p[i]));
      }
    }
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
