package org.factdesk.analysis.train;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.detect.InsertTypeModel;
import org.factdesk.analysis.embed.SentenceEmbedder;
import org.factdesk.analysis.eval.web.Page;
import org.factdesk.analysis.train.InsertExamples.Example;

/**
 * Trains the insert-type model ({@link InsertTypeModel}, decision 0023) on the dev sites of the
 * typed examples ({@link InsertExamples}) and, with {@code --decisions}, on editors' decisions on
 * flags exported by the web application ({@code GET /api/flag-decisions}: {@code text, decision,
 * type, new type} a row; an accepted flag is an example of its type, a retyped one of the new type,
 * a rejected one of article text). The same files give the same weights: a fixed sample, a fixed
 * order, strict arithmetic.
 *
 * <pre>
 * TrainInsertTypes EXAMPLES.tsv OUT.bin [--decisions FILE.tsv] [--cache EMBEDDINGS.bin]
 * </pre>
 *
 * Embedding the ~25,000 sampled lines takes a few minutes; {@code --cache} keeps the vectors for
 * the next run.
 */
public final class TrainInsertTypes {
  static final String VERSION = "insert-types-v4";

  /** Lines sampled per class: article text, and each insert type. */
  static final int ARTICLE_SAMPLE = 20_000;

  static final int TYPE_SAMPLE = 3_000;

  /** An editor's decision counts as this many examples of the corpora. */
  static final int DECISION_WEIGHT = 3;

  private TrainInsertTypes() {}

