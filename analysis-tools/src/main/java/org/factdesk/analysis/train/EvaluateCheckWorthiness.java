package org.factdesk.analysis.train;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.analysis.claim.CheckWorthiness;
import org.factdesk.analysis.claim.ClaimExtractor;
import org.factdesk.analysis.model.BoostedTrees;

/**
 * Precision, recall and F1 of check-worthiness on the held-out test part written by {@link
 * ClaimBusterConverter}, for three scorers side by side:
 *
 * <ul>
 *   <li>the learnt model ({@link CheckWorthiness}, the file given or else the one the engine ships)
 *       at its own threshold;
 *   <li>the span rules the engine used before it ({@link SpanRules}) at 0.3;
 *   <li>gradient-boosted trees ({@link TreeTrainer}, default settings) on the model's non-word
 *       features (spans, length, names, question) and the counts of the {@value #TREE_WORDS} words
 *       most sentences hold, trained on train, its threshold chosen on dev, then retrained on train
 *       and dev: the tree learner the engine already has, on what trees can use.
 * </ul>
 *
 * <p>Usage: {@code EvaluateCheckWorthiness DATA_FOLDER [MODEL_FILE ...] [--news NEWS_FOLDER]
 * [--part test|dev]}
 */
public final class EvaluateCheckWorthiness {
  static final int TREE_WORDS = 300;

  private EvaluateCheckWorthiness() {}

