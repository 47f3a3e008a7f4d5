package org.factdesk.analysis.train;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.analysis.claim.LinkModel;

/**
 * Trains the claim-link model ({@link LinkModel}) on the MRPC training and validation pairs
 * together (dev); the test pairs are never read here ({@link EvaluateClaimLinks} reports on them).
 *
 * <p>The threshold is chosen on out-of-fold predictions: dev is cut into {@value #FOLDS} folds,
 * each scored by a model trained on the others, and the threshold is the lowest probability at
 * which the links' precision is at least {@link #PRECISION} with 95% confidence (the lower Wilson
 * bound), so that held-out data meet the goal and not just dev. Of the L2 penalties tried, the one
 * that then links the most paraphrases is kept, and the shipped model is trained on all of dev.
 * Deterministic: the same data give the same file, byte for byte.
 *
 * <p>Usage: {@code TrainClaimLinks MRPC_FOLDER OUTPUT_FILE}
 */
public final class TrainClaimLinks {
  static final String VERSION = "claim-link-v1";
  static final double PRECISION = 0.90;
  static final int FOLDS = 5;
  private static final double[] L2_GRID = {1e-4, 1e-3, 1e-2};

  private TrainClaimLinks() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: TrainClaimLinks MRPC_FOLDER OUTPUT_FILE");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    List<EvaluateClaimLinks.Scored> dev =
        new ArrayList<>(EvaluateClaimLinks.embedded(folder, "msr-para-train"));
    dev.addAll(EvaluateClaimLinks.embedded(folder, "msr-para-val"));
    Files.writeString(Path.of(args[1]), train(dev, System.out), StandardCharsets.UTF_8);
    System.out.println("written " + args[1]);
  }

  static String train(List<EvaluateClaimLinks.Scored> dev, PrintStream log) {
    Map<String, Integer> ids = new HashMap<>();
    List<List<String>> features = features(dev);
    features.forEach(fs -> fs.forEach(f -> ids.putIfAbsent(f, ids.size())));
    int[][] rows = rows(features, ids);
    boolean[] labels = labels(dev);
    LogisticTrainer.Params best = null;
    BinaryScores bestScores = null;
    for (double l2 : L2_GRID) {
      LogisticTrainer.Params params = LogisticTrainer.Params.defaults().withL2(l2);
      BinaryScores s = atPrecision(outOfFold(rows, labels, ids.size(), params), labels);
      log.printf(Locale.ROOT, "  l2 %.0e  out of fold %s%n", l2, s);
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

  /** Each row's probability from a model trained on the other folds (row i is in fold i mod k). */
  static double[] outOfFold(
      int[][] rows, boolean[] labels, int features, LogisticTrainer.Params params) {
    double[] p = new double[rows.length];
    for (int fold = 0; fold < FOLDS; fold++) {
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
      LogisticTrainer.Model m =
          LogisticTrainer.train(trainRows.toArray(new int[0][]), y, features, params);
      for (int i = fold; i < rows.length; i += FOLDS) {
        p[i] = m.probability(rows[i]);
      }
    }
    return p;
  }

  /**
   * The lowest threshold (0.01 steps) at which the lower 95% Wilson bound of the precision reaches
   * {@link #PRECISION}; null when none does.
   */
  static BinaryScores atPrecision(double[] scores, boolean[] labels) {
    for (int k = 5; k <= 99; k++) {
      BinaryScores s = BinaryScores.at(scores, labels, k / 100.0);
      int n = s.truePositives() + s.falsePositives();
      if (n >= 20 && wilsonLower(s.truePositives(), n) >= PRECISION) {
        return s;
      }
    }
    return null;
  }

  static double wilsonLower(int successes, int n) {
    double z = 1.96;
    double p = successes / (double) n;
    double centre = p + z * z / (2 * n);
    double spread = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n));
    return (centre - spread) / (1 + z * z / n);
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
