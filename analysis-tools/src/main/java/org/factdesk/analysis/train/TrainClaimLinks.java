package org.factdesk.analysis.train;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.factdesk.analysis.claim.LinkModel;
import org.factdesk.analysis.claim.MeaningMatcher;

/**
 * Trains the claim-link model ({@link LinkModel}) on the MRPC training and validation pairs
 * together (dev); the test pairs are never read here ({@link EvaluateClaimLinks} reports on them).
 *
 * <p>The threshold is chosen on out-of-fold predictions (decision 0077): dev is cut into {@value
 * #FOLDS} folds, each scored by a model trained on the others, and this is repeated with {@value
 * #REPEATS} fold assignments, whose link counts are averaged (one assignment alone moved the
 * threshold between 0.85 and 0.88). The threshold is the lowest probability at which a held-out
 * read of {@value #READ_PAIRS} pairs (the size of MRPC test, the read the goal is judged on) would
 * show at least {@link #PRECISION} precision with 95% probability: the out-of-fold precision less
 * 1.645 standard errors of the difference between two reads, dev's links and the held-out read's
 * (as many links per pair as dev). Of the L2 penalties tried, the one that then links the most
 * paraphrases is kept, and the shipped model is trained on all of dev. Deterministic: the same data
 * give the same file, byte for byte.
 *
 * <p>Usage: {@code TrainClaimLinks MRPC_FOLDER OUTPUT_FILE}; {@code TrainClaimLinks --val
 * MRPC_FOLDER OUTPUT_FILE} checks the rule inside dev instead: the same training and choice on the
 * training pairs alone, then the links of that model on the validation pairs, which it has not seen
 * (test is not read either way). {@code TrainClaimLinks --offers MRPC_FOLDER} writes nothing: it
 * reports, out of fold over dev as the choice reads it, how many paraphrases are linked or offered
 * to a person, with offers scored with and without the length terms (decision 0077).
 */
public final class TrainClaimLinks {
  static final String VERSION = "claim-link-v2";
  static final double PRECISION = 0.90;
  static final int FOLDS = 5;
  static final int REPEATS = 10;
  static final int READ_PAIRS = 1725;
  private static final double[] L2_GRID = {1e-4, 1e-3, 1e-2};

