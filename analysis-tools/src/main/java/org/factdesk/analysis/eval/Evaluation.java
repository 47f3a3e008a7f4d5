package org.factdesk.analysis.eval;

import java.io.PrintStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.analysis.TextBlock;

/**
 * The held-out evaluation command. Usage: {@code Evaluation dev|test|FOLDER [--verbose]}.
 *
 * <p>{@code dev} and {@code test} name the splits of the labelled corpus: the folder {@code
 * src/test/resources/org/factdesk/analysis/corpus/<split>} under the working directory (the
 * analysis-tools module) or under {@code analysis-tools/} of it (the project root) if it exists, so
 * edits to the corpus count without a rebuild, else the same resource on the class path (e.g.
 * {@code target/test-classes}). Any other argument is a corpus folder.
 *
 * <p>Prints precision, recall and F1 per flag type, their micro-average and the untyped
 * "boilerplate or not" score, for plain-text inputs, HTML inputs and both, then the token F1 of the
 * clean text. {@code --verbose} adds the confusions and the misclassified blocks. The exit code is
 * 1 when a label names no block (the corpus needs fixing), 2 on a usage error, else 0.
 */
public final class Evaluation {
  static final String CORPUS = "org/factdesk/analysis/corpus/";
  private static final int EXAMPLES_PER_CONFUSION = 6;

  /** A block whose predicted type differs from its gold type. */
  public record Miss(
      String article, int block, FlagType gold, FlagType predicted, String detector, String text) {}

  /** Everything one run measured. */
  public static final class Report {
    final Map<ContentHint, Scoreboard> blocks = new EnumMap<>(ContentHint.class);
    final Map<ContentHint, TokenOverlap> tokens = new EnumMap<>(ContentHint.class);
    final Map<ContentHint, List<Double>> documentF1 = new EnumMap<>(ContentHint.class);
    final Map<ContentHint, Integer> articles = new EnumMap<>(ContentHint.class);
    final List<Miss> misses = new ArrayList<>();
    final List<String> problems = new ArrayList<>();

    Report() {
      for (ContentHint h : List.of(ContentHint.TEXT, ContentHint.HTML)) {
        blocks.put(h, new Scoreboard());
        tokens.put(h, TokenOverlap.ZERO);
        documentF1.put(h, new ArrayList<>());
        articles.put(h, 0);
      }
    }

    /** Scores of one input format, or of both when {@code format} is {@link ContentHint#AUTO}. */
    public Scoreboard blocks(ContentHint format) {
      if (format != ContentHint.AUTO) {
        return blocks.get(format);
      }
      Scoreboard all = new Scoreboard();
      blocks.values().forEach(all::addAll);
      return all;
    }

    /** Token overlap summed over the articles (the micro-average). */
    public TokenOverlap tokens(ContentHint format) {
      return format != ContentHint.AUTO
          ? tokens.get(format)
          : tokens.get(ContentHint.TEXT).plus(tokens.get(ContentHint.HTML));
    }

    /** Mean over articles of each article's token F1 (the macro-average). */
    public double meanDocumentF1(ContentHint format) {
      List<Double> f1s =
          format != ContentHint.AUTO
              ? documentF1.get(format)
              : documentF1.values().stream().flatMap(List::stream).toList();
      return f1s.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    public int articles(ContentHint format) {
      return format != ContentHint.AUTO
          ? articles.get(format)
          : articles.get(ContentHint.TEXT) + articles.get(ContentHint.HTML);
    }

    public List<Miss> misses() {
      return List.copyOf(misses);
    }

    /** Labels that named no block, as "article: line N: TYPE text". */
    public List<String> problems() {
      return List.copyOf(problems);
    }
  }

