package org.factdesk.analysis.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The text form of the engine's logistic models ({@link CheckWorthiness}, {@link LinkModel}), read
 * and checked in one place: {@code factdesk-logistic 1}, {@code version NAME}, {@code threshold P},
 * {@code bias B}, {@code features N}, then N lines {@code WEIGHT<TAB>FEATURE}. Each model builds
 * its own lookup from the lines; a malformed model is refused naming the line.
 */
final class LogisticText {
  static final String MAGIC = "factdesk-logistic 1";

  /** One feature line: where it stands, its name and its weight as written. */
  record Weight(int line, String feature, String weight) {}

  /** A model as written. */
  record Model(String version, double threshold, double bias, List<Weight> weights) {}

  /** What a model does with the text it is given. */
  interface Parser<T> {
    T parse(Reader reader) throws IOException;
  }

  private LogisticText() {}

  /** Reads a model shipped as a class-path resource; a missing or broken one is a build defect. */
  static <T> T load(String resource, Parser<T> parser) {
    try (InputStream in = LogisticText.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("model resource not found: " + resource);
      }
      return parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model " + resource, e);
    }
  }

  /** Reads the header and the feature lines. */
  static Model read(Reader reader) throws IOException {
    BufferedReader in = new BufferedReader(reader);
    int[] line = {0};
    if (!MAGIC.equals(next(in, line))) {
      throw error(line[0], "expected \"" + MAGIC + "\"");
    }
    try {
      String version = field(in, line, "version");
      double threshold = Double.parseDouble(field(in, line, "threshold"));
      double bias = Double.parseDouble(field(in, line, "bias"));
      int n = Integer.parseInt(field(in, line, "features"));
      List<Weight> weights = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String l = next(in, line);
        int tab = l.indexOf('\t');
        if (tab <= 0 || tab == l.length() - 1) {
          throw error(line[0], "expected WEIGHT<TAB>FEATURE");
        }
        weights.add(new Weight(line[0], l.substring(tab + 1), l.substring(0, tab)));
      }
      return new Model(version, threshold, bias, weights);
    } catch (NumberFormatException e) {
      throw error(line[0], "not a number: " + e.getMessage());
    }
  }

  static IOException error(int line, String problem) {
    return new IOException("model line " + line + ": " + problem);
  }

  private static String next(BufferedReader in, int[] line) throws IOException {
    String l = in.readLine();
    line[0]++;
    if (l == null) {
      throw error(line[0], "unexpected end of model");
    }
    return l;
  }

  private static String field(BufferedReader in, int[] line, String name) throws IOException {
    String l = next(in, line);
    if (!l.startsWith(name + " ")) {
      throw error(line[0], "expected \"" + name + " …\"");
    }
    return l.substring(name.length() + 1).trim();
  }
}
