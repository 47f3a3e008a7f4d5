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
 * Trains the claim-link model ({@link LinkModel}) on the MRPC training pairs and chooses its
 * threshold on the validation pairs: the lowest probability at which the links reach {@link
 * #PRECISION} precision there (of the L2 penalties tried, the one that then links the most
 * paraphrases). The test pairs are never read here ({@link EvaluateClaimLinks} reports on them).
 * Deterministic: the same data give the same file, byte for byte.
 *
 * <p>Usage: {@code TrainClaimLinks MRPC_FOLDER OUTPUT_FILE}
 */
public final class TrainClaimLinks {
  static final String VERSION = "claim-link-v1";
  static final double PRECISION = 0.90;
  private static final double[] L2_GRID = {1e-4, 1e-3, 1e-2};

  private TrainClaimLinks() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: TrainClaimLinks MRPC_FOLDER OUTPUT_FILE");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    List<EvaluateClaimLinks.Scored> train = EvaluateClaimLinks.embedded(folder, "msr-para-train");
    List<EvaluateClaimLinks.Scored> val = EvaluateClaimLinks.embedded(folder, "msr-para-val");
    Files.writeString(Path.of(args[1]), train(train, val, System.out), StandardCharsets.UTF_8);
    System.out.println("written " + args[1]);
  }

  static String train(
      List<EvaluateClaimLinks.Scored> train, List<EvaluateClaimLinks.Scored> val, PrintStream log) {
    Map<String, Integer> ids = new HashMap<>();
    List<List<String>> trainFeatures = features(train);
    trainFeatures.forEach(fs -> fs.forEach(f -> ids.putIfAbsent(f, ids.size())));
    int[][] trainRows = rows(trainFeatures, ids);
    int[][] valRows = rows(features(val), ids);
    boolean[] trainLabels = labels(train);
    boolean[] valLabels = labels(val);
    LogisticTrainer.Model best = null;
    BinaryScores bestScores = null;
    for (double l2 : L2_GRID) {
      LogisticTrainer.Model m =
          LogisticTrainer.train(
              trainRows,
              trainLabels,
              ids.size(),
              LogisticTrainer.Params.defaults().withL2(l2));
      BinaryScores s = atPrecision(TrainCheckWorthiness.scores(m, valRows), valLabels);
      log.printf(Locale.ROOT, "  l2 %.0e  val %s%n", l2, s);
      if (s != null && (bestScores == null || s.truePositives() > bestScores.truePositives())) {
        best = m;
        bestScores = s;
      }
    }
    if (best == null) {
      throw new IllegalStateException("no threshold reaches " + PRECISION + " precision on val");
    }
    Map<String, Double> weights = new HashMap<>();
    for (Map.Entry<String, Integer> e : ids.entrySet()) {
      double w = best.weights()[e.getValue()];
      if (Math.abs(w) >= 5e-6) {
        weights.put(e.getKey(), w);
      }
    }
    log.printf(Locale.ROOT, "threshold %.2f: val %s%n", bestScores.threshold(), bestScores);
    return LinkModel.write(VERSION, bestScores.threshold(), best.bias(), weights);
  }

  /** The lowest threshold (0.01 steps) at which precision reaches {@link #PRECISION}; or null. */
  static BinaryScores atPrecision(double[] scores, boolean[] labels) {
    for (int k = 5; k <= 99; k++) {
      BinaryScores s = BinaryScores.at(scores, labels, k / 100.0);
      if (s.truePositives() + s.falsePositives() >= 20 && s.precision() >= PRECISION) {
        return s;
      }
    }
    return null;
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
      rows[i] =
          features.get(i).stream().filter(ids::containsKey).mapToInt(ids::get).toArray();
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
