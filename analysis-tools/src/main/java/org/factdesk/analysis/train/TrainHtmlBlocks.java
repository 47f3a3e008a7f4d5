package org.factdesk.analysis.train;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.analysis.UnreadableInputException;
import org.factdesk.analysis.eval.web.Overlap;
import org.factdesk.analysis.eval.web.Page;
import org.factdesk.analysis.eval.web.WebEvaluation;
import org.factdesk.analysis.html.CharsetDeclaration;
import org.factdesk.analysis.html.HtmlBlockFeatures;
import org.factdesk.analysis.html.HtmlBlockModel;
import org.factdesk.analysis.model.BoostedTrees;
import org.factdesk.analysis.text.TextDecoder;

/**
 * Trains the HTML block model ({@link HtmlBlockModel}) on the dev split of the web evaluation:
 * every block of every dev page, its features as the engine computes them ({@link
 * HtmlBlockFeatures}), its label read from the page's gold text ({@link GoldLabels}). Test pages
 * are never read.
 *
 * <pre>
 * TrainHtmlBlocks EVAL_ROOT OUTPUT_FOLDER  train on all dev pages, write both passes' models
 * TrainHtmlBlocks EVAL_ROOT --folds K [EXPLAIN_FOLDER]
 *                                          cross-validate within dev, K folds by site: each fold's
 *                                          pages are scored by models trained on the other folds;
 *                                          with a folder, one file per page lists its blocks with
 *                                          label, both passes' probabilities and text
 *   --also ROOT2                           also learn from the dev pages of another evaluation
 *                                          folder (in cross-validation they fall in their sites'
 *                                          folds like the others, but are not scored)
 * </pre>
 *
 * The first pass is trained on every dev block. The second pass reads the first pass's
 * probabilities, which on a page the first pass was trained on would be too good to be true: it is
 * trained on probabilities from first passes trained without the page's fold ({@value #FOLDS} folds
 * by site). The shipped models are in {@code analysis/src/main/resources/org/factdesk/
 * analysis/model/}; this command with that folder as OUTPUT_FOLDER writes them again byte for byte.
 */
public final class TrainHtmlBlocks {
  /** The folds of the second pass's training data. */
  static final int FOLDS = 5;

  /**
   * 200 trees of depth 6 and a small step (v3, decision 0081): cross-validated by site within dev
   * they read 0.006 above v2's 60 trees at a step of 0.15 (decision 0016), and the engine reads a
   * page as fast, since block scoring is a small part of its time.
   */
  static final TreeTrainer.Params PARAMS = new TreeTrainer.Params(200, 6, 0.075, 1.0, 5.0, 64);

  /** One dev page: its blocks' features and labels, and its gold text. */
  record Sample(Page page, HtmlBlockFeatures.Table table, boolean[] labels, String gold) {}

  private TrainHtmlBlocks() {}

  public static void main(String[] arguments) throws IOException {
    List<String> rest = new ArrayList<>(List.of(arguments));
    Path also = null;
    int option = rest.indexOf("--also");
    if (option >= 0 && option + 1 < rest.size()) {
      also = Path.of(rest.get(option + 1));
      rest.subList(option, option + 2).clear();
    }
    String[] args = rest.toArray(new String[0]);
    boolean folds = args.length >= 3 && args[1].equals("--folds");
    if (!(args.length == 2 || folds && args.length <= 4)) {
      System.err.println(
          "usage: TrainHtmlBlocks EVAL_ROOT OUTPUT_FOLDER"
              + " | TrainHtmlBlocks EVAL_ROOT --folds K [EXPLAIN_FOLDER]");
      System.exit(2);
      return;
    }
    Path root = Path.of(args[0]);
    List<Sample> samples = load(root);
    List<Sample> extra = also == null ? List.of() : load(also);
    if (folds) {
      Path explain = args.length == 4 ? Path.of(args[3]) : null;
      crossValidate(samples, extra, Integer.parseInt(args[2]), System.out, explain);
      return;
    }
    if (!extra.isEmpty()) {
      List<Sample> all = new ArrayList<>(samples);
      all.addAll(extra);
      samples = all;
    }
    String first = trainFirst(samples);
    String context = trainContext(samples, outOfFold(samples, FOLDS));
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    write(out, HtmlBlockModel.FIRST, first);
    write(out, HtmlBlockModel.CONTEXT, context);
  }

