package org.factdesk.analysis.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A trained ensemble of binary decision trees (gradient boosting with the logistic loss), read from
 * the text form the trainer in analysis-tools writes ({@code org.factdesk.analysis.train.
 * TreeTrainer}). Scoring walks each tree from its root: a node sends {@code x[feature] <=
 * threshold} left, anything else right; the leaves' values add up to the margin, and the
 * probability is its logistic. Immutable and thread-safe.
 *
 * <p>The text form, line by line:
 *
 * <pre>
 * factdesk-trees 1
 * version NAME
 * features N
 * NAME_0 … NAME_N-1            (one per line)
 * base MARGIN
 * trees T
 * tree NODES                   (then NODES lines, node 0 the root:)
 * s FEATURE THRESHOLD LEFT RIGHT
 * l VALUE
 * </pre>
 */
public final class BoostedTrees {
  private static final String MAGIC = "factdesk-trees 1";

  private final String version;
  private final List<String> featureNames;
  private final double base;
  // all trees' nodes, one tree after the other, in flat arrays: feature (-1 for a leaf), threshold
  // or leaf value, and the two children as indexes into the same arrays; roots[t] is tree t's root.
  // One array each keeps the nodes of a tree close in memory, and a walk reads no array of arrays.
  private final int[] roots;
  private final int[] feature;
  private final float[] value;
  private final int[] left;
  private final int[] right;

  private BoostedTrees(
      String version,
      List<String> featureNames,
      double base,
      int[][] feature,
      float[][] value,
      int[][] left,
      int[][] right) {
    this.version = version;
    this.featureNames = List.copyOf(featureNames);
    this.base = base;
    int nodes = 0;
    for (int[] tree : feature) {
      nodes += tree.length;
    }
    this.roots = new int[feature.length];
    this.feature = new int[nodes];
    this.value = new float[nodes];
    this.left = new int[nodes];
    this.right = new int[nodes];
    int at = 0;
    for (int t = 0; t < feature.length; t++) {
      roots[t] = at;
      for (int k = 0; k < feature[t].length; k++) {
        this.feature[at + k] = feature[t][k];
        this.value[at + k] = value[t][k];
        this.left[at + k] = at + left[t][k];
        this.right[at + k] = at + right[t][k];
      }
      at += feature[t].length;
    }
  }

  /** Reads a model shipped as a class-path resource; a missing or broken one is a build defect. */
  public static BoostedTrees load(String resource) {
    try (InputStream in = BoostedTrees.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("model resource not found: " + resource);
      }
      return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + resource, e);
    }
  }

  /** Reads the text form; a malformed model is refused naming the line. */
  public static BoostedTrees parse(Reader reader) throws IOException {
    Lines in = new Lines(new BufferedReader(reader));
    if (!MAGIC.equals(in.next())) {
      throw in.error("expected \"" + MAGIC + "\"");
    }
    String version = in.field("version");
    int n = Integer.parseInt(in.field("features"));
    List<String> names = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      names.add(in.next());
    }
    double base = Double.parseDouble(in.field("base"));
    int trees = Integer.parseInt(in.field("trees"));
    int[][] feature = new int[trees][];
    float[][] value = new float[trees][];
    int[][] left = new int[trees][];
    int[][] right = new int[trees][];
    for (int t = 0; t < trees; t++) {
      int nodes = Integer.parseInt(in.field("tree"));
      feature[t] = new int[nodes];
      value[t] = new float[nodes];
      left[t] = new int[nodes];
      right[t] = new int[nodes];
      for (int k = 0; k < nodes; k++) {
        String[] f = in.next().split(" ");
        try {
          if (f[0].equals("l") && f.length == 2) {
            feature[t][k] = -1;
            value[t][k] = Float.parseFloat(f[1]);
          } else if (f[0].equals("s") && f.length == 5) {
            feature[t][k] = Integer.parseInt(f[1]);
            value[t][k] = Float.parseFloat(f[2]);
            left[t][k] = Integer.parseInt(f[3]);
            right[t][k] = Integer.parseInt(f[4]);
            if (feature[t][k] < 0
                || feature[t][k] >= n
                || left[t][k] <= k
                || right[t][k] <= k
                || left[t][k] >= nodes
                || right[t][k] >= nodes) {
              throw in.error("a split names a feature or child that does not exist");
            }
          } else {
            throw in.error("expected a node (s FEATURE THRESHOLD LEFT RIGHT or l VALUE)");
          }
        } catch (NumberFormatException e) {
          throw in.error("not a number: " + e.getMessage());
        }
      }
    }
    return new BoostedTrees(version, names, base, feature, value, left, right);
  }

  public String version() {
    return version;
  }

  public int featureCount() {
    return featureNames.size();
  }

  public List<String> featureNames() {
    return featureNames;
  }

  /** The margin: the base plus every tree's leaf for {@code x}. */
  public double margin(float[] x) {
    if (x.length != featureNames.size()) {
      throw new IllegalArgumentException(
          "model " + version + " takes " + featureNames.size() + " features, got " + x.length);
    }
    double sum = base;
    for (int root : roots) {
      int k = root;
      int f;
      while ((f = feature[k]) >= 0) {
        k = x[f] <= value[k] ? left[k] : right[k];
      }
      sum += value[k];
    }
    return sum;
  }

  /** The probability of the positive class for {@code x}. */
  public double probability(float[] x) {
    return 1 / (1 + Math.exp(-margin(x)));
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT, "%s (%d trees, %d features)", version, roots.length, featureCount());
  }

  private static final class Lines {
    private final BufferedReader reader;
    private int number;

    Lines(BufferedReader reader) {
      this.reader = reader;
    }

    String next() throws IOException {
      String line = reader.readLine();
      number++;
      if (line == null) {
        throw error("unexpected end of model");
      }
      return line;
    }

    String field(String name) throws IOException {
      String line = next();
      if (!line.startsWith(name + " ")) {
        throw error("expected \"" + name + " …\"");
      }
      return line.substring(name.length() + 1);
    }

    IOException error(String problem) {
      return new IOException("model line " + number + ": " + problem);
    }
  }
}
