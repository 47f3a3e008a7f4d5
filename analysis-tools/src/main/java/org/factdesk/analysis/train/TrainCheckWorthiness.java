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
 * <p>With {@code --news}, the train and dev parts of news articles written by {@link
 * NewsClaimsConverter} join in as {@link #trainWithNews} says, and the model written is {@value
 * #NEWS_VERSION} (decisions 0049 and 0075: v2's recipe on the spans that leave the digits of names
 * alone), the one the engine ships; without, {@value #VERSION}'s recipe (decision 0014), from the
 * debates alone. The files of v1 and v2 were written by the span finder of their day, so this
 * trainer no longer writes them byte for byte.
 *
 * <p>Usage: {@code TrainCheckWorthiness DATA_FOLDER OUTPUT_FILE [--news NEWS_FOLDER] [--decisions
 * FILE.jsonl]}: with {@code --decisions}, the editors' decisions exported by {@code GET
 * /api/claims/decisions.jsonl} ({@link EditorDecisions}) are added to the training sentences (not
 * to dev, so the threshold is still chosen on the public data).
 */
public final class TrainCheckWorthiness {
  static final String VERSION = "check-worthiness-v1";
  static final String NEWS_VERSION = "check-worthiness-v3";

  /** How many times each news sentence is shown per epoch: the news set is a third of the size. */
  private static final int[] NEWS_WEIGHTS = {1, 2, 4};

  /** How much debate dev F1 the news may cost at most. */
  static final double DEBATE_F1_SLACK = 0.01;

  static final int MIN_SENTENCES = 2;
  private static final double[] L2_GRID = {1e-4, 1e-3, 1e-2, 1e-1};

  private TrainCheckWorthiness() {}