  public static void main(String[] args) throws IOException {
    Path data = null;
    Path news = null;
    String part = "test";
    List<CheckWorthiness> models = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--news") && i + 1 < args.length) {
        news = Path.of(args[++i]);
      } else if (args[i].equals("--part") && i + 1 < args.length) {
        part = args[++i];
      } else if (data == null) {
        data = Path.of(args[i]);
      } else {
        models.add(
            CheckWorthiness.parse(
                new StringReader(Files.readString(Path.of(args[i]), StandardCharsets.UTF_8))));
      }
    }
    if (data == null || !(part.equals("test") || part.equals("dev"))) {
      System.err.println(
          "usage: EvaluateCheckWorthiness DATA_FOLDER [MODEL_FILE ...] [--news NEWS_FOLDER]"
              + " [--part test|dev]");
      System.exit(2);
    }
    if (models.isEmpty()) {
      models.add(CheckWorthiness.shipped());
    }
    debates(data, part, models);
    if (news != null) {
      news(news, part, models);
    }
  }

  /** The held-out debates: each model, the span rules and (on test) boosted trees. */
  private static void debates(Path data, String part, List<CheckWorthiness> models)
      throws IOException {
    List<LabelledSentence> test = LabelledSentence.read(data.resolve(part + ".tsv"));
    boolean[] labels = TrainCheckWorthiness.labels(test);
    double[] rules = new double[test.size()];
    for (int i = 0; i < test.size(); i++) {
      String text = test.get(i).text();
      rules[i] = SpanRules.score(text, ClaimExtractor.spans(text));
    }
    System.out.printf(
        Locale.ROOT,
        "debates, %s: %d sentences of %d debates, %d check-worthy%n",
        part,
        test.size(),
        test.stream().map(LabelledSentence::document).distinct().count(),
        test.stream().filter(LabelledSentence::checkWorthy).count());
    for (CheckWorthiness model : models) {
      double[] learnt = probabilities(model, test);
      print(model.version(), BinaryScores.at(learnt, labels, model.threshold()));
      print("  (its best threshold here, for orientation)", BinaryScores.bestF1(learnt, labels));
    }
    print("span rules (before)", BinaryScores.at(rules, labels, SpanRules.THRESHOLD));
    print("  (their best threshold here)", BinaryScores.bestF1(rules, labels));
    if (part.equals("test")) {
      trees(
          LabelledSentence.read(data.resolve("train.tsv")),
          LabelledSentence.read(data.resolve("dev.tsv")),
          test,
          labels);
    }
  }

  /**
   * The held-out news articles: each model at its threshold, and how many check-worthy sentences
   * become candidates when capped to one in three, per article (the engine until decision 0049) and
   * across articles from the probability that marks a third of the dev articles' sentences.
   */
  private static void news(Path folder, String part, List<CheckWorthiness> models)
      throws IOException {
    List<LabelledSentence> dev = LabelledSentence.read(folder.resolve("dev.tsv"));
    List<LabelledSentence> test = LabelledSentence.read(folder.resolve(part + ".tsv"));
    boolean[] labels = TrainCheckWorthiness.labels(test);
    System.out.printf(
        Locale.ROOT,
        "%nnews, %s: %d sentences of %d articles, %d check-worthy%n",
        part,
        test.size(),
        test.stream().map(LabelledSentence::document).distinct().count(),
        test.stream().filter(LabelledSentence::checkWorthy).count());
    for (CheckWorthiness model : models) {
      double[] p = probabilities(model, test);
      print(model.version(), BinaryScores.at(p, labels, model.threshold()));
      print("  (its best threshold here, for orientation)", BinaryScores.bestF1(p, labels));
      print("  best third of each article", CappedRecall.perArticle(test, p, model.threshold()));
      double across =
          CappedRecall.thresholdForShare(
              probabilities(model, dev), 1 / (double) ClaimExtractor.SENTENCES_PER_CANDIDATE);
      print(
          String.format(Locale.ROOT, "  across articles, from %.3f (dev)", across),
          CappedRecall.acrossArticles(test, p, across));
    }
    double[] rules = new double[test.size()];
    for (int i = 0; i < test.size(); i++) {
      String text = test.get(i).text();
      rules[i] = SpanRules.score(text, ClaimExtractor.spans(text));
    }
    print("span rules (before)", BinaryScores.at(rules, labels, SpanRules.THRESHOLD));
    print(
        "  best third of each article", CappedRecall.perArticle(test, rules, SpanRules.THRESHOLD));
  }

  private static double[] probabilities(CheckWorthiness model, List<LabelledSentence> sentences) {
    double[] p = new double[sentences.size()];
    for (int i = 0; i < p.length; i++) {
      String text = sentences.get(i).text();
      p[i] = model.probability(text, ClaimExtractor.spans(text));
    }
    return p;
  }

  private static void print(String name, Object s) {
    System.out.printf(Locale.ROOT, "%-48s %s%n", name, s);
  }

  private static void trees(
      List<LabelledSentence> train,
      List<LabelledSentence> dev,
      List<LabelledSentence> test,
      boolean[] testLabels) {
    List<List<String>> trainFeatures = TrainCheckWorthiness.features(train);
    List<String> names = treeFeatures(trainFeatures);
    float[][] trainX = dense(trainFeatures, names);
    float[][] devX = dense(TrainCheckWorthiness.features(dev), names);
    BoostedTrees onTrain =
        parse(
            TreeTrainer.train(
                names,
                trainX,
                TrainCheckWorthiness.labels(train),
                TreeTrainer.Params.defaults(),
                "trees"));
    double threshold =
        BinaryScores.bestF1(probabilities(onTrain, devX), TrainCheckWorthiness.labels(dev))
            .threshold();
    List<LabelledSentence> all = new ArrayList<>(train);
    all.addAll(dev);
    float[][] allX = new float[all.size()][];
    System.arraycopy(trainX, 0, allX, 0, trainX.length);
    System.arraycopy(devX, 0, allX, trainX.length, devX.length);
    BoostedTrees trees =
        parse(
            TreeTrainer.train(
                names,
                allX,
                TrainCheckWorthiness.labels(all),
                TreeTrainer.Params.defaults(),
                "trees"));
    double[] p = probabilities(trees, dense(TrainCheckWorthiness.features(test), names));
    print(
        "boosted trees (spans, shape, " + TREE_WORDS + " words)",
        BinaryScores.at(p, testLabels, threshold));
  }

  /** The non-word features and the most widespread words, by name. */
  private static List<String> treeFeatures(List<List<String>> sentences) {
    Map<String, Integer> seen = new HashMap<>();
    for (List<String> features : sentences) {
      features.stream().distinct().forEach(f -> seen.merge(f, 1, Integer::sum));
    }
    List<String> names = new ArrayList<>();
    seen.keySet().stream()
        .filter(f -> f.startsWith("@") || f.startsWith("#"))
        .sorted()
        .forEach(names::add);
    seen.entrySet().stream()
        .filter(e -> !e.getKey().startsWith("@") && !e.getKey().startsWith("#"))
        .filter(e -> e.getKey().indexOf(' ') < 0)
        .sorted(
            Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                .reversed()
                .thenComparing(Map.Entry::getKey))
        .limit(TREE_WORDS)
        .forEach(e -> names.add(e.getKey()));
    return names;
  }

  private static float[][] dense(List<List<String>> sentences, List<String> names) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      index.put(names.get(i), i);
    }
    float[][] x = new float[sentences.size()][names.size()];
    for (int i = 0; i < x.length; i++) {
      for (String f : sentences.get(i)) {
        Integer k = index.get(f);
        if (k != null) {
          x[i][k]++;
        }
      }
    }
    return x;
  }

  private static double[] probabilities(BoostedTrees trees, float[][] x) {
    double[] p = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      p[i] = trees.probability(x[i]);
    }
    return p;
  }

  private static BoostedTrees parse(String text) {
    try {
      return BoostedTrees.parse(new StringReader(text));
    } catch (IOException e) {
      throw new IllegalStateException("the trainer wrote a model its reader refuses", e);
    }
  }
}