  private TrainClaimLinks() {}

  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean val = rest.remove("--val");
    if (rest.remove("--offers") && rest.size() == 1) {
      List<EvaluateClaimLinks.Scored> dev =
          new ArrayList<>(EvaluateClaimLinks.embedded(Path.of(rest.get(0)), "msr-para-train"));
      dev.addAll(EvaluateClaimLinks.embedded(Path.of(rest.get(0)), "msr-para-val"));
      offers(dev, System.out);
      return;
    }
    if (rest.size() != 2) {
      System.err.println(
          "usage: TrainClaimLinks [--val] MRPC_FOLDER OUTPUT_FILE | --offers MRPC_FOLDER");
      System.exit(2);
    }
    Path folder = Path.of(rest.get(0));
    List<EvaluateClaimLinks.Scored> dev =
        new ArrayList<>(EvaluateClaimLinks.embedded(folder, "msr-para-train"));
    List<EvaluateClaimLinks.Scored> valPairs = EvaluateClaimLinks.embedded(folder, "msr-para-val");
    if (!val) {
      dev.addAll(valPairs);
    }
    String model = train(dev, System.out);
    Files.writeString(Path.of(rest.get(1)), model, StandardCharsets.UTF_8);
    System.out.println("written " + rest.get(1));
    if (val) {
      System.out.println(onValidation(LinkModel.parse(new StringReader(model)), valPairs));
    }
  }

  /** Links, precision (with its 95% Wilson interval) and recall of a model on unseen pairs. */
  static String onValidation(LinkModel model, List<EvaluateClaimLinks.Scored> pairs) {
    int right = 0;
    int links = 0;
    int paraphrases = 0;
    for (EvaluateClaimLinks.Scored s : pairs) {
      boolean linked = model.probability(s.left(), s.right()) >= model.threshold();
      boolean paraphrase = s.pair().paraphrase();
      links += linked ? 1 : 0;
      right += linked && paraphrase ? 1 : 0;
      paraphrases += paraphrase ? 1 : 0;
    }
    double[] interval = wilson(right, links);
    return String.format(
        Locale.ROOT,
        "validation: %d pairs, %d paraphrases; at threshold %.2f %d links, precision %.1f%%"
            + " (95%% interval %.1f-%.1f%%), recall %.1f%%",
        pairs.size(),
        paraphrases,
        model.threshold(),
        links,
        links == 0 ? 0.0 : 100.0 * right / links,
        100 * interval[0],
        100 * interval[1],
        paraphrases == 0 ? 0.0 : 100.0 * right / paraphrases);
  }

  /** The 95% Wilson interval of a share. */
  static double[] wilson(int successes, int n) {
    if (n == 0) {
      return new double[] {0, 1};
    }
    double z = 1.96;
    double p = successes / (double) n;
    double centre = p + z * z / (2 * n);
    double spread = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
    return new double[] {(centre - spread) / (1 + z * z / n), (centre + spread) / (1 + z * z / n)};
  }

  static String train(List<EvaluateClaimLinks.Scored> dev, PrintStream log) {
    Map<String, Integer> ids = new HashMap<>();
    List<List<String>> features = features(dev);
    features.forEach(fs -> fs.forEach(f -> ids.putIfAbsent(f, ids.size())));
    int[][] rows = rows(features, ids);
    boolean[] labels = labels(dev);
    LogisticTrainer.Params best = null;
    Counts bestScores = null;
    for (double l2 : L2_GRID) {
      LogisticTrainer.Params params = LogisticTrainer.Params.defaults().withL2(l2);
      Counts s = atPrecision(repeatedOutOfFold(rows, labels, ids.size(), params));
      log.printf(Locale.ROOT, "  l2 %.0e  out of fold, %d assignments: %s%n", l2, REPEATS, s);
      if (s != null && (bestScores == null || s.truePositives() > bestScores.truePositives())) {
        best = params;
        bestScores = s;
      }
    }
    if (best == null) {
      throw new IllegalStateException("no threshold reaches " + PRECISION + " precision on dev");
    }
    LogisticTrainer.Model m = LogisticTrainer.train(rows, labels, ids.size(), best);
    Map<String, Double> weights = new HashMap<>();
    for (Map.Entry<String, Integer> e : ids.entrySet()) {
      double w = m.weights()[e.getValue()];
      if (Math.abs(w) >= 5e-6) {
        weights.put(e.getKey(), w);
      }
    }
    log.printf(Locale.ROOT, "chosen l2 %.0e, threshold %.2f%n", best.l2(), bestScores.threshold());
    return LinkModel.write(VERSION, bestScores.threshold(), m.bias(), weights);
  }

  /**
   * Links and right links at one threshold over {@code pairs} pairs of which {@code paraphrases}
   * are paraphrases, averaged over fold assignments.
   */
  record Counts(double threshold, double truePositives, double links, int paraphrases, int pairs) {
    double precision() {
      return links == 0 ? 0 : truePositives / links;
    }

    double recall() {
      return paraphrases == 0 ? 0 : truePositives / paraphrases;
    }

    /** The precision a held-out read of {@link #READ_PAIRS} pairs keeps with 95% probability. */
    double heldOutLower() {
      return TrainClaimLinks.heldOutLower(truePositives, links, links * READ_PAIRS / pairs);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "threshold %.2f  links %.1f  P %.2f%%  R %.2f%%  held-out read from %.2f%%",
          threshold,
          links,
          100 * precision(),
          100 * recall(),
          100 * heldOutLower());
    }
  }

  /**
   * For each threshold from 0.05 to 0.99 (index = hundredths), the links and right links of
   * out-of-fold predictions averaged over {@link #REPEATS} fold assignments: the first puts row i
   * in fold i mod k, the others shuffle the rows with seeds 1, 2, … first.
   */
  static Counts[] repeatedOutOfFold(
      int[][] rows, boolean[] labels, int features, LogisticTrainer.Params params) {
    double[] truePositives = new double[100];
    double[] links = new double[100];
    for (int repeat = 0; repeat < REPEATS; repeat++) {
      int[] order = order(rows.length, repeat);
      int[][] r = new int[rows.length][];
      boolean[] y = new boolean[rows.length];
      for (int i = 0; i < rows.length; i++) {
        r[i] = rows[order[i]];
        y[i] = labels[order[i]];
      }
      double[] p = outOfFold(r, y, features, params);
      for (int k = 5; k <= 99; k++) {
        BinaryScores s = BinaryScores.at(p, y, k / 100.0);
        truePositives[k] += s.truePositives();
        links[k] += s.truePositives() + s.falsePositives();
      }
    }
    int paraphrases = 0;
    for (boolean label : labels) {
      paraphrases += label ? 1 : 0;
    }
    Counts[] out = new Counts[100];
    for (int k = 5; k <= 99; k++) {
      out[k] =
          new Counts(
              k / 100.0, truePositives[k] / REPEATS, links[k] / REPEATS, paraphrases, rows.length);
    }
    return out;
  }

  /** The row order of one fold assignment: as read for the first, shuffled by seed after. */
  static int[] order(int n, int repeat) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    if (repeat > 0) {
      Random random = new Random(repeat);
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
    }
    return order;
  }

  /** Each row's probability from a model trained on the other folds (row i is in fold i mod k). */
  static double[] outOfFold(
      int[][] rows, boolean[] labels, int features, LogisticTrainer.Params params) {
    double[] p = new double[rows.length];
    for (int fold = 0; fold < FOLDS; fold++) {
      LogisticTrainer.Model m = withoutFold(rows, labels, fold, features, params);
      for (int i = fold; i < rows.length; i += FOLDS) {
        p[i] = m.probability(rows[i]);
      }
    }
    return p;
  }

  /** The model trained on every row but those of {@code fold} (row i is in fold i mod k). */
  private static LogisticTrainer.Model withoutFold(
      int[][] rows, boolean[] labels, int fold, int features, LogisticTrainer.Params params) {
    List<int[]> trainRows = new ArrayList<>();
    List<Boolean> trainLabels = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      if (i % FOLDS != fold) {
        trainRows.add(rows[i]);
        trainLabels.add(labels[i]);
      }
    }
    boolean[] y = new boolean[trainLabels.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = trainLabels.get(i);
    }
    return LogisticTrainer.train(trainRows.toArray(new int[0][]), y, features, params);
  }

  /**
   * The lowest threshold (0.01 steps) at which a held-out read of {@link #READ_PAIRS} pairs would
   * show {@link #PRECISION} precision with 95% probability ({@link #heldOutLower}); null when none
   * does.
   */
  static Counts atPrecision(Counts[] counts) {
    for (int k = 5; k <= 99; k++) {
      Counts c = counts[k];
      if (c.links() >= 20 && c.heldOutLower() >= PRECISION) {
        return c;
      }
    }
    return null;
  }

  /**
   * The precision that a held-out read of {@code readLinks} links falls below with 5% probability
   * when {@code right} of {@code links} links were right here: the observed precision less 1.645
   * standard errors of the difference of two binomial shares (normal approximation), so that both
   * this estimate's noise and the read's own are covered.
   */
  static double heldOutLower(double right, double links, double readLinks) {
    double p = right / links;
    return p - 1.645 * Math.sqrt(p * (1 - p) * (1 / links + 1 / readLinks));
  }

  /**
   * Out of fold over dev ({@link #REPEATS} fold assignments averaged, the shipped L2): links at a
   * threshold, offers (not linked, cosine {@link MeaningMatcher#CANDIDATE_COSINE} or more, score
   * {@link MeaningMatcher#SUGGEST_FROM} or more) and the paraphrases linked or offered, overall and
   * for tellings 8 or more words apart. Three ways: the 0017 features (no length terms) at v1's
   * threshold 0.87; v2's features at 0.84 with offers on the full score; the same links with offers
   * on the score without the length terms (what the engine does, decision 0077).
   */
  static void offers(List<EvaluateClaimLinks.Scored> dev, PrintStream out) {
    boolean[] labels = labels(dev);
    boolean[] apart = new boolean[dev.size()];
    boolean[] candidate = new boolean[dev.size()];
    for (int i = 0; i < apart.length; i++) {
      EvaluateClaimLinks.Scored s = dev.get(i);
      apart[i] = Math.abs(words(s.pair().left()) - words(s.pair().right())) >= 8;
      candidate[i] = s.cosine() >= MeaningMatcher.CANDIDATE_COSINE;
    }
    List<List<String>> all = features(dev);
    List<List<String>> noLength =
        all.stream()
            .map(fs -> fs.stream().filter(f -> !f.startsWith(LinkModel.LENGTH_FEATURES)).toList())
            .toList();
    LogisticTrainer.Params params = LogisticTrainer.Params.defaults().withL2(1e-3);
    out.println("dev out of fold, " + REPEATS + " fold assignments averaged, l2 1e-3:");
    offerLine(
        out,
        "0017 features, links from 0.87",
        noLength,
        labels,
        apart,
        candidate,
        params,
        0.87,
        false);
    offerLine(
        out,
        "v2, links from 0.84, offers on the full score",
        all,
        labels,
        apart,
        candidate,
        params,
        0.84,
        false);
    offerLine(
        out,
        "v2, links from 0.84, offers without length",
        all,
        labels,
        apart,
        candidate,
        params,
        0.84,
        true);
  }

  /**
   * Out-of-fold links and offers over one feature set, summed over the fold assignments: {@code
   * reached} counts the paraphrases linked or offered, {@code apartReached} those of them whose
   * tellings are 8 or more words apart.
   */
  record Reach(
      double links,
      double linksRight,
      double offered,
      double offeredRight,
      double apartReached,
      int paraphrases,
      int apartParaphrases) {
    double reached() {
      return linksRight + offeredRight;
    }
  }

  private static void offerLine(
      PrintStream out,
      String name,
      List<List<String>> features,
      boolean[] labels,
      boolean[] apart,
      boolean[] candidate,
      LogisticTrainer.Params params,
      double threshold,
      boolean offerWithoutLength) {
    Reach r = reach(features, labels, apart, candidate, params, threshold, offerWithoutLength);
    out.printf(
        Locale.ROOT,
        "  %-46s links %6.1f  P %5.1f%%  R %5.1f%% | offered %6.1f  right %5.1f%% | linked or"
            + " offered %5.1f%% of paraphrases, %5.1f%% of the %d 8+ words apart%n",
        name,
        r.links() / REPEATS,
        100 * r.linksRight() / r.links(),
        100 * r.linksRight() / REPEATS / r.paraphrases(),
        r.offered() / REPEATS,
        100 * r.offeredRight() / r.offered(),
        100 * r.reached() / REPEATS / r.paraphrases(),
        100 * r.apartReached() / REPEATS / r.apartParaphrases(),
        r.apartParaphrases());
  }

  static Reach reach(
      List<List<String>> features,
      boolean[] labels,
      boolean[] apart,
      boolean[] candidate,
      LogisticTrainer.Params params,
      double threshold,
      boolean offerWithoutLength) {
    Map<String, Integer> ids = new HashMap<>();
    features.forEach(fs -> fs.forEach(f -> ids.putIfAbsent(f, ids.size())));
    int[][] rows = rows(features, ids);
    boolean[] length = new boolean[ids.size()];
    ids.forEach(
        (f, id) -> length[id] = offerWithoutLength && f.startsWith(LinkModel.LENGTH_FEATURES));
    double links = 0;
    double linksRight = 0;
    double offered = 0;
    double offeredRight = 0;
    double apartReached = 0;
    int paraphrases = 0;
    int apartParaphrases = 0;
    for (int i = 0; i < labels.length; i++) {
      paraphrases += labels[i] ? 1 : 0;
      apartParaphrases += labels[i] && apart[i] ? 1 : 0;
    }
    for (int repeat = 0; repeat < REPEATS; repeat++) {
      int[] order = order(rows.length, repeat);
      int[][] r = new int[rows.length][];
      boolean[] y = new boolean[rows.length];
      for (int i = 0; i < rows.length; i++) {
        r[i] = rows[order[i]];
        y[i] = labels[order[i]];
      }
      for (int fold = 0; fold < FOLDS; fold++) {
        LogisticTrainer.Model m = withoutFold(r, y, fold, ids.size(), params);
        for (int i = fold; i < r.length; i += FOLDS) {
          int pair = order[i];
          double margin = m.margin(r[i]);
          double offerMargin = margin;
          for (int f : r[i]) {
            offerMargin -= length[f] ? m.weights()[f] : 0;
          }
          boolean paraphrase = y[i];
          if (1 / (1 + Math.exp(-margin)) >= threshold) {
            links++;
            linksRight += paraphrase ? 1 : 0;
            apartReached += paraphrase && apart[pair] ? 1 : 0;
          } else if (candidate[pair]
              && 1 / (1 + Math.exp(-offerMargin)) >= MeaningMatcher.SUGGEST_FROM) {
            offered++;
            offeredRight += paraphrase ? 1 : 0;
            apartReached += paraphrase && apart[pair] ? 1 : 0;
          }
        }
      }
    }
    return new Reach(
        links, linksRight, offered, offeredRight, apartReached, paraphrases, apartParaphrases);
  }

  private static int words(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  private static List<List<String>> features(List<EvaluateClaimLinks.Scored> pairs) {
    List<List<String>> out = new ArrayList<>();
    for (EvaluateClaimLinks.Scored s : pairs) {
      List<String> f = new ArrayList<>();
      LinkModel.features(s.left(), s.right(), f::add);
      out.add(f);
    }
    return out;
  }

  private static int[][] rows(List<List<String>> features, Map<String, Integer> ids) {
    int[][] rows = new int[features.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = features.get(i).stream().filter(ids::containsKey).mapToInt(ids::get).toArray();
    }
    return rows;
  }

  private static boolean[] labels(List<EvaluateClaimLinks.Scored> pairs) {
    boolean[] y = new boolean[pairs.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = pairs.get(i).pair().paraphrase();
    }
    return y;
  }
}