  private Evaluation() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code); // only on failure, so that Maven's exec:java can run it in-process
    }
  }

  /** Runs the command; returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    String where = null;
    boolean verbose = false;
    boolean usage = args.length == 0;
    for (String a : args) {
      if (a.equals("--verbose") || a.equals("-v")) {
        verbose = true;
      } else if (where == null && !a.startsWith("-")) {
        where = a;
      } else {
        usage = true;
      }
    }
    if (usage || where == null) {
      err.println("usage: Evaluation dev|test|CORPUS_FOLDER [--verbose]");
      return 2;
    }
    Path folder = resolve(where);
    if (folder == null) {
      err.println("no corpus folder '" + where + "'");
      return 2;
    }
    Analyzer analyzer = new Analyzer();
    long started = System.nanoTime();
    Report report = evaluate(Corpus.load(folder), analyzer);
    long millis = (System.nanoTime() - started) / 1_000_000;
    print(
        report,
        folder + " (rules " + analyzer.rules().version() + ", " + millis + " ms)",
        verbose,
        out);
    return report.problems.isEmpty() ? 0 : 1;
  }

  /** The folder a split name or path stands for, or null. */
  static Path resolve(String where) {
    if (where.equals("dev") || where.equals("test")) {
      for (String module : new String[] {"", "analysis-tools/"}) {
        Path source = Path.of(module + "src/test/resources", CORPUS, where);
        if (Files.isDirectory(source)) {
          return source;
        }
      }
      URL url = Evaluation.class.getClassLoader().getResource(CORPUS + where);
      if (url != null && url.getProtocol().equals("file")) {
        try {
          return Path.of(url.toURI());
        } catch (URISyntaxException e) {
          return null;
        }
      }
      return null;
    }
    Path p = Path.of(where);
    return Files.isDirectory(p) ? p : null;
  }

  /** Runs the analyzer on every article and scores it against the labels. */
  public static Report evaluate(List<LabelledArticle> corpus, Analyzer analyzer) {
    Report report = new Report();
    for (LabelledArticle article : corpus) {
      AnalysisResult result = analyzer.analyze(article.bytes(), article.format(), SourceInfo.NONE);
      // the engine may sniff a .html file with no markup as text; score it where it was filed
      ContentHint format = article.format();
      List<TextBlock> blocks = result.blocks();
      LabelMatcher.Alignment alignment =
          LabelMatcher.align(blocks.stream().map(TextBlock::text).toList(), article.labels());
      for (Label l : alignment.unmatched()) {
        report.problems.add(
            article.name() + ": line " + l.line() + ": " + l.typeName() + " '" + l.text() + "'");
      }
      Scoreboard board = report.blocks.get(format);
      StringBuilder gold = new StringBuilder();
      for (TextBlock b : blocks) {
        FlagType g = alignment.gold().get(b.index());
        DetectorFlag top = b.flags().isEmpty() ? null : b.flags().get(0);
        FlagType p = top == null ? null : top.type();
        board.add(g, p);
        if (g != p) {
          report.misses.add(
              new Miss(
                  article.name(), b.index(), g, p, top == null ? "-" : top.detector(), b.text()));
        }
        if (g == null) {
          if (gold.length() > 0) {
            gold.append("\n\n");
          }
          gold.append(b.text());
        }
      }
      TokenOverlap overlap = TokenOverlap.of(result.cleanText(), gold.toString());
      report.tokens.merge(format, overlap, TokenOverlap::plus);
      report.documentF1.get(format).add(overlap.f1());
      report.articles.merge(format, 1, Integer::sum);
    }
    return report;
  }

  /** Prints the tables; {@code verbose} adds confusions and misclassified blocks. */
  public static void print(Report r, String title, boolean verbose, PrintStream out) {
    out.println("Factdesk evaluation: " + title);
    out.printf(
        Locale.ROOT,
        "%d articles (%d text, %d HTML)%n",
        r.articles(ContentHint.AUTO),
        r.articles(ContentHint.TEXT),
        r.articles(ContentHint.HTML));
    Map<String, ContentHint> scopes = new LinkedHashMap<>();
    scopes.put("TEXT inputs", ContentHint.TEXT);
    scopes.put("HTML inputs", ContentHint.HTML);
    scopes.put("ALL inputs", ContentHint.AUTO);
    for (Map.Entry<String, ContentHint> scope : scopes.entrySet()) {
      Scoreboard b = r.blocks(scope.getValue());
      out.println();
      out.println("Blocks, " + scope.getKey());
      out.printf(
          Locale.ROOT,
          "  %-16s %6s %6s %6s %6s %6s %7s %7s %7s%n",
          "type",
          "gold",
          "pred",
          "TP",
          "FP",
          "FN",
          "P",
          "R",
          "F1");
      for (FlagType t : FlagType.values()) {
        row(out, t.name(), b.of(t));
      }
      row(out, "overall (micro)", b.overall());
      row(out, "any boilerplate", b.detection());
    }
    out.println();
    out.println("Clean text, bag-of-words tokens (per article averaged | summed over articles)");
    out.printf(
        Locale.ROOT,
        "  %-12s %5s %8s | %7s %7s %7s%n",
        "inputs",
        "docs",
        "mean F1",
        "P",
        "R",
        "F1");
    for (Map.Entry<String, ContentHint> scope : scopes.entrySet()) {
      TokenOverlap t = r.tokens(scope.getValue());
      out.printf(
          Locale.ROOT,
          "  %-12s %5d %8s | %7s %7s %7s%n",
          scope.getKey().replace(" inputs", ""),
          r.articles(scope.getValue()),
          pct(r.meanDocumentF1(scope.getValue())),
          pct(t.precision()),
          pct(t.recall()),
          pct(t.f1()));
    }
    if (!r.problems.isEmpty()) {
      out.println();
      out.println("Labels that name no block (" + r.problems.size() + "): fix the corpus");
      r.problems.forEach(p -> out.println("  " + p));
    }
    if (verbose) {
      printMisses(r, out);
    }
  }

  private static void printMisses(Report r, PrintStream out) {
    Map<String, List<Miss>> byConfusion =
        r.misses.stream()
            .collect(
                Collectors.groupingBy(
                    m -> name(m.gold()) + " -> " + name(m.predicted()),
                    LinkedHashMap::new,
                    Collectors.toList()));
    List<Map.Entry<String, List<Miss>>> sorted = new ArrayList<>(byConfusion.entrySet());
    sorted.sort(
        Comparator.comparingInt((Map.Entry<String, List<Miss>> e) -> e.getValue().size())
            .reversed()
            .thenComparing(Map.Entry::getKey));
    out.println();
    out.println("Misclassified blocks by confusion (gold -> predicted), most frequent first");
    for (Map.Entry<String, List<Miss>> e : sorted) {
      out.printf(Locale.ROOT, "  %s: %d%n", e.getKey(), e.getValue().size());
      e.getValue().stream()
          .sorted(Comparator.comparingInt((Miss m) -> m.text().length()).reversed())
          .limit(EXAMPLES_PER_CONFUSION)
          .forEach(
              m ->
                  out.printf(
                      Locale.ROOT,
                      "      %-24s #%-3d %-18s %s%n",
                      m.article(),
                      m.block(),
                      "[" + m.detector() + "]",
                      shorten(m.text(), 60)));
    }
  }

  private static void row(PrintStream out, String name, Counts c) {
    out.printf(
        Locale.ROOT,
        "  %-16s %6d %6d %6d %6d %6d %7s %7s %7s%n",
        name,
        c.tp() + c.fn(),
        c.tp() + c.fp(),
        c.tp(),
        c.fp(),
        c.fn(),
        pct(c.precision()),
        pct(c.recall()),
        pct(c.f1()));
  }

  private static String pct(double v) {
    return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", v * 100);
  }

  private static String name(FlagType t) {
    return t == null ? "ARTICLE" : t.name();
  }

  private static String shorten(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }
}
