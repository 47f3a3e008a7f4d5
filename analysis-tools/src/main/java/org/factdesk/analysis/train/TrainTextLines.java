package org.factdesk.analysis.train;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.analysis.TextBlock;
import org.factdesk.analysis.UnreadableInputException;
import org.factdesk.analysis.detect.DetectionContext;
import org.factdesk.analysis.detect.Detector;
import org.factdesk.analysis.detect.FlagSink;
import org.factdesk.analysis.detect.LineFeatures;
import org.factdesk.analysis.detect.LineModelDetector;
import org.factdesk.analysis.detect.OffTopicDetector;
import org.factdesk.analysis.eval.web.Page;
import org.factdesk.analysis.eval.web.WebEvaluation;
import org.factdesk.analysis.model.BoostedTrees;

/**
 * Trains the line model of the plain-text path ({@link LineModelDetector}) on the dev split of the
 * public evaluation pages (see {@code eval/README.md}): one row of {@link LineFeatures} per visible
 * line of a page, labelled article or furniture against the page's gold text ({@link LineLabels}).
 * The test split is never read.
 *
 * <pre>
 * TrainTextLines ROOT OUT       train on every dev page and write the v6 model files to OUT,
 *                               the same bytes on every run (v5's files are this command's
 *                               output at 9d0cfe8, v4's at 6b6f5f8, v3's at bc223f1, v2's at
 *                               b8c69f9; decisions 0033, 0042, 0052, 0073)
 *   --weights none|words        how lines weigh in training (default words, decision 0042;
 *                               none as v3 was trained)
 *   --trees N --depth D         other tree counts and depths, to try
 *   --feature-share F --seed S  each tree splits on a share F of the features, drawn from S
 *   --without NAME,NAME         those features held at 0 in training (an ablation)
 *   --no-third-stage            cross-validation without the third stage (faster)
 *   --also ROOT2                also learn from the dev pages of another evaluation folder (in
 *                               cross-validation in every fold's training, never held out)
 * TrainTextLines ROOT --cv K    K-fold cross-validation by site on the dev pages: the mean shingle
 *                               F1 of the kept lines at several thresholds, for choosing one, and
 *                               beside it a per-page cut, a third stage, the 30-word floor and
 *                               the floor with the cut at the article's end (decision 0047)
 *   --dump FILE                 also write every line's out-of-fold probabilities to FILE
 *   --fold F                    hold out and score fold F alone (1-based): a third of the time
 * </pre>
 */
public final class TrainTextLines {
  static final String LINES_VERSION = "text-lines-v6";
  static final String CONTEXT_VERSION = "text-lines-context-v6";

  /** The kinds of page ({@link Page#kind}) the models learn from. */
  static final Set<String> LEARN_FROM = Set.of(Page.ARTICLE, Page.WEB);

  /**
   * Fewer, deeper trees than the defaults: the engine walks every tree of both stages for every
   * line, and 100 trees of depth 6 cost about 40% fewer steps than 200 of depth 5.
   */
  static final TreeTrainer.Params PARAMS = new TreeTrainer.Params(100, 6, 0.15, 1.0, 5.0, 64);

  /** The trees' knobs of this run ({@code --trees N --depth D} try others). */
  static TreeTrainer.Params params = PARAMS;

  /**
   * How rows weigh in training: "none" (each line 1) or "words" (decision 0042): a line weighs by
   * its words plus {@link #WEIGHT_OFFSET}, scaled so a page's lines weigh as many as they are, as
   * the shingle F1 a page is scored by counts words, not lines.
   */
  static String weighting = "words";

  /** Added to a line's words for its weight: even a one-word line breaks three shingles. */
  static final double WEIGHT_OFFSET = 3;

  /**
   * Features held at 0 in every training row of both stages ({@code --without a,b}), so no tree
   * splits on them: an ablation without changing the rows' layout.
   */
  static Set<String> without = Set.of();

  /** The row with the {@link #without} features of {@code names} at 0 (a copy when any). */
  static float[] ablated(float[] row, List<String> names) {
    if (without.isEmpty()) {
      return row;
    }
    float[] copy = row.clone();
    for (String name : without) {
      int f = names.indexOf(name);
      if (f < 0) {
        throw new IllegalArgumentException("no feature " + name);
      }
      copy[f] = 0;
    }
    return copy;
  }

