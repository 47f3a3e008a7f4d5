package org.factdesk.analysis.train;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Trains the gradient-boosted trees the engine reads ({@code
 * org.factdesk.analysis.model.BoostedTrees}): the logistic loss, second-order leaf values, trees
 * grown level by level on histograms of at most {@link Params#bins} quantile bins per feature (the
 * way LightGBM and XGBoost's "hist" method do). No sampling of rows, and features sampled per tree
 * only from a fixed seed ({@link Params#withFeatureShare}): the same data give the same model, byte
 * for byte.
 */
public final class TreeTrainer {
  /** The knobs; {@link #defaults()} served the engine's models. */
  public record Params(
      int trees,
      int depth,
      double learningRate,
      double lambda,
      double minChildWeight,
      int bins,
      double featureShare,
      long seed) {
    /** Every tree may split on every feature. */
    public Params(
        int trees, int depth, double learningRate, double lambda, double minChildWeight, int bins) {
      this(trees, depth, learningRate, lambda, minChildWeight, bins, 1.0, 0);
    }

    public static Params defaults() {
      return new Params(200, 5, 0.1, 1.0, 5.0, 64);
    }

    public Params withTrees(int n) {
      return new Params(n, depth, learningRate, lambda, minChildWeight, bins, featureShare, seed);
    }

    /**
     * Each tree splits only on a share of the features drawn for it from {@code seed} (a model that
     * differs from one trained on the same rows with every feature, for averaging).
     */
    public Params withFeatureShare(double share, long seed) {
      return new Params(trees, depth, learningRate, lambda, minChildWeight, bins, share, seed);
    }
  }

  private TreeTrainer() {}

  /** Trains on rows {@code x} (one array of features per row) with labels {@code y}. */
  public static String train(
      List<String> featureNames, float[][] x, boolean[] y, Params params, String version) {
    return train(featureNames, x, y, null, params, version);
  }

  /**
   * The same with a weight per row (null: every row weighs 1), which scales the row's gradient and
   * hessian: a row of weight 2 counts as two copies of it. Weights should average about 1, as
   * {@link Params#minChildWeight} is a sum of hessians.
   */
  public static String train(
      List<String> featureNames,
      float[][] x,
      boolean[] y,
      double[] weights,
      Params params,
      String version) {
    int n = x.length;
    int m = featureNames.size();
    if (n == 0 || y.length != n || (weights != null && weights.length != n)) {
      throw new IllegalArgumentException(
          "need as many labels (and weights) as rows, and at least one row");
    }
    for (String name : featureNames) {
      if (name.isBlank() || name.contains("\n")) {
        throw new IllegalArgumentException("feature names are single non-blank lines: " + name);
      }
    }
    float[][] edges = new float[m][];
    byte[][] bin = new byte[m][n]; // feature-major: one histogram pass reads a feature's column
    for (int f = 0; f < m; f++) {
      edges[f] = edges(x, f, params.bins());
      for (int i = 0; i < n; i++) {
        bin[f][i] = (byte) binOf(edges[f], x[i][f]);
      }
    }
    int positives = 0;
    for (boolean b : y) {
      positives += b ? 1 : 0;
    }
    double prior = Math.min(Math.max(positives / (double) n, 1e-6), 1 - 1e-6);
    double base = Math.log(prior / (1 - prior));
    double[] margin = new double[n];
    Arrays.fill(margin, base);
    double[] g = new double[n];
    double[] h = new double[n];
    StringBuilder out = new StringBuilder();
    out.append("factdesk-trees 1\nversion ").append(version).append('\n');
    out.append("features ").append(m).append('\n');
    for (String name : featureNames) {
      out.append(name).append('\n');
    }
    out.append("base ").append(number(base)).append('\n');
    out.append("trees ").append(params.trees()).append('\n');
    for (int t = 0; t < params.trees(); t++) {
      for (int i = 0; i < n; i++) {
        double p = 1 / (1 + Math.exp(-margin[i]));
        g[i] = p - (y[i] ? 1 : 0);
        h[i] = Math.max(p * (1 - p), 1e-12);
        if (weights != null) {
          g[i] *= weights[i];
          h[i] *= weights[i];
        }
      }
      List<Node> nodes = grow(bin, edges, g, h, n, params, allowed(m, t, params));
      out.append("tree ").append(nodes.size()).append('\n');
      for (Node node : nodes) {
        if (node.feature < 0) {
          out.append("l ").append(number(node.value)).append('\n');
        } else {
          out.append("s ")
              .append(node.feature)
              .append(' ')
              .append(number(node.threshold))
              .append(' ')
              .append(node.left)
              .append(' ')
              .append(node.right)
              .append('\n');
        }
      }
      // the margins move by what the model will compute: the leaf value as written (a float)
      for (Node node : nodes) {
        if (node.feature < 0) {
          float v = Float.parseFloat(number(node.value));
          for (int i : node.rows) {
            margin[i] += v;
          }
        }
      }
    }
    return out.toString();
  }

  private static final class Node {
    int[] rows;
    int feature = -1;
    float threshold;
    int left;
    int right;
    double value;
    int depth;

    Node(int[] rows, int depth) {
      this.rows = rows;
      this.depth = depth;
    }
  }

  /** The features tree {@code t} may split on, or null for all of them. */
  static boolean[] allowed(int m, int t, Params params) {
    if (params.featureShare() >= 1) {
      return null;
    }
    int keep = Math.max(1, (int) Math.ceil(params.featureShare() * m));
    Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
    Collections.shuffle(Arrays.asList(order), new Random(params.seed() * 1_000_003L + t));
    boolean[] allowed = new boolean[m];
    for (int i = 0; i < keep; i++) {
      allowed[order[i]] = true;
    }
    return allowed;
  }

  private static List<Node> grow(
      byte[][] bin,
      float[][] edges,
      double[] g,
      double[] h,
      int n,
      Params params,
      boolean[] allowed) {
    List<Node> nodes = new ArrayList<>();
    Node root = new Node(IntStream.range(0, n).toArray(), 0);
    nodes.add(root);
    for (int k = 0; k < nodes.size(); k++) {
      Node node = nodes.get(k);
      double sg = 0;
      double sh = 0;
      for (int i : node.rows) {
        sg += g[i];
        sh += h[i];
      }
      node.value = -sg / (sh + params.lambda()) * params.learningRate();
      if (node.depth >= params.depth() || sh < 2 * params.minChildWeight()) {
        continue;
      }
      Split best = bestSplit(bin, edges, g, h, node.rows, sg, sh, params, allowed);
      if (best == null) {
        continue;
      }
      int leftCount = 0;
      byte[] column = bin[best.feature];
      for (int i : node.rows) {
        leftCount += (column[i] & 0xFF) <= best.bin ? 1 : 0;
      }
      int[] l = new int[leftCount];
      int[] r = new int[node.rows.length - leftCount];
      int li = 0;
      int ri = 0;
      for (int i : node.rows) {
        if ((column[i] & 0xFF) <= best.bin) {
          l[li++] = i;
        } else {
          r[ri++] = i;
        }
      }
      node.feature = best.feature;
      node.threshold = edges[best.feature][best.bin];
      node.left = nodes.size();
      nodes.add(new Node(l, node.depth + 1));
      node.right = nodes.size();
      nodes.add(new Node(r, node.depth + 1));
      node.rows = null;
    }
    return nodes;
  }

  private record Split(int feature, int bin, double gain) {}

  private static Split bestSplit(
      byte[][] bin,
      float[][] edges,
      double[] g,
      double[] h,
      int[] rows,
      double sg,
      double sh,
      Params params,
      boolean[] allowed) {
    double lambda = params.lambda();
    double parent = sg * sg / (sh + lambda);
    return IntStream.range(0, bin.length)
        .parallel()
        .mapToObj(
            f -> {
              int bins = edges[f].length + 1;
              if (bins < 2 || allowed != null && !allowed[f]) {
                return null;
              }
              double[] hg = new double[bins];
              double[] hh = new double[bins];
              byte[] column = bin[f];
              for (int i : rows) {
                int b = column[i] & 0xFF;
                hg[b] += g[i];
                hh[b] += h[i];
              }
              Split best = null;
              double lg = 0;
              double lh = 0;
              for (int b = 0; b < bins - 1; b++) {
                lg += hg[b];
                lh += hh[b];
                double rg = sg - lg;
                double rh = sh - lh;
                if (lh < params.minChildWeight() || rh < params.minChildWeight()) {
                  continue;
                }
                double gain = lg * lg / (lh + lambda) + rg * rg / (rh + lambda) - parent;
                if (gain > 1e-9 && (best == null || gain > best.gain)) {
                  best = new Split(f, b, gain);
                }
              }
              return best;
            })
        .filter(s -> s != null)
        // ties go to the lower feature, so parallel runs choose the same split
        .reduce(
            null,
            (a, b) ->
                a == null
                    ? b
                    : b == null
                        ? a
                        : (b.gain > a.gain || b.gain == a.gain && b.feature < a.feature ? b : a));
  }

  /** Upper edges of up to {@code bins} quantile bins of feature {@code f} (the last bin open). */
  static float[] edges(float[][] x, int f, int bins) {
    float[] v = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      v[i] = x[i][f];
    }
    Arrays.sort(v);
    float[] out = new float[bins - 1];
    int count = 0;
    for (int q = 1; q < bins; q++) {
      float e = v[Math.min(v.length - 1, (int) ((long) q * v.length / bins))];
      // the edge is a value that occurs, and each bin must hold something above the last edge
      if ((count == 0 || e > out[count - 1]) && e < v[v.length - 1]) {
        out[count++] = e;
      }
    }
    if (count == 0 && v[0] < v[v.length - 1]) {
      out[count++] = v[0];
    }
    return Arrays.copyOf(out, count);
  }

  static int binOf(float[] edges, float value) {
    int lo = 0;
    int hi = edges.length; // first edge >= value
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (edges[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static String number(double d) {
    return String.format(Locale.ROOT, "%.6g", d).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2");
  }

  private static String number(float f) {
    return Float.toString(f);
  }
}
