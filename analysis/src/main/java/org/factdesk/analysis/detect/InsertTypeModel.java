package org.factdesk.analysis.detect;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.text.Words;

/**
 * The learned insert-type classifier of decision 0023: two multinomial logistic regressions over
 * the same classes ({@link #CLASSES}: article, or one of six insert types), one over the line's
 * words (hashed word unigrams and bigrams and a few shape tokens; microseconds a line) and one over
 * its sentence embedding ({@link org.factdesk.analysis.embed.SentenceEmbedder}; ~4 ms a line). The
 * engine asks the second only where the first is unsure. Trained on typed examples of real pages by
 * {@code org.factdesk.analysis.train.TrainInsertTypes}; immutable and thread-safe.
 */
public final class InsertTypeModel {
  /**
   * Class-path resource of the shipped weights: v4, written byte for byte by {@code
   * TrainInsertTypes} from the examples of {@code InsertExamples --outlet-names} (README; decision
   * 0076).
   */
  public static final String RESOURCE = "org/factdesk/analysis/model/insert-types-v4.bin";

  /** What a line can be, in the order of the weights' rows; index 0 is article text. */
  public static final List<String> CLASSES =
      List.of(
          "ARTICLE",
          FlagType.AI_DISCLAIMER.name(),
          FlagType.PROMOTIONAL.name(),
          FlagType.RELATED_LINKS.name(),
          FlagType.SITE_CHROME.name(),
          FlagType.LEGAL_NOTICE.name(),
          FlagType.METADATA.name());

  public static final int ARTICLE = 0;

  /** Buckets of the hashed word features. */
  public static final int BUCKETS = 1 << 16;

  private static final int MAGIC = 0x46444954; // "FDIT"

  private final String version;

  /** [class][bucket], the bias last. */
  private final float[][] words;

  /** [class][dimension], the bias last. */
  private final float[][] meaning;

  public InsertTypeModel(String version, float[][] words, float[][] meaning) {
    if (words.length != CLASSES.size() || meaning.length != CLASSES.size()) {
      throw new IllegalArgumentException("expected " + CLASSES.size() + " classes");
    }
    this.version = version;
    this.words = words;
    this.meaning = meaning;
  }

  private static final class Shipped {
    static final InsertTypeModel MODEL = load();
  }

  /** The shipped model, read once per JVM. */
  public static InsertTypeModel shipped() {
    return Shipped.MODEL;
  }

  public String version() {
    return version;
  }

  /** The type of class {@code c} (null for article). */
  public static FlagType type(int c) {
    return c == ARTICLE ? null : FlagType.valueOf(CLASSES.get(c));
  }

  /** The class index of a type, or -1 for a type the model does not know. */
  public static int classOf(FlagType type) {
    return CLASSES.indexOf(type.name());
  }

  /** Class probabilities from the line's words. */
  public double[] byWords(String line) {
    return byWords(features(line));
  }

  public double[] byWords(int[] features) {
    double[] z = new double[words.length];
    for (int c = 0; c < z.length; c++) {
      float[] w = words[c];
      double m = w[BUCKETS];
      for (int f : features) {
        m += w[f];
      }
      z[c] = m;
    }
    return softmax(z);
  }

  /** Class probabilities from the line's sentence embedding. */
  public double[] byMeaning(float[] embedding) {
    double[] z = new double[meaning.length];
    for (int c = 0; c < z.length; c++) {
      float[] w = meaning[c];
      double m = w[embedding.length];
      for (int d = 0; d < embedding.length; d++) {
        m += w[d] * embedding[d];
      }
      z[c] = m;
    }
    return softmax(z);
  }

