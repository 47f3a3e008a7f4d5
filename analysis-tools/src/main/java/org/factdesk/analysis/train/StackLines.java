package org.factdesk.analysis.train;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.analysis.detect.LineFeatures;
import org.factdesk.analysis.detect.LineModelDetector;
import org.factdesk.analysis.eval.web.Page;
import org.factdesk.analysis.model.BoostedTrees;

/**
 * Tries second stages over first stages' out-of-fold probabilities without retraining the first
 * stages: reads two dumps of {@code TrainTextLines --cv 3 --dump} (A, e.g. v4, and B, e.g. v5), and
 * for each fold by site trains a second stage on the other folds' pages over their dumped
 * first-stage probabilities, then applies it to the fold's pages. The second stage's training rows
 * here read out-of-fold probabilities of the outer folds, not of inner folds as {@code
 * TrainTextLines} trains, so the replicas of A's and B's own second stages ({@code a}, {@code b})
 * are the yardstick for the others, not the dumps' own figures.
 *
 * <pre>
 * StackLines ROOT DUMP_A DUMP_B OUT_PREFIX VARIANT...
 *   a       A's second stage again: stacked rows over A's probabilities, v4's columns
 *   b       B's second stage again: stacked rows over B's probabilities, every column
 *   r2      every column over A's probabilities (v5's features in the second stage only)
 *   stack   every column over A's probabilities, then B's probability columns
 *   meanp   every column over the mean of A's and B's probabilities (one second stage, two first)
 * </pre>
 *
 * Writes OUT_PREFIX-VARIANT.tsv in the dump's format (first stage: A's), for {@code LineReplay}.
 *
 * <pre>
 * StackLines --replay ROOT DUMP[+DUMP...]...
 * </pre>
 *
 * reads the pages once and prints, for each dump (or the mean of dumps joined by "+"), what {@code
 * LineReplay} prints first: the mean F1 of the engine's decisions (0.55, floor, cut) on article
 * pages and CleanEval, overall and by fold.
 */
public final class StackLines {
  private StackLines() {}

  /** Indices in {@link LineFeatures#STACKED_NAMES} of the columns read from the probabilities. */
  static final int[] PROBABILITY_COLUMNS = probabilityColumns();

