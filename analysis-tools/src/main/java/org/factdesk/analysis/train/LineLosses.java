package org.factdesk.analysis.train;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.analysis.eval.web.WebEvaluation;

/**
 * Where the line model loses against its own labels, from the out-of-fold probabilities that {@code
 * TrainTextLines ROOT --cv K --dump FILE} writes (so every figure is of pages the model did not
 * learn from): per corpus the mean shingle F1 of the kept lines and of the labels, the words of
 * furniture kept and of article dropped by where they stand (before, inside or after the page's
 * core, the span with most evidence of article), the loss split by kind of page failure, and the
 * pages that lose most.
 *
 * <pre>
 * LineLosses DUMP ROOT [--threshold T] [--worst N]
 * </pre>
 */
public final class LineLosses {
  private LineLosses() {}

  /** One dumped line. */
  record Line(boolean article, boolean flagged, boolean title, double p, String text, int words) {}

  /** One page's dumped lines. */
  record PageDump(String corpus, String id, String kind, List<Line> lines) {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: LineLosses DUMP ROOT [--threshold T] [--worst N]");
      System.exit(2);
    }
    double threshold = 0.55;
    int worst = 20;
    for (int i = 2; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--threshold" -> threshold = Double.parseDouble(args[i + 1]);
        case "--worst" -> worst = Integer.parseInt(args[i + 1]);
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    report(read(Path.of(args[0])), Path.of(args[1]), threshold, worst, System.out);
  }

  static List<PageDump> read(Path dump) throws IOException {
    Map<String, PageDump> pages = new LinkedHashMap<>();
    int number = 0;
    for (String row : Files.readAllLines(dump, StandardCharsets.UTF_8)) {
      number++;
      String[] f = row.split("\t", 11);
      if (f.length < 10) {
        throw new IOException(dump + " line " + number + ": expected 11 tab-separated fields");
      }
      String text = f.length > 10 ? f[10] : "";
      String strip = text.strip();
      PageDump page =
          pages.computeIfAbsent(
              f[0] + "/" + f[1], k -> new PageDump(f[0], f[1], f[2], new ArrayList<>()));
      page.lines()
          .add(
              new Line(
                  f[5].equals("1"),
                  f[6].equals("1"),
                  f[7].equals("1"),
                  Double.parseDouble(f[9]),
                  text,
                  strip.isEmpty() ? 0 : strip.split("\\s+").length));
    }
    return new ArrayList<>(pages.values());
  }

  private static double f1(List<Line> lines, boolean[] keep, ShingleBag gold) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < keep.length; i++) {
      if (keep[i]) {
        sb.append(lines.get(i).text()).append('\n');
      }
    }
    return ShingleBag.of(sb.toString()).f1(gold);
  }

  static void report(List<PageDump> pages, Path root, double threshold, int worst, PrintStream out)
      throws IOException {
    Map<String, double[]> byCorpus = new TreeMap<>(); // pages, model F1, labels F1
    Map<String, long[]> words = new TreeMap<>(); // before, core, after
    Map<String, double[]> failures = new TreeMap<>(); // pages, loss
    List<Object[]> losses = new ArrayList<>();
    for (PageDump page : pages) {
      ShingleBag gold =
          ShingleBag.of(
              WebEvaluation.articlePart(
                  Files.readString(
                      root.resolve(page.corpus()).resolve(page.id() + ".gold"),
                      StandardCharsets.UTF_8)));
      List<Line> lines = page.lines();
      int n = lines.size();
      boolean[] model = new boolean[n];
      boolean[] labels = new boolean[n];
      for (int i = 0; i < n; i++) {
        Line l = lines.get(i);
        model[i] = !l.flagged() && (l.p() < threshold || l.title());
        labels[i] = l.article() || l.title();
      }
      double fm = f1(lines, model, gold);
      double fl = f1(lines, labels, gold);
      for (String key : List.of(page.kind(), page.corpus())) {
        double[] c = byCorpus.computeIfAbsent(key, k -> new double[3]);
        c[0]++;
        c[1] += fm;
        c[2] += fl;
      }
      losses.add(new Object[] {fl - fm, fm, fl, page});
      String failure =
          fm < 0.2 && fl > 0.5
              ? "article dropped (F1 < 0.2)"
              : fl - fm > 0.1 ? "loss > 0.1" : "rest";
      double[] fc = failures.computeIfAbsent(page.kind() + ", " + failure, k -> new double[2]);
      fc[0]++;
      fc[1] += fl - fm;
      int[] core = core(lines, threshold);
      for (int i = 0; i < n; i++) {
        Line l = lines.get(i);
        int where = i < core[0] ? 0 : i > core[1] ? 2 : 1;
        String what =
            model[i] && !l.article() && !l.title()
                ? "furniture kept"
                : !model[i] && l.article()
                    ? l.flagged()
                        ? "article dropped by a typed detector"
                        : "article dropped by the model"
                    : null;
        if (what != null) {
          words.computeIfAbsent(page.kind() + ", " + what, k -> new long[3])[where] += l.words();
        }
      }
    }
    out.printf(Locale.ROOT, "%d pages, threshold %.2f%n%n", pages.size(), threshold);
    out.println("| pages | n | model | labels |");
    out.println("| --- | --- | --- | --- |");
    byCorpus.forEach(
        (k, c) ->
            out.printf(
                Locale.ROOT, "| %s | %.0f | %.4f | %.4f |%n", k, c[0], c[1] / c[0], c[2] / c[0]));
    out.println();
    out.println("| words | before the core | in the core | after the core |");
    out.println("| --- | --- | --- | --- |");
    words.forEach((k, w) -> out.printf("| %s | %d | %d | %d |%n", k, w[0], w[1], w[2]));
    out.println();
    out.println("| pages by failure | n | share of the mean F1 lost to the labels |");
    out.println("| --- | --- | --- |");
    failures.forEach(
        (k, c) -> {
          double kindPages = byCorpus.get(k.substring(0, k.indexOf(',')))[0];
          out.printf(Locale.ROOT, "| %s | %.0f | %.4f |%n", k, c[0], c[1] / kindPages);
        });
    out.println();
    losses.sort(Comparator.comparingDouble(o -> -(double) o[0]));
    for (Object[] o : losses.subList(0, Math.min(worst, losses.size()))) {
      PageDump p = (PageDump) o[3];
      out.printf(
          Locale.ROOT,
          "%.3f lost: model %.3f, labels %.3f  %s/%s (%s, %d lines)%n",
          o[0],
          o[1],
          o[2],
          p.corpus(),
          p.id(),
          p.kind(),
          p.lines().size());
    }
  }

  /** The span that maximises the sum of (words + 1) times (threshold - p): the page's core. */
  private static int[] core(List<Line> lines, double threshold) {
    int[] best = {0, -1};
    double top = 0;
    double sum = 0;
    int start = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (sum <= 0) {
        sum = 0;
        start = i;
      }
      sum += (lines.get(i).words() + 1) * (threshold - lines.get(i).p());
      if (sum > top) {
        top = sum;
        best = new int[] {start, i};
      }
    }
    return best;
  }
}