  record Row(String text, int label, double weight) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println(
          "usage: TrainInsertTypes EXAMPLES.tsv OUT.bin [--decisions FILE.tsv] [--cache FILE]");
      System.exit(2);
    }
    Path decisions = null;
    Path cache = null;
    for (int i = 2; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--decisions" -> decisions = Path.of(args[i + 1]);
        case "--cache" -> cache = Path.of(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Row> rows = sample(InsertExamples.read(Path.of(args[0])));
    if (decisions != null) {
      rows.addAll(decisions(decisions));
    }
    System.out.println(rows.size() + " training lines");
    InsertTypeModel model = train(rows, cache);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])))) {
      model.write(out);
    }
    System.out.println("wrote " + args[1]);
  }

  /** The dev lines, at most {@link #ARTICLE_SAMPLE} / {@link #TYPE_SAMPLE} per class. */
  static List<Row> sample(List<Example> examples) {
    Map<Integer, List<Example>> byClass = new LinkedHashMap<>();
    for (Example e : examples) {
      if (!Page.DEV.equals(e.split())) {
        continue;
      }
      int c = e.isArticle() ? InsertTypeModel.ARTICLE : e.type() == null ? -1 : classOf(e.type());
      if (c >= 0) {
        byClass.computeIfAbsent(c, k -> new ArrayList<>()).add(e);
      }
    }
    List<Row> rows = new ArrayList<>();
    Random random = new Random(23);
    for (Map.Entry<Integer, List<Example>> entry : byClass.entrySet()) {
      List<Example> list = new ArrayList<>(entry.getValue());
      Collections.shuffle(list, random);
      int cap = entry.getKey() == InsertTypeModel.ARTICLE ? ARTICLE_SAMPLE : TYPE_SAMPLE;
      List<Example> kept = list.subList(0, Math.min(cap, list.size()));
      // a small class weighs more, up to 20 times, so that the rare types are not drowned
      double weight = Math.min(20.0, Math.sqrt((double) TYPE_SAMPLE / kept.size()));
      for (Example e : kept) {
        rows.add(new Row(e.text(), entry.getKey(), weight));
      }
    }
    return rows;
  }

  private static int classOf(FlagType type) {
    return InsertTypeModel.classOf(type);
  }

  /** Editors' decisions: {@code text, ACCEPTED|REJECTED|RETYPED, type, new type} a row. */
  static List<Row> decisions(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      if (f.length < 3) {
        throw new IOException(file + " line " + (i + 1) + ": expected text, decision, type");
      }
      String text = f[0].replace("\\n", " ").replace("\\t", " ");
      int label;
      try {
        label =
            switch (f[1]) {
              case "ACCEPTED" -> classOf(FlagType.valueOf(f[2]));
              case "REJECTED" -> InsertTypeModel.ARTICLE;
              case "RETYPED" -> classOf(FlagType.valueOf(f[3]));
              default ->
                  throw new IOException(file + " line " + (i + 1) + ": unknown decision " + f[1]);
            };
      } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
        throw new IOException(file + " line " + (i + 1) + ": unknown or missing flag type", e);
      }
      if (label >= 0 && !text.isBlank()) {
        rows.add(new Row(text, label, DECISION_WEIGHT));
      }
    }
    return rows;
  }

  static InsertTypeModel train(List<Row> rows, Path cache) throws IOException {
    int classes = InsertTypeModel.CLASSES.size();
    int[][] features = new int[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      features[i] = InsertTypeModel.features(rows.get(i).text());
    }
    float[][] words = new float[classes][InsertTypeModel.BUCKETS + 1];
    sgd(
        rows,
        words,
        (w, i) -> sparse(w, features[i]),
        (w, i, g) -> sparseStep(w, features[i], g),
        6);

    float[][] vectors = embeddings(rows, cache);
    float[][] meaning = new float[classes][SentenceEmbedder.DIMENSIONS + 1];
    sgd(
        rows,
        meaning,
        (w, i) -> dense(w, vectors[i]),
        (w, i, g) -> denseStep(w, vectors[i], g),
        12);
    return new InsertTypeModel(VERSION, words, meaning);
  }

  interface Margin {
    double of(float[] weights, int row);
  }

  interface Step {
    void apply(float[] weights, int row, double gradientTimesRate);
  }

  /** Multinomial logistic regression by SGD with a step that decays by epoch; L2 by shrinkage. */
  private static void sgd(List<Row> rows, float[][] w, Margin margin, Step step, int epochs) {
    int[] order = new int[rows.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(13);
    double[] z = new double[w.length];
    for (int epoch = 0; epoch < epochs; epoch++) {
      double rate = 0.2 / (1 + epoch);
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int r : order) {
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
          z[c] = margin.of(w[c], r);
          max = Math.max(max, z[c]);
        }
        double sum = 0;
        for (int c = 0; c < w.length; c++) {
          z[c] = Math.exp(z[c] - max);
          sum += z[c];
        }
        Row row = rows.get(r);
        for (int c = 0; c < w.length; c++) {
          double gradient = z[c] / sum - (c == row.label() ? 1 : 0);
          step.apply(w[c], r, rate * row.weight() * gradient);
        }
      }
    }
  }

  private static double sparse(float[] w, int[] features) {
    double m = w[w.length - 1];
    for (int f : features) {
      m += w[f];
    }
    return m;
  }

  private static void sparseStep(float[] w, int[] features, double g) {
    for (int f : features) {
      w[f] = (float) (w[f] * (1 - 1e-6) - g);
    }
    w[w.length - 1] -= (float) g;
  }

  private static double dense(float[] w, float[] x) {
    double m = w[x.length];
    for (int d = 0; d < x.length; d++) {
      m += w[d] * x[d];
    }
    return m;
  }

  private static void denseStep(float[] w, float[] x, double g) {
    for (int d = 0; d < x.length; d++) {
      w[d] = (float) (w[d] * (1 - 1e-5) - g * x[d]);
    }
    w[x.length] -= (float) g;
  }

  /** The rows' sentence embeddings, from the cache where it has them. */
  private static float[][] embeddings(List<Row> rows, Path cache) throws IOException {
    Map<String, float[]> known = new HashMap<>();
    if (cache != null && Files.isRegularFile(cache)) {
      try (DataInputStream in =
          new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          String text = in.readUTF();
          float[] v = new float[SentenceEmbedder.DIMENSIONS];
          for (int d = 0; d < v.length; d++) {
            v[d] = in.readFloat();
          }
          known.put(text, v);
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (Row r : rows) {
      if (!known.containsKey(key(r.text())) && !missing.contains(key(r.text()))) {
        missing.add(key(r.text()));
      }
    }
    SentenceEmbedder embedder = SentenceEmbedder.shared();
    for (int from = 0; from < missing.size(); from += 64) {
      List<String> batch = missing.subList(from, Math.min(missing.size(), from + 64));
      List<float[]> vectors = embedder.embedAll(batch);
      for (int i = 0; i < batch.size(); i++) {
        known.put(batch.get(i), vectors.get(i));
      }
      if (from % 3200 == 0) {
        System.out.println("embedded " + from + " of " + missing.size());
      }
    }
    if (cache != null && !missing.isEmpty()) {
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
        out.writeInt(known.size());
        for (Map.Entry<String, float[]> e : known.entrySet()) {
          out.writeUTF(e.getKey());
          for (float v : e.getValue()) {
            out.writeFloat(v);
          }
        }
      }
    }
    float[][] out = new float[rows.size()][];
    for (int i = 0; i < rows.size(); i++) {
      out[i] = known.get(key(rows.get(i).text()));
    }
    return out;
  }

  /** What is embedded of a line: the engine embeds at most this much too. */
  static String key(String text) {
    return text.length() > 600 ? text.substring(0, 600) : text;
  }
}