  private static int[] probabilityColumns() {
    List<String> own = LineFeatures.NAMES;
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < LineFeatures.STACKED_NAMES.size(); i++) {
      if (!own.contains(LineFeatures.STACKED_NAMES.get(i))) {
        out.add(i);
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  static final int V4_STACKED =
      LineFeatures.STACKED_NAMES.size()
          - (LineFeatures.NAMES.size() - LineFeatures.NAMES.indexOf("date_line"));

  public static void main(String[] args) throws IOException {
    if (args[0].equals("--replay")) {
      replay(Path.of(args[1]), List.of(args).subList(2, args.length));
      return;
    }
    Path root = Path.of(args[0]);
    Map<String, double[]> a = firstStage(Path.of(args[1]));
    Map<String, double[]> b = firstStage(Path.of(args[2]));
    String prefix = args[3];
    List<TrainTextLines.PageLines> pages = TrainTextLines.read(root, true);
    List<String> hosts = TrainTextLines.hosts(pages);
    double[][] pa = new double[pages.size()][];
    double[][] pb = new double[pages.size()][];
    for (int i = 0; i < pages.size(); i++) {
      String key = pages.get(i).page().corpus() + "/" + pages.get(i).page().id();
      pa[i] = a.get(key);
      pb[i] = b.get(key);
      if (pa[i] == null || pb[i] == null || pa[i].length != pages.get(i).lines().size()) {
        throw new IOException("the dumps do not match page " + key);
      }
    }
    for (int v = 4; v < args.length; v++) {
      String variant = args[v];
      List<String> names = names(variant);
      double[][] out = new double[pages.size()][];
      for (int fold = 0; fold < 3; fold++) {
        List<TrainTextLines.PageLines> train = new ArrayList<>();
        List<float[]> x = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
          TrainTextLines.PageLines p = pages.get(i);
          if (TrainTextLines.foldOf(hosts, p, 3) != fold
              && TrainTextLines.LEARN_FROM.contains(p.page().kind())) {
            train.add(p);
            float[][] r = rows(variant, p, pa[i], pb[i]);
            for (int j = 0; j < r.length; j++) {
              x.add(r[j]);
              y.add(!p.article()[j]);
            }
          }
        }
        boolean[] labels = new boolean[y.size()];
        for (int j = 0; j < labels.length; j++) {
          labels[j] = y.get(j);
        }
        BoostedTrees model =
            BoostedTrees.parse(
                new StringReader(
                    TreeTrainer.train(
                        names,
                        x.toArray(float[][]::new),
                        labels,
                        TrainTextLines.weights(train),
                        TrainTextLines.PARAMS,
                        variant)));
        for (int i = 0; i < pages.size(); i++) {
          if (TrainTextLines.foldOf(hosts, pages.get(i), 3) == fold) {
            float[][] r = rows(variant, pages.get(i), pa[i], pb[i]);
            out[i] = new double[r.length];
            for (int j = 0; j < r.length; j++) {
              out[i][j] = model.probability(r[j]);
            }
          }
        }
        System.out.println(variant + ": fold " + (fold + 1) + " done");
      }
      TrainTextLines.dump(pages, pa, out, Path.of(prefix + "-" + variant + ".tsv"));
    }
  }

  static List<String> names(String variant) {
    List<String> stacked = LineFeatures.STACKED_NAMES;
    return switch (variant) {
      case "a" -> stacked.subList(0, V4_STACKED);
      case "b", "r2", "meanp" -> stacked;
      case "stack" -> {
        List<String> n = new ArrayList<>(stacked);
        for (int c : PROBABILITY_COLUMNS) {
          n.add("b_" + stacked.get(c));
        }
        yield n;
      }
      default -> throw new IllegalArgumentException("no variant " + variant);
    };
  }

  static float[][] rows(String variant, TrainTextLines.PageLines p, double[] pa, double[] pb) {
    return switch (variant) {
      case "a" -> cut(p.features().stacked(pa), V4_STACKED);
      case "b" -> p.features().stacked(pb);
      case "r2" -> p.features().stacked(pa);
      case "meanp" -> {
        double[] mean = new double[pa.length];
        for (int j = 0; j < mean.length; j++) {
          mean[j] = (pa[j] + pb[j]) / 2;
        }
        yield p.features().stacked(mean);
      }
      case "stack" -> {
        float[][] ra = p.features().stacked(pa);
        float[][] rb = p.features().stacked(pb);
        float[][] out = new float[ra.length][];
        for (int j = 0; j < ra.length; j++) {
          out[j] = java.util.Arrays.copyOf(ra[j], ra[j].length + PROBABILITY_COLUMNS.length);
          for (int k = 0; k < PROBABILITY_COLUMNS.length; k++) {
            out[j][ra[j].length + k] = rb[j][PROBABILITY_COLUMNS[k]];
          }
        }
        yield out;
      }
      default -> throw new IllegalArgumentException("no variant " + variant);
    };
  }

  private static float[][] cut(float[][] rows, int columns) {
    float[][] out = new float[rows.length][];
    for (int j = 0; j < rows.length; j++) {
      out[j] = java.util.Arrays.copyOf(rows[j], columns);
    }
    return out;
  }

  static void replay(Path root, List<String> dumps) throws IOException {
    List<TrainTextLines.PageLines> pages = TrainTextLines.read(root, true);
    List<String> hosts = TrainTextLines.hosts(pages);
    for (String spec : dumps) {
      // "HOW:" before the dumps: "w0.3:" weighs the first 0.3 and the rest alike, "logit:" the
      // mean of the logits, "max:" and "min:" the largest or smallest probability
      String how = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : "mean";
      List<Map<String, double[]>> parts = new ArrayList<>();
      for (String d : spec.substring(spec.indexOf(':') + 1).split("\\+")) {
        parts.add(column(Path.of(d), 9));
      }
      List<LineReplay.Replayed> all = new ArrayList<>();
      List<List<LineReplay.Replayed>> folds =
          List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      for (TrainTextLines.PageLines p : pages) {
        String key = p.page().corpus() + "/" + p.page().id();
        double[] mean = new double[p.lines().size()];
        for (int j = 0; j < mean.length; j++) {
          double[] v = new double[parts.size()];
          for (int k = 0; k < v.length; k++) {
            v[k] = parts.get(k).get(key)[j];
          }
          mean[j] = combine(how, v);
        }
        LineReplay.Replayed r = new LineReplay.Replayed(p, mean);
        all.add(r);
        folds.get(TrainTextLines.foldOf(hosts, p, 3)).add(r);
      }
      StringBuilder sb = new StringBuilder(spec);
      for (String kind : List.of(Page.ARTICLE, Page.WEB)) {
        sb.append(String.format(Locale.ROOT, " | %s %.4f (", kind, mean(all, kind)));
        for (List<LineReplay.Replayed> f : folds) {
          sb.append(String.format(Locale.ROOT, " %.4f", mean(f, kind)));
        }
        sb.append(" )");
      }
      System.out.println(sb);
    }
  }

  static double combine(String how, double[] v) {
    double out = 0;
    switch (how) {
      case "mean" -> {
        for (double x : v) {
          out += x / v.length;
        }
      }
      case "logit" -> {
        for (double x : v) {
          double c = Math.min(1 - 1e-4, Math.max(1e-4, x));
          out += Math.log(c / (1 - c)) / v.length;
        }
        out = 1 / (1 + Math.exp(-out));
      }
      case "max" -> out = java.util.Arrays.stream(v).max().orElseThrow();
      case "min" -> out = java.util.Arrays.stream(v).min().orElseThrow();
      default -> {
        double w = Double.parseDouble(how.substring(1));
        out = w * v[0];
        for (int k = 1; k < v.length; k++) {
          out += (1 - w) * v[k] / (v.length - 1);
        }
      }
    }
    return out;
  }

  private static double mean(List<LineReplay.Replayed> pages, String kind) {
    return LineReplay.mean(pages, kind, r -> LineReplay.shipped(r, LineModelDetector.THRESHOLD));
  }

  /** The first stage's probabilities of each page of a dump, by "corpus/id". */
  static Map<String, double[]> firstStage(Path dump) throws IOException {
    return column(dump, 8);
  }

  /** One column of probabilities of each page of a dump, by "corpus/id". */
  static Map<String, double[]> column(Path dump, int column) throws IOException {
    Map<String, List<Double>> byPage = new HashMap<>();
    for (String row : Files.readAllLines(dump, StandardCharsets.UTF_8)) {
      String[] f = row.split("\t", 11);
      byPage
          .computeIfAbsent(f[0] + "/" + f[1], k -> new ArrayList<>())
          .add(Double.parseDouble(f[column]));
    }
    Map<String, double[]> out = new HashMap<>();
    byPage.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
    return out;
  }
}