  /** The words of a line that speak most for class {@code c}, up to {@code max}, for a reason. */
  public List<String> evidence(String line, int c, int max) {
    List<String> tokens = tokens(line);
    List<String> out = new ArrayList<>();
    List<double[]> scored = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      int f = bucket("w:" + tokens.get(i));
      double margin = words[c][f] - words[ARTICLE][f];
      if (c == ARTICLE) {
        margin = -margin;
      }
      scored.add(new double[] {margin, i});
    }
    scored.sort((a, b) -> Double.compare(b[0], a[0]));
    for (double[] s : scored) {
      String word = tokens.get((int) s[1]);
      if (s[0] <= 0.5 || out.size() >= max) {
        break;
      }
      if (!out.contains(word)) {
        out.add(word);
      }
    }
    return out;
  }

  /** The hashed features of a line: words, word pairs, first word, length and end shape. */
  public static int[] features(String line) {
    List<String> tokens = tokens(line);
    int n = tokens.size();
    int[] out = new int[2 * n + 4];
    int k = 0;
    // the hash codes of "w:" + token and "b:" + token + " " + next, computed from the tokens' own
    // hash codes without building the strings (the same ints, so the same buckets): on HTML the
    // words model reads every block the block model typed by its links
    for (int i = 0; i < n; i++) {
      String t = tokens.get(i);
      out[k++] = mix(W_PREFIX * power31(t.length()) + t.hashCode());
      if (i + 1 < n) {
        String next = tokens.get(i + 1);
        int pair = (B_PREFIX * power31(t.length()) + t.hashCode()) * 31 + ' ';
        out[k++] = mix(pair * power31(next.length()) + next.hashCode());
      }
    }
    out[k++] = bucket("first:" + (n == 0 ? "" : tokens.get(0)));
    out[k++] = bucket("len:" + Math.min(n, 12) / 2 + (n > 25 ? "+" : ""));
    String t = line.strip();
    char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    out[k++] = bucket("end:" + (Character.isLetterOrDigit(last) ? "w" : String.valueOf(last)));
    out[k++] = bucket("case:" + Math.round(Words.titleCaseRatio(t) * 4));
    return java.util.Arrays.copyOf(out, k);
  }

  static List<String> tokens(String line) {
    List<String> raw = Words.tokens(line.toLowerCase(Locale.ROOT), 40);
    List<String> out = new ArrayList<>(raw.size());
    for (String t : raw) {
      out.add(t.chars().allMatch(Character::isDigit) ? "0" : t);
    }
    return out;
  }

  static int bucket(String feature) {
    return mix(feature.hashCode());
  }

  private static final int W_PREFIX = "w:".hashCode();
  private static final int B_PREFIX = "b:".hashCode();

  private static int mix(int hashCode) {
    int h = hashCode * 0x9E3779B9;
    return (h ^ (h >>> 16)) & (BUCKETS - 1);
  }

  /** 31 to the power {@code n} in int arithmetic, as {@link String#hashCode} folds it. */
  private static int power31(int n) {
    int p = 1;
    for (int i = 0; i < n; i++) {
      p *= 31;
    }
    return p;
  }

  private static double[] softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      p[i] = Math.exp(z[i] - max);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  /** Writes the weights as the shipped resource is stored (gzip, big-endian floats). */
  public void write(OutputStream out) throws IOException {
    try (DataOutputStream data = new DataOutputStream(new GZIPOutputStream(out))) {
      data.writeInt(MAGIC);
      data.writeUTF(version);
      data.writeUTF(String.join(",", CLASSES));
      for (float[][] part : List.of(words, meaning)) {
        data.writeInt(part[0].length);
        for (float[] row : part) {
          for (float v : row) {
            data.writeFloat(v);
          }
        }
      }
    }
  }

  public static InsertTypeModel read(InputStream in) throws IOException {
    try (DataInputStream data = new DataInputStream(new GZIPInputStream(in))) {
      if (data.readInt() != MAGIC) {
        throw new IOException("not an insert-type model");
      }
      String version = data.readUTF();
      String classes = data.readUTF();
      if (!classes.equals(String.join(",", CLASSES))) {
        throw new IOException("model " + version + " has other classes: " + classes);
      }
      float[][][] parts = new float[2][][];
      for (int p = 0; p < 2; p++) {
        int width = data.readInt();
        parts[p] = new float[CLASSES.size()][width];
        for (float[] row : parts[p]) {
          for (int i = 0; i < width; i++) {
            row[i] = data.readFloat();
          }
        }
      }
      if (parts[0][0].length != BUCKETS + 1) {
        throw new IOException("model " + version + " has another number of word buckets");
      }
      return new InsertTypeModel(version, parts[0], parts[1]);
    }
  }

  private static InsertTypeModel load() {
    try (InputStream in = InsertTypeModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing model resource " + RESOURCE);
      }
      return read(new java.io.BufferedInputStream(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