  /** Whether cross-validation also tries a third stage (slow; decision 0033 found no gain). */
  static boolean thirdStage = true;

  /**
   * The one fold cross-validation holds out and scores ({@code --fold F}, 1-based), or 0 for all: a
   * third of the time, for screening features before a full run.
   */
  static int onlyFold = 0;

  /**
   * Another evaluation folder whose dev pages are learnt from too ({@code --also}), or null; in
   * cross-validation they join every fold's training and are never held out.
   */
  static Path also = null;

  /** Folds by site for the first stage's out-of-fold probabilities the second stage learns on. */
  static final int INNER_FOLDS = 3;

  private TrainTextLines() {}

  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>(List.of(args));
    Set<String> kinds = LEARN_FROM;
    int option = rest.indexOf("--learn-from");
    if (option >= 0 && option + 1 < rest.size()) {
      kinds = Set.of(rest.get(option + 1).split(","));
      rest.subList(option, option + 2).clear();
    }
    option = rest.indexOf("--weights");
    if (option >= 0 && option + 1 < rest.size()) {
      weighting = rest.get(option + 1);
      rest.subList(option, option + 2).clear();
    }
    option = rest.indexOf("--trees");
    if (option >= 0 && option + 1 < rest.size()) {
      int trees = Integer.parseInt(rest.get(option + 1));
      params = params.withTrees(trees);
      rest.subList(option, option + 2).clear();
    }
    option = rest.indexOf("--depth");
    if (option >= 0 && option + 1 < rest.size()) {
      int depth = Integer.parseInt(rest.get(option + 1));
      params =
          new TreeTrainer.Params(
              params.trees(),
              depth,
              params.learningRate(),
              params.lambda(),
              params.minChildWeight(),
              params.bins(),
              params.featureShare(),
              params.seed());
      rest.subList(option, option + 2).clear();
    }
    option = rest.indexOf("--without");
    if (option >= 0 && option + 1 < rest.size()) {
      without = Set.of(rest.get(option + 1).split(","));
      rest.subList(option, option + 2).clear();
    }
    option = rest.indexOf("--feature-share");
    if (option >= 0 && option + 1 < rest.size()) {
      double share = Double.parseDouble(rest.get(option + 1));
      rest.subList(option, option + 2).clear();
      long seed = 0;
      int s = rest.indexOf("--seed");
      if (s >= 0 && s + 1 < rest.size()) {
        seed = Long.parseLong(rest.get(s + 1));
        rest.subList(s, s + 2).clear();
      }
      params = params.withFeatureShare(share, seed);
    }
    if (rest.remove("--no-third-stage")) {
      thirdStage = false;
    }
    option = rest.indexOf("--fold");
    if (option >= 0 && option + 1 < rest.size()) {
      onlyFold = Integer.parseInt(rest.get(option + 1));
      rest.subList(option, option + 2).clear();
    }
    option = rest.indexOf("--also");
    if (option >= 0 && option + 1 < rest.size()) {
      also = Path.of(rest.get(option + 1));
      rest.subList(option, option + 2).clear();
    }
    Path dump = null;
    option = rest.indexOf("--dump");
    if (option >= 0 && option + 1 < rest.size()) {
      dump = Path.of(rest.get(option + 1));
      rest.subList(option, option + 2).clear();
    }
    if (rest.size() == 3 && rest.get(1).equals("--cv")) {
      crossValidate(Path.of(rest.get(0)), Integer.parseInt(rest.get(2)), kinds, dump, System.out);
    } else if (rest.size() == 2) {
      List<PageLines> pages = new ArrayList<>(read(Path.of(rest.get(0)), false));
      if (also != null) {
        pages.addAll(read(also, false));
      }
      Models models = train(pages, kinds);
      Path folder = Path.of(rest.get(1));
      Files.createDirectories(folder);
      Files.writeString(folder.resolve(fileName(LineModelDetector.LINES_MODEL_V6)), models.lines());
      Files.writeString(
          folder.resolve(fileName(LineModelDetector.CONTEXT_MODEL_V6)), models.context());
      System.out.println(
          "read " + rows(pages) + " lines of " + pages.size() + " dev pages; models in " + folder);
    } else {
      System.err.println(
          "usage: TrainTextLines ROOT OUT_FOLDER | ROOT --cv K  [--learn-from KIND,KIND]");
      System.exit(2);
    }
  }

  private static String fileName(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }

  /** The two stages' model texts. */
  record Models(String lines, String context) {}

  /**
   * One dev page: its lines' features and labels, the gold's shingles, and which lines the typed
   * detectors flag (only when asked for, as cross-validation needs them).
   */
  record PageLines(
      Page page,
      List<String> lines,
      LineFeatures features,
      int title,
      boolean[] article,
      boolean[] flaggedByOthers,
      ShingleBag gold) {}

  static List<PageLines> read(Path root, boolean withFlags) throws IOException {
    Analyzer analyzer = new Analyzer();
    List<Page> dev = Page.readIndex(root).stream().filter(p -> p.split().equals(Page.DEV)).toList();
    return dev.parallelStream()
        .map(p -> page(analyzer, root, p, withFlags))
        .filter(p -> p != null)
        .toList();
  }

  private static PageLines page(Analyzer analyzer, Path root, Page page, boolean withFlags) {
    try {
      byte[] bytes = Files.readAllBytes(page.lines(root));
      // the article part: Dragnet's gold files append readers' comments, which are not article
      String gold =
          WebEvaluation.articlePart(Files.readString(page.gold(root), StandardCharsets.UTF_8));
      DetectionContext context;
      try {
        // the header reader's titles, as v6 learnt them (decision 0080)
        context = analyzer.context(bytes, ContentHint.TEXT, SourceInfo.NONE, false);
      } catch (UnreadableInputException e) {
        return null;
      }
      List<String> lines = context.blocks().stream().map(TextBlock::text).toList();
      boolean[] flagged = new boolean[lines.size()];
      if (withFlags) {
        // the typed detectors' flags, without the off-topic detector: it runs after the line
        // model and reads what the model kept, which cannot be replayed for a model in training
        FlagSink sink = new FlagSink(lines.size());
        for (Detector d : analyzer.typedDetectors()) {
          if (!d.id().equals(OffTopicDetector.ID)) {
            d.detect(context, sink);
          }
        }
        for (int i = 0; i < flagged.length; i++) {
          flagged[i] = sink.isFlagged(i);
        }
      }
      return new PageLines(
          page,
          lines,
          LineFeatures.of(context),
          context.titleIndex(),
          // The labels v6 learnt from: its command writes it byte for byte (decision 0079).
          LineLabels.of(lines, gold, LineLabels.ShortLines.ANYWHERE),
          flagged,
          ShingleBag.of(gold));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int rows(List<PageLines> pages) {
    return pages.stream().mapToInt(p -> p.lines().size()).sum();
  }

  /**
   * Both stages: the first on every page; the second on the first stage's probabilities for each
   * page from a first stage that did not see the page's site, as it will be on new pages.
   */
  static Models train(List<PageLines> all, Set<String> kinds) {
    List<PageLines> pages = all.stream().filter(p -> kinds.contains(p.page().kind())).toList();
    double[][] outOfFold = new double[pages.size()][];
    List<String> hosts = hosts(pages);
    for (int fold = 0; fold < INNER_FOLDS; fold++) {
      List<PageLines> train = new ArrayList<>();
      List<Integer> held = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        if (foldOf(hosts, pages.get(i), INNER_FOLDS) == fold) {
          held.add(i);
        } else {
          train.add(pages.get(i));
        }
      }
      LineModelDetector first = detector(trainLines(train), null);
      for (int i : held) {
        outOfFold[i] = first.probabilities(pages.get(i).features());
      }
    }
    String lines = trainLines(pages);
    int n = rows(pages);
    float[][] x = new float[n][];
    boolean[] y = new boolean[n];
    int k = 0;
    for (int p = 0; p < pages.size(); p++) {
      float[][] stacked = pages.get(p).features().stacked(outOfFold[p]);
      for (int i = 0; i < stacked.length; i++) {
        x[k] = ablated(stacked[i], LineFeatures.STACKED_NAMES);
        y[k++] = !pages.get(p).article()[i];
      }
    }
    String context =
        TreeTrainer.train(
            LineFeatures.STACKED_NAMES, x, y, weights(pages), params, CONTEXT_VERSION);
    return new Models(lines, context);
  }

  /** The first stage's model text: "furniture" (not article) is the positive class. */
  static String trainLines(List<PageLines> pages) {
    int n = rows(pages);
    float[][] x = new float[n][];
    boolean[] y = new boolean[n];
    int k = 0;
    for (PageLines p : pages) {
      for (int i = 0; i < p.lines().size(); i++) {
        x[k] = ablated(p.features().row(i), LineFeatures.NAMES);
        y[k++] = !p.article()[i];
      }
    }
    return TreeTrainer.train(LineFeatures.NAMES, x, y, weights(pages), params, LINES_VERSION);
  }

  /** The rows' weights in the order of the pages' lines, or null when every row weighs 1. */
  static double[] weights(List<PageLines> pages) {
    if (weighting.equals("none")) {
      return null;
    }
    if (!weighting.equals("words")) {
      throw new IllegalArgumentException("--weights takes none or words, not " + weighting);
    }
    double[] w = new double[rows(pages)];
    int k = 0;
    for (PageLines p : pages) {
      int n = p.lines().size();
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += p.features().words(i) + WEIGHT_OFFSET;
      }
      for (int i = 0; i < n; i++) {
        w[k++] = (p.features().words(i) + WEIGHT_OFFSET) * n / sum;
      }
    }
    return w;
  }

  private static LineModelDetector detector(String lines, String context) {
    try {
      return new LineModelDetector(
          BoostedTrees.parse(new StringReader(lines)),
          context == null ? null : BoostedTrees.parse(new StringReader(context)),
          LineModelDetector.THRESHOLD);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> hosts(List<PageLines> pages) {
    return new ArrayList<>(new TreeSet<>(pages.stream().map(p -> p.page().host()).toList()));
  }

  static int foldOf(List<String> hosts, PageLines page, int folds) {
    return Collections.binarySearch(hosts, page.page().host()) % folds;
  }

  private static final double[] THRESHOLDS = {
    0.2, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9, 1.01
  };

  static void crossValidate(Path root, int folds, Set<String> kinds, Path dump, PrintStream out)
      throws IOException {
    List<PageLines> pages = read(root, true);
    List<PageLines> extra = also == null ? List.of() : read(also, true);
    List<String> hosts = hosts(pages);
    double[][] firstStage = new double[pages.size()][];
    double[][] bothStages = new double[pages.size()][];
    for (int fold = 0; fold < folds; fold++) {
      if (onlyFold > 0 && fold != onlyFold - 1) {
        continue;
      }
      List<PageLines> train = new ArrayList<>();
      List<Integer> held = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        if (foldOf(hosts, pages.get(i), folds) == fold) {
          held.add(i);
        } else {
          train.add(pages.get(i));
        }
      }
      train.addAll(extra);
      Models models = train(train, kinds);
      LineModelDetector first = detector(models.lines(), null);
      LineModelDetector both = detector(models.lines(), models.context());
      for (int i : held) {
        firstStage[i] = first.probabilities(pages.get(i).features());
        bothStages[i] = both.probabilities(pages.get(i).features());
      }
      out.println("fold " + (fold + 1) + " of " + folds + ": " + held.size() + " pages held out");
    }
    if (onlyFold > 0) {
      // score the held-out fold alone
      List<Integer> held = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        if (bothStages[i] != null) {
          held.add(i);
        }
      }
      List<PageLines> all = pages;
      double[][] first = firstStage;
      double[][] both = bothStages;
      pages = held.stream().map(all::get).toList();
      firstStage = held.stream().map(i -> first[i]).toArray(double[][]::new);
      bothStages = held.stream().map(i -> both[i]).toArray(double[][]::new);
      thirdStage = false;
    }
    if (dump != null) {
      dump(pages, firstStage, bothStages, dump);
    }
    double[][] adaptive = pageRelative(pages, bothStages);
    double[][] threeStages =
        thirdStage ? thirdStage(pages, hosts, bothStages, folds, kinds) : bothStages;
    out.println(
        "| threshold | first stage: article | web | both stages: article | web"
            + " | both, page-relative cut: article | web | three stages: article | web"
            + " | both, least doubted kept: article | web"
            + " | both, least doubted kept, cut at the end: article | web |");
    out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (double t : THRESHOLDS) {
      out.printf(
          Locale.ROOT,
          "| %.2f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f"
              + " | %.3f |%n",
          t,
          meanF1(pages, firstStage, t, Page.ARTICLE),
          meanF1(pages, firstStage, t, Page.WEB),
          meanF1(pages, bothStages, t, Page.ARTICLE),
          meanF1(pages, bothStages, t, Page.WEB),
          meanF1(pages, adaptive, t, Page.ARTICLE),
          meanF1(pages, adaptive, t, Page.WEB),
          meanF1(pages, threeStages, t, Page.ARTICLE),
          meanF1(pages, threeStages, t, Page.WEB),
          meanF1(pages, bothStages, t, Page.ARTICLE, true),
          meanF1(pages, bothStages, t, Page.WEB, true),
          meanF1(pages, bothStages, t, Page.ARTICLE, true, true),
          meanF1(pages, bothStages, t, Page.WEB, true, true));
    }
    out.printf(
        Locale.ROOT,
        "| labels | %.3f | %.3f | | |%n",
        meanF1(pages, null, 0, Page.ARTICLE),
        meanF1(pages, null, 0, Page.WEB));
  }

  /**
   * Writes every dev line with its out-of-fold probabilities, for looking at the losses line by
   * line ({@code LineLosses}): corpus, id, kind, host, line, article label, flagged by a typed
   * detector, title, first stage, both stages, the line's text.
   */
  static void dump(List<PageLines> pages, double[][] first, double[][] both, Path file)
      throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pages.size(); i++) {
      PageLines p = pages.get(i);
      for (int j = 0; j < p.lines().size(); j++) {
        sb.append(p.page().corpus()).append('\t').append(p.page().id()).append('\t');
        sb.append(p.page().kind()).append('\t').append(p.page().host()).append('\t');
        sb.append(j).append('\t').append(p.article()[j] ? 1 : 0).append('\t');
        sb.append(p.flaggedByOthers()[j] ? 1 : 0).append('\t').append(j == p.title() ? 1 : 0);
        sb.append(String.format(Locale.ROOT, "\t%.4f\t%.4f\t", first[i][j], both[i][j]));
        sb.append(p.lines().get(j).replace('\t', ' ')).append('\n');
      }
    }
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
  }

  /**
   * A third stage, tried: the second stage's rows again, now over the out-of-fold probabilities of
   * both stages, learnt and applied fold by fold (the same folds by site).
   */
  private static double[][] thirdStage(
      List<PageLines> pages, List<String> hosts, double[][] p, int folds, Set<String> kinds)
      throws IOException {
    double[][] out = new double[pages.size()][];
    for (int fold = 0; fold < folds; fold++) {
      List<float[]> x = new ArrayList<>();
      List<Boolean> y = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        PageLines page = pages.get(i);
        if (foldOf(hosts, page, folds) != fold && kinds.contains(page.page().kind())) {
          float[][] rows = page.features().stacked(p[i]);
          for (int j = 0; j < rows.length; j++) {
            x.add(rows[j]);
            y.add(!page.article()[j]);
          }
        }
      }
      boolean[] labels = new boolean[y.size()];
      for (int j = 0; j < labels.length; j++) {
        labels[j] = y.get(j);
      }
      BoostedTrees third =
          BoostedTrees.parse(
              new StringReader(
                  TreeTrainer.train(
                      LineFeatures.STACKED_NAMES,
                      x.toArray(float[][]::new),
                      labels,
                      params,
                      "third")));
      for (int i = 0; i < pages.size(); i++) {
        if (foldOf(hosts, pages.get(i), folds) == fold) {
          float[][] rows = pages.get(i).features().stacked(p[i]);
          out[i] = new double[rows.length];
          for (int j = 0; j < rows.length; j++) {
            out[i][j] = third.probability(rows[j]);
          }
        }
      }
    }
    return out;
  }

  /**
   * A per-page cut, tried against the one threshold: a line is flagged only when its probability
   * also reaches the page's own mean probability (by words), so a page the model doubts as a whole
   * keeps its better half. Written as probabilities: below the page's mean becomes 0.
   */
  private static double[][] pageRelative(List<PageLines> pages, double[][] p) {
    double[][] out = new double[p.length][];
    for (int i = 0; i < p.length; i++) {
      double weight = 0;
      double sum = 0;
      LineFeatures f = pages.get(i).features();
      for (int j = 0; j < p[i].length; j++) {
        weight += f.words(j) + 1;
        sum += (f.words(j) + 1) * p[i][j];
      }
      double mean = weight == 0 ? 0 : sum / weight;
      out[i] = p[i].clone();
      for (int j = 0; j < p[i].length; j++) {
        out[i][j] = p[i][j] < mean ? 0 : p[i][j];
      }
    }
    return out;
  }

  /**
   * Mean F1 of the lines the engine would keep (those no typed detector flags, the title, and those
   * below the threshold); with no probabilities, of the lines the labels call article.
   */
  private static double meanF1(
      List<PageLines> pages, double[][] probability, double threshold, String kind) {
    return meanF1(pages, probability, threshold, kind, false);
  }

  /**
   * The same, with the engine's least-doubted lines kept when a page would keep too few words
   * ({@code rescue}, {@link LineModelDetector#MIN_KEPT_WORDS}).
   */
  private static double meanF1(
      List<PageLines> pages,
      double[][] probability,
      double threshold,
      String kind,
      boolean rescue) {
    return meanF1(pages, probability, threshold, kind, rescue, false);
  }

  /**
   * The same, also with every line from the label that closes the article on dropped ({@code
   * endCut}, {@link LineModelDetector#endOfArticle}, decision 0047).
   */
  private static double meanF1(
      List<PageLines> pages,
      double[][] probability,
      double threshold,
      String kind,
      boolean rescue,
      boolean endCut) {
    double sum = 0;
    int count = 0;
    for (int i = 0; i < pages.size(); i++) {
      PageLines p = pages.get(i);
      if (!p.page().kind().equals(kind)) {
        continue;
      }
      StringBuilder kept = new StringBuilder();
      boolean[] keeps = new boolean[p.lines().size()];
      int keptWords = 0;
      for (int j = 0; j < keeps.length; j++) {
        keeps[j] =
            probability == null
                ? p.article()[j]
                : !p.flaggedByOthers()[j] && (probability[i][j] < threshold || j == p.title());
        keptWords += keeps[j] && j != p.title() ? p.features().words(j) : 0;
      }
      if (rescue && probability != null && keptWords < LineModelDetector.MIN_KEPT_WORDS) {
        // as the engine does: the least doubted lines until the page keeps enough words
        double[] q = probability[i];
        Integer[] order =
            java.util.stream.IntStream.range(0, keeps.length)
                .filter(
                    j ->
                        !keeps[j]
                            && !p.flaggedByOthers()[j]
                            && q[j] < LineModelDetector.RESCUE_BELOW)
                .boxed()
                .toArray(Integer[]::new);
        java.util.Arrays.sort(order, (a, b) -> q[a] != q[b] ? Double.compare(q[a], q[b]) : a - b);
        for (int k = 0; k < order.length && keptWords < LineModelDetector.MIN_KEPT_WORDS; k++) {
          keeps[order[k]] = true;
          keptWords += p.features().words(order[k]);
        }
      }
      if (endCut && probability != null && keeps.length >= LineModelDetector.MIN_LINES) {
        boolean[] settled = new boolean[keeps.length];
        double[] q = probability[i].clone();
        for (int j = 0; j < keeps.length; j++) {
          settled[j] = p.flaggedByOthers()[j] || j == p.title();
          q[j] = settled[j] ? Double.NaN : q[j];
        }
        int end = LineModelDetector.endOfArticle(p.features(), q, settled);
        for (int j = Math.max(0, end); end >= 0 && j < keeps.length; j++) {
          keeps[j] &= j == p.title();
        }
      }
      for (int j = 0; j < keeps.length; j++) {
        if (keeps[j]) {
          kept.append(p.lines().get(j)).append('\n');
        }
      }
      sum += ShingleBag.of(kept.toString()).f1(p.gold());
      count++;
    }
    return count == 0 ? Double.NaN : sum / count;
  }
}