  private static void write(Path folder, String resource, String model) throws IOException {
    Path file = folder.resolve(resource.substring(resource.lastIndexOf('/') + 1));
    Files.writeString(file, model, StandardCharsets.UTF_8);
    System.out.println("model written to " + file);
  }

  /** The dev pages in a fixed order (corpus, id), so that training reads the same rows each run. */
  static List<Sample> load(Path root) throws IOException {
    List<Page> pages =
        Page.readIndex(root).stream()
            .filter(p -> p.split().equals(Page.DEV))
            .sorted(Comparator.comparing(Page::corpus).thenComparing(Page::id))
            .toList();
    return pages.parallelStream().map(p -> sample(root, p)).filter(s -> s != null).toList();
  }

  private static Sample sample(Path root, Page page) {
    try {
      byte[] bytes = Files.readAllBytes(page.html(root));
      String html = TextDecoder.decode(bytes, CharsetDeclaration.find(bytes)).text();
      String gold = Files.readString(page.gold(root), StandardCharsets.UTF_8);
      HtmlBlockFeatures.Table table = HtmlBlockFeatures.of(html, "");
      boolean[] labels = GoldLabels.of(table.texts(), WebEvaluation.articlePart(gold));
      return new Sample(page, table, labels, gold);
    } catch (UnreadableInputException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first pass learns from the blocks it scores: every block but the short links. */
  static String trainFirst(List<Sample> samples) {
    List<float[][]> rows = new ArrayList<>();
    List<boolean[]> scored = new ArrayList<>();
    for (Sample s : samples) {
      float[][] r = s.table().rows();
      rows.add(r);
      boolean[] u = new boolean[r.length];
      for (int i = 0; i < r.length; i++) {
        u[i] = !HtmlBlockModel.isShortLink(r[i]);
      }
      scored.add(u);
    }
    return train(HtmlBlockFeatures.NAMES, rows, samples, scored);
  }

  /**
   * @param firstPass per sample, the first pass's probabilities from a model that did not see it
   */
  static String trainContext(List<Sample> samples, Map<Sample, double[]> firstPass) {
    List<float[][]> rows = new ArrayList<>();
    List<boolean[]> unsettled = new ArrayList<>();
    for (Sample s : samples) {
      double[] p = firstPass.get(s);
      rows.add(s.table().contextRows(p));
      boolean[] u = new boolean[p.length];
      for (int i = 0; i < p.length; i++) {
        u[i] = !HtmlBlockModel.settled(p[i]);
      }
      unsettled.add(u);
    }
    return train(HtmlBlockFeatures.CONTEXT_NAMES, rows, samples, unsettled);
  }

  /** Trains on the rows of every sample that {@code use} marks. */
  private static String train(
      List<String> names, List<float[][]> rows, List<Sample> samples, List<boolean[]> use) {
    List<float[]> x = new ArrayList<>();
    List<Boolean> y = new ArrayList<>();
    for (int s = 0; s < rows.size(); s++) {
      float[][] r = rows.get(s);
      boolean[] labels = samples.get(s).labels();
      for (int i = 0; i < r.length; i++) {
        if (use.get(s)[i]) {
          x.add(r[i]);
          y.add(labels[i]);
        }
      }
    }
    boolean[] labels = new boolean[y.size()];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = y.get(i);
    }
    return TreeTrainer.train(
        names, x.toArray(new float[0][]), labels, PARAMS, HtmlBlockModel.VERSION);
  }

  /** The fold of a page: by its site, so that no site's template is in training and scoring. */
  static int fold(Page p, int folds) {
    String site = p.host().equals("-") ? p.corpus() + "/" + p.id() : p.corpus() + "/" + p.host();
    return Math.floorMod(site.hashCode() * 31 + 7, folds);
  }

  /** Per sample, the first pass's probabilities from the model trained without its fold. */
  static Map<Sample, double[]> outOfFold(List<Sample> samples, int folds) {
    Map<Sample, double[]> p = new IdentityHashMap<>();
    for (int k = 0; k < folds; k++) {
      int fold = k;
      BoostedTrees model =
          parse(trainFirst(samples.stream().filter(s -> fold(s.page(), folds) != fold).toList()));
      for (Sample s : samples) {
        if (fold(s.page(), folds) == fold) {
          p.put(s, HtmlBlockModel.firstPass(model, s.table().rows()));
        }
      }
    }
    return p;
  }

  private static BoostedTrees parse(String model) {
    try {
      return BoostedTrees.parse(new StringReader(model));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Scores each fold's pages by models trained on the other folds: the first pass, then the second
   * on first-pass probabilities that come from models not trained on the page either.
   */
  static void crossValidate(List<Sample> samples, int folds, PrintStream out, Path explain)
      throws IOException {
    crossValidate(samples, List.of(), folds, out, explain);
  }

  /**
   * As {@link #crossValidate(List, int, PrintStream, Path)}, with more pages to learn from: they
   * fall into their sites' folds and are learnt from as the others, but only {@code scored} is
   * scored.
   */
  static void crossValidate(
      List<Sample> scored, List<Sample> extra, int folds, PrintStream out, Path explain)
      throws IOException {
    List<Sample> samples = new ArrayList<>(scored);
    samples.addAll(extra);
    Map<Sample, double[]> firstPass = outOfFold(samples, folds);
    Map<Sample, double[]> secondPass = new IdentityHashMap<>();
    for (int k = 0; k < folds; k++) {
      int fold = k;
      List<Sample> training = samples.stream().filter(s -> fold(s.page(), folds) != fold).toList();
      BoostedTrees model = parse(trainContext(training, firstPass));
      for (Sample s : samples) {
        if (fold(s.page(), folds) == fold) {
          double[] p = firstPass.get(s).clone();
          float[][] rows = s.table().contextRows(p);
          for (int i = 0; i < p.length; i++) {
            if (!HtmlBlockModel.settled(p[i])) {
              p[i] = model.probability(rows[i]);
            }
          }
          secondPass.put(s, p);
        }
      }
    }
    report("first pass", scored, firstPass, out, 0);
    report("both passes", scored, secondPass, out, 40);
    if (explain != null) {
      for (Sample s : scored) {
        StringBuilder sb = new StringBuilder();
        double[] p1 = firstPass.get(s);
        double[] p2 = secondPass.get(s);
        for (int i = 0; i < p1.length; i++) {
          sb.append(s.labels()[i] ? "main" : "----")
              .append(p2[i] >= HtmlBlockModel.THRESHOLD ? " kept " : " flag ")
              .append(String.format(Locale.ROOT, "%.2f %.2f ", p1[i], p2[i]))
              .append(s.table().texts().get(i))
              .append('\n');
        }
        Path file = explain.resolve(s.page().corpus()).resolve(s.page().id() + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, sb, StandardCharsets.UTF_8);
      }
    }
  }

  private static void report(
      String title, List<Sample> samples, Map<Sample, double[]> p, PrintStream out, int worst) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    List<String> pages = new ArrayList<>();
    for (Sample s : samples) {
      double[] probability = p.get(s);
      StringBuilder kept = new StringBuilder();
      for (int i = 0; i < probability.length; i++) {
        if (probability[i] >= HtmlBlockModel.THRESHOLD) {
          kept.append(s.table().texts().get(i)).append('\n');
        }
      }
      Overlap full = Overlap.shingles(kept.toString(), s.gold());
      Overlap article = Overlap.shingles(kept.toString(), WebEvaluation.articlePart(s.gold()));
      for (String group : new String[] {s.page().kind() + " pages", s.page().corpus(), "all"}) {
        double[] v = sums.computeIfAbsent(group, g -> new double[5]);
        v[0]++;
        v[1] += full.f1();
        v[2] += article.f1();
        v[3] += article.precision();
        v[4] += article.recall();
      }
      pages.add(
          String.format(
              Locale.ROOT,
              "%.3f P %.3f R %.3f  %s/%s",
              article.f1(),
              article.precision(),
              article.recall(),
              s.page().corpus(),
              s.page().id()));
    }
    out.println();
    out.println(title + ", out of fold");
    out.println("| pages | n | F1 | F1, article part of the gold (P, R) |");
    out.println("| --- | --- | --- | --- |");
    sums.forEach(
        (group, v) ->
            out.printf(
                Locale.ROOT,
                "| %s | %d | %.3f | %.3f (P %.3f R %.3f) |%n",
                group,
                (int) v[0],
                v[1] / v[0],
                v[2] / v[0],
                v[3] / v[0],
                v[4] / v[0]));
    if (worst > 0) {
      out.println();
      pages.stream().sorted().limit(worst).forEach(out::println);
    }
  }
}