  public static void main(String[] args) throws IOException {
    Path data = null;
    Path output = null;
    Path news = null;
    Path decisionsFile = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--news") && i + 1 < args.length) {
        news = Path.of(args[++i]);
      } else if (args[i].equals("--decisions") && i + 1 < args.length) {
        decisionsFile = Path.of(args[++i]);
      } else if (data == null && !args[i].startsWith("--")) {
        data = Path.of(args[i]);
      } else if (output == null && !args[i].startsWith("--")) {
        output = Path.of(args[i]);
      } else {
        data = null;
        break;
      }
    }
    if (data == null || output == null) {
      System.err.println(
          "usage: TrainCheckWorthiness DATA_FOLDER OUTPUT_FILE [--news NEWS_FOLDER]"
              + " [--decisions FILE.jsonl]");
      System.exit(2);
    }
    List<LabelledSentence> train =
        new ArrayList<>(LabelledSentence.read(data.resolve("train.tsv")));
    if (decisionsFile != null) {
      List<LabelledSentence> decisions = EditorDecisions.read(decisionsFile);
      System.out.println("editors' decisions: " + decisions.size() + " sentences added to train");
      train.addAll(decisions);
    }
    List<LabelledSentence> dev = LabelledSentence.read(data.resolve("dev.tsv"));
    String model =
        news == null
            ? train(train, dev, System.out)
            : trainWithNews(
                train,
                dev,
                LabelledSentence.read(news.resolve("train.tsv")),
                LabelledSentence.read(news.resolve("dev.tsv")),
                System.out);
    Files.writeString(output, model, StandardCharsets.UTF_8);
    System.out.println("written " + output);
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
    return write(m, allVocabulary, bestScores.threshold(), VERSION);
  }

  /**
   * The model text from debates and news together (decision 0049). The news set's annotators marked
   * claims on four topics only, so its "not a claim" sentences include factual statements a
   * fact-checker would check: they are unlabelled rather than negative. The grid tries four ways of
   * using them ({@link Mode}), news shown once, twice or four times per epoch, and the L2
   * penalties; each model is judged on both dev parts. The choice: of the settings that keep the
   * debate dev F1 within {@value #DEBATE_F1_SLACK} of a model trained on debates alone, the one
   * whose best third of each news dev article holds the most check-worthy sentences (what the
   * engine shows). Its threshold is the best F1's on debate dev, where "not check-worthy" is a
   * label and not the absence of one: on news the cap ranks, and the threshold only keeps out what
   * is no claim at all. The chosen settings are then trained again on train and dev together.
   */
  static String trainWithNews(
      List<LabelledSentence> debateTrain,
      List<LabelledSentence> debateDev,
      List<LabelledSentence> newsTrain,
      List<LabelledSentence> newsDev,
      java.io.PrintStream log) {
    List<List<String>> debateTrainFeatures = features(debateTrain);
    List<List<String>> newsTrainFeatures = features(newsTrain);
    List<List<String>> debateDevFeatures = features(debateDev);
    List<List<String>> newsDevFeatures = features(newsDev);
    log.printf(
        Locale.ROOT,
        "train %d debate and %d news sentences, dev %d and %d%n",
        debateTrain.size(),
        newsTrain.size(),
        debateDev.size(),
        newsDev.size());
    Vocabulary debatesOnly = Vocabulary.of(debateTrainFeatures, MIN_SENTENCES);
    double reference = 0;
    for (double l2 : L2_GRID) {
      LogisticTrainer.Model m =
          LogisticTrainer.train(
              debatesOnly.rows(debateTrainFeatures),
              labels(debateTrain),
              debatesOnly.size(),
              LogisticTrainer.Params.defaults().withL2(l2));
      double f1 =
          BinaryScores.bestF1(scores(m, debatesOnly.rows(debateDevFeatures)), labels(debateDev))
              .f1();
      reference = Math.max(reference, f1);
    }
    log.printf(Locale.ROOT, "debates alone: debate dev F1 %.1f%%%n", 100 * reference);
    Settings best = null;
    double bestRecall = -1;
    double threshold = 0;
    for (Mode mode : Mode.values()) {
      for (int weight : NEWS_WEIGHTS) {
        Training t =
            Training.of(
                debateTrain, debateTrainFeatures, newsTrain, newsTrainFeatures, weight, mode);
        int[][] debateRows = t.vocabulary.rows(debateDevFeatures);
        int[][] newsRows = t.vocabulary.rows(newsDevFeatures);
        for (double l2 : L2_GRID) {
          Settings settings = new Settings(mode, weight, l2);
          LogisticTrainer.Model m = t.newsView(t.train(settings.params()));
          BinaryScores debate = BinaryScores.bestF1(scores(m, debateRows), labels(debateDev));
          double[] newsScores = scores(m, newsRows);
          BinaryScores news = BinaryScores.bestF1(newsScores, labels(newsDev));
          CappedRecall perArticle =
              CappedRecall.perArticle(newsDev, newsScores, debate.threshold());
          double third = CappedRecall.thresholdForShare(newsScores, 1 / 3.0);
          log.printf(
              Locale.ROOT,
              "  %s  debate dev F1 %.1f%% (threshold %.2f)  news dev %s%n"
                  + "    best third of each article: %s%n"
                  + "    the same, no threshold:     %s%n"
                  + "    a third across articles:    %s%n",
              settings,
              100 * debate.f1(),
              debate.threshold(),
              news,
              perArticle,
              CappedRecall.perArticle(newsDev, newsScores, 0),
              CappedRecall.acrossArticles(newsDev, newsScores, third));
          if (debate.f1() >= reference - DEBATE_F1_SLACK && perArticle.recall() > bestRecall) {
            bestRecall = perArticle.recall();
            best = settings;
            threshold = debate.threshold();
          }
        }
      }
    }
    if (best == null) {
      throw new IllegalStateException("no setting keeps the debates' F1: nothing to write");
    }
    log.printf(Locale.ROOT, "chosen %s, threshold %.2f%n", best, threshold);
    List<LabelledSentence> debates = new ArrayList<>(debateTrain);
    debates.addAll(debateDev);
    List<List<String>> debateFeatures = new ArrayList<>(debateTrainFeatures);
    debateFeatures.addAll(debateDevFeatures);
    List<LabelledSentence> news = new ArrayList<>(newsTrain);
    news.addAll(newsDev);
    List<List<String>> newsFeatures = new ArrayList<>(newsTrainFeatures);
    newsFeatures.addAll(newsDevFeatures);
    Training all =
        Training.of(debates, debateFeatures, news, newsFeatures, best.newsWeight(), best.mode());
    LogisticTrainer.Model m = all.newsView(all.train(best.params()));
    return write(m, all.vocabulary, threshold, NEWS_VERSION);
  }

  /** How the news sentences join the debates'. */
  enum Mode {
    /** All of them, as they are labelled. */
    POOLED,
    /** Only the claims: the rest is unlabelled, not negative. */
    POSITIVES,
    /**
     * All of them, each feature also as its domain's own copy; the model keeps only the shared
     * weights (and the news bias): what both sets agree on.
     */
    SHARED,
    /** As {@link #SHARED}, the model being shared plus news weights: the news set's view. */
    OWN;

    boolean copies() {
      return this == SHARED || this == OWN;
    }
  }

  /** One point of the grid. */
  record Settings(Mode mode, int newsWeight, double l2) {
    LogisticTrainer.Params params() {
      return LogisticTrainer.Params.defaults().withL2(l2);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-9s news x%d l2 %.0e", mode, newsWeight, l2);
    }
  }

  /** The rows of one training run: debates once, news {@code weight} times, copies or not. */
  private record Training(Vocabulary vocabulary, int[][] rows, boolean[] labels, Mode mode) {
    static final String NEWS = "news|";
    static final String DEBATE = "debate|";
    static final String DOMAIN = "#domain";

    static Training of(
        List<LabelledSentence> debates,
        List<List<String>> debateFeatures,
        List<LabelledSentence> news,
        List<List<String>> newsFeatures,
        int weight,
        Mode mode) {
      boolean copies = mode.copies();
      if (mode == Mode.POSITIVES) {
        List<LabelledSentence> positives = new ArrayList<>();
        List<List<String>> positiveFeatures = new ArrayList<>();
        for (int i = 0; i < news.size(); i++) {
          if (news.get(i).checkWorthy()) {
            positives.add(news.get(i));
            positiveFeatures.add(newsFeatures.get(i));
          }
        }
        news = positives;
        newsFeatures = positiveFeatures;
      }
      List<List<String>> debateRows = copies ? copied(debateFeatures, DEBATE) : debateFeatures;
      List<List<String>> newsRows = copies ? copied(newsFeatures, NEWS) : newsFeatures;
      List<List<String>> once = new ArrayList<>(debateRows);
      once.addAll(newsRows);
      Vocabulary vocabulary = Vocabulary.of(once, MIN_SENTENCES);
      List<List<String>> rows = new ArrayList<>(debateRows);
      List<LabelledSentence> sentences = new ArrayList<>(debates);
      for (int k = 0; k < weight; k++) {
        rows.addAll(newsRows);
        sentences.addAll(news);
      }
      return new Training(
          vocabulary, vocabulary.rows(rows), TrainCheckWorthiness.labels(sentences), mode);
    }

    private static List<List<String>> copied(List<List<String>> features, String domain) {
      List<List<String>> out = new ArrayList<>(features.size());
      for (List<String> row : features) {
        List<String> r = new ArrayList<>(2 * row.size() + 1);
        r.addAll(row);
        row.forEach(f -> r.add(domain + f));
        r.add(domain + DOMAIN);
        out.add(r);
      }
      return out;
    }

    LogisticTrainer.Model train(LogisticTrainer.Params params) {
      return LogisticTrainer.train(rows, labels, vocabulary.size(), params);
    }

    /**
     * The weights as the engine reads them on news: a shared feature's weight plus its news copy's,
     * the domain copies themselves zero (they are never written); the news domain feature goes to
     * the bias.
     */
    LogisticTrainer.Model newsView(LogisticTrainer.Model m) {
      if (!mode.copies()) {
        return m;
      }
      double[] w = new double[m.weights().length];
      double bias = m.bias();
      for (Map.Entry<String, Integer> e : vocabulary.ids.entrySet()) {
        String f = e.getKey();
        if (f.equals(NEWS + DOMAIN)) {
          bias += m.weights()[e.getValue()];
        } else if (!f.startsWith(NEWS) && !f.startsWith(DEBATE)) {
          Integer own = vocabulary.ids.get(NEWS + f);
          w[e.getValue()] =
              m.weights()[e.getValue()] + (own == null || mode != Mode.OWN ? 0 : m.weights()[own]);
        }
      }
      return new LogisticTrainer.Model(bias, w);
    }
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
  static String write(
      LogisticTrainer.Model m, Vocabulary vocabulary, double threshold, String version) {
    TreeMap<String, String> lines = new TreeMap<>();
    for (Map.Entry<String, Integer> e : vocabulary.ids.entrySet()) {
      String w = String.format(Locale.ROOT, "%.5f", m.weights()[e.getValue()]);
      if (Double.parseDouble(w) != 0) {
        lines.put(e.getKey(), w);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("factdesk-logistic 1\n");
    out.append("version ").append(version).append('\n');
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
