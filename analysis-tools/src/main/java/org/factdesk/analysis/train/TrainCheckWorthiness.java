package org.factdesk.analysis.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.analysis.claim.CheckWorthiness;
import org.factdesk.analysis.claim.ClaimExtractor;

/**
 * Trains the engine's check-worthiness model ({@link CheckWorthiness}) on the train and dev parts
 * written by {@link ClaimBusterConverter}; the test part is never read here.
 *
 * <p>Steps: the features of every sentence ({@link CheckWorthiness#features}); a vocabulary of the
 * features seen in at least {@value #MIN_SENTENCES} training sentences; logistic regressions on
 * train for each L2 penalty of a small grid, each judged on dev by its best F1; the threshold of
 * the best one becomes the model's; then the same settings are trained again on train and dev
 * together, and that model is written. Deterministic: the same data give the same file, byte for
 * byte.
 *
 * <p>Usage: {@code TrainCheckWorthiness DATA_FOLDER OUTPUT_FILE [--decisions FILE.jsonl]}: with
 * {@code --decisions}, the editors' decisions exported by {@code GET /api/claims/decisions.jsonl}
 * ({@link EditorDecisions}) are added to the training sentences (not to dev, so the threshold is
 * still chosen on the public data).
 */
public final class TrainCheckWorthiness {
  static final String VERSION = "check-worthiness-v1";
  static final int MIN_SENTENCES = 2;
  private static final double[] L2_GRID = {1e-4, 1e-3, 1e-2, 1e-1};

  private TrainCheckWorthiness() {}

  public static void main(String[] args) throws IOException {
    boolean withDecisions = args.length == 4 && args[2].equals("--decisions");
    if (args.length != 2 && !withDecisions) {
      System.err.println(
          "usage: TrainCheckWorthiness DATA_FOLDER OUTPUT_FILE [--decisions FILE.jsonl]");
      System.exit(2);
    }
    Path data = Path.of(args[0]);
    List<LabelledSentence> train =
        new ArrayList<>(LabelledSentence.read(data.resolve("train.tsv")));
    if (withDecisions) {
      List<LabelledSentence> decisions = EditorDecisions.read(Path.of(args[3]));
      System.out.println("editors' decisions: " + decisions.size() + " sentences added to train");
      train.addAll(decisions);
    }
    List<LabelledSentence> dev = LabelledSentence.read(data.resolve("dev.tsv"));
    String model = train(train, dev, System.out);
    Files.writeString(Path.of(args[1]), model, StandardCharsets.UTF_8);
    System.out.println("written " + args[1]);
  }

  /** The model text, trained as the class comment says; progress goes to {@code log}. */
  static String train(
      List<LabelledSentence> train, List<LabelledSentence> dev, java.io.PrintStream log) {
    List<List<String>> trainFeatures = features(train);
    List<List<String>> devFeatures = features(dev);
    Vocabulary vocabulary = Vocabulary.of(trainFeatures, MIN_SENTENCES);
    int[][] trainRows = vocabulary.rows(trainFeatures);
    int[][] devRows = vocabulary.rows(devFeatures);
    boolean[] trainLabels = labels(train);
    boolean[] devLabels = labels(dev);
    log.printf(
        Locale.ROOT,
        "train %d sentences, dev %d, %d features%n",
        train.size(),
        dev.size(),
        vocabulary.size());
    LogisticTrainer.Params best = null;
    BinaryScores bestScores = null;
    for (double l2 : L2_GRID) {
      LogisticTrainer.Params params = LogisticTrainer.Params.defaults().withL2(l2);
      LogisticTrainer.Model m =
          LogisticTrainer.train(trainRows, trainLabels, vocabulary.size(), params);
      BinaryScores s = BinaryScores.bestF1(scores(m, devRows), devLabels);
      log.printf(Locale.ROOT, "  l2 %.0e  dev %s%n", l2, s);
      if (bestScores == null || s.f1() > bestScores.f1()) {
        best = params;
        bestScores = s;
      }
    }
    log.printf(Locale.ROOT, "chosen l2 %.0e, threshold %.2f%n", best.l2(), bestScores.threshold());

    List<LabelledSentence> all = new ArrayList<>(train);
    all.addAll(dev);
    List<List<String>> allFeatures = new ArrayList<>(trainFeatures);
    allFeatures.addAll(devFeatures);
    Vocabulary allVocabulary = Vocabulary.of(allFeatures, MIN_SENTENCES);
    LogisticTrainer.Model m =
        LogisticTrainer.train(
            allVocabulary.rows(allFeatures), labels(all), allVocabulary.size(), best);
    return write(m, allVocabulary, bestScores.threshold());
  }

  static List<List<String>> features(List<LabelledSentence> sentences) {
    List<List<String>> out = new ArrayList<>(sentences.size());
    for (LabelledSentence s : sentences) {
      List<String> f = new ArrayList<>();
      CheckWorthiness.features(s.text(), ClaimExtractor.spans(s.text()), f::add);
      out.add(f);
    }
    return out;
  }

  static boolean[] labels(List<LabelledSentence> sentences) {
    boolean[] y = new boolean[sentences.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = sentences.get(i).checkWorthy();
    }
    return y;
  }

  static double[] scores(LogisticTrainer.Model m, int[][] rows) {
    double[] p = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      p[i] = m.probability(rows[i]);
    }
    return p;
  }

  /**
   * The text form {@link CheckWorthiness#parse} reads; features by name, near-zero ones left out.
   */
  static String write(LogisticTrainer.Model m, Vocabulary vocabulary, double threshold) {
    TreeMap<String, String> lines = new TreeMap<>();
    for (Map.Entry<String, Integer> e : vocabulary.ids.entrySet()) {
      String w = String.format(Locale.ROOT, "%.5f", m.weights()[e.getValue()]);
      if (Double.parseDouble(w) != 0) {
        lines.put(e.getKey(), w);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("factdesk-logistic 1\n");
    out.append("version ").append(VERSION).append('\n');
    out.append(String.format(Locale.ROOT, "threshold %.2f", threshold)).append('\n');
    out.append(String.format(Locale.ROOT, "bias %.5f", m.bias())).append('\n');
    out.append("features ").append(lines.size()).append('\n');
    lines.forEach((feature, w) -> out.append(w).append('\t').append(feature).append('\n'));
    return out.toString();
  }

  /** Feature names to ids, for the features seen in enough sentences. */
  static final class Vocabulary {
    final Map<String, Integer> ids;

    private Vocabulary(Map<String, Integer> ids) {
      this.ids = ids;
    }

    static Vocabulary of(List<List<String>> sentences, int minSentences) {
      Map<String, Integer> seen = new HashMap<>();
      for (List<String> features : sentences) {
        features.stream().distinct().forEach(f -> seen.merge(f, 1, Integer::sum));
      }
      Map<String, Integer> ids = new HashMap<>();
      new TreeMap<>(seen)
          .forEach(
              (f, n) -> {
                if (n >= minSentences) {
                  ids.put(f, ids.size());
                }
              });
      return new Vocabulary(ids);
    }

    int size() {
      return ids.size();
    }

    int[][] rows(List<List<String>> sentences) {
      int[][] rows = new int[sentences.size()][];
      for (int i = 0; i < rows.length; i++) {
        rows[i] =
            sentences.get(i).stream()
                .map(ids::get)
                .filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue)
                .toArray();
      }
      return rows;
    }
  }
}
