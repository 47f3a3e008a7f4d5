package org.factdesk.analysis.eval.web;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.OutletFingerprints;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.analysis.TextBlock;
import org.factdesk.analysis.UnreadableInputException;
import org.factdesk.analysis.detect.LineFingerprint;
import org.factdesk.analysis.detect.RuleSet;

/**
 * Main-text extraction measured on public pages nobody here wrote (see {@code eval/README.md} of
 * this module for where the pages come from and how to rebuild the evaluation form).
 *
 * <pre>
 * convert SOURCE OUT        the merged public corpora (a checkout, or - for none) into the
 *                           evaluation form
 *   --daniel DIR            also DAnIEL's zh, ru, el, pl, en news (a checkout of rundimeco/waddle)
 *   --searched-news DIR     also Utomo and Leu's searched news pages, big9 and chaos (a checkout of
 *                           MSVCode/ir-research-data)
 *   --zh-handcrafted DIR    also hand-made Chinese pages (a checkout of
 *                           immortal-autumn/Chinese-Web-Content-Extraction-Dataset)
 * score OUT [options]       shingle-4 and token precision, recall, F1 per corpus, per kind, in all
 *   --split dev|test|all    which pages (default test)
 *   --mode html|text        the page's HTML, or its visible lines as plain text (default html)
 *   --learned-types on|off  the plain-text path with the learned insert types (default) or without
 *   --system NAME=FOLDER    also score saved outputs (FOLDER/CORPUS/ID.txt), e.g. a baseline
 *   --worst N               list the engine's N worst pages
 *   --outlet-memory on      each site's pages analysed one after the other in the index's order, as
 *                           the importer does with an outlet's articles: a short line that 3 or more
 *                           earlier pages of the site held is the site's boilerplate (the app's
 *                           OutletLine memory, factdesk.analysis.repetition.min-articles = 3);
 *                           off (default): every page alone
 *   --gold full|article     score against the article part of the gold (default) or all of it: Dragnet's
 *                           gold files hold the readers' comments too, after a marker line
 * write OUT FOLDER [--split S] [--mode M]
 *                           save the engine's kept text per page (for a later comparison, e.g.
 *                           with an earlier engine's classes first on the class path)
 * </pre>
 *
 * The engine's kept text is its blocks without a flag, one per line. Baselines scored beside it:
 * keep-all (every visible line) and long-lines (visible lines of more than 20 words).
 */
public final class WebEvaluation {
  private WebEvaluation() {}

  public static void main(String[] args) throws IOException {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    if (args.length < 2) {
      err.println("usage: WebEvaluation convert SOURCE OUT | score OUT [options] | write OUT DIR");
      return 2;
    }
    Path root = Path.of(args[1]);
    Map<String, String> options = new LinkedHashMap<>();
    Map<String, Path> systems = new LinkedHashMap<>();
    List<String> rest = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      if (args[i].startsWith("--") && i + 1 < args.length) {
        String value = args[++i];
        if (args[i - 1].equals("--system")) {
          int eq = value.indexOf('=');
          if (eq < 1) {
            err.println("--system takes NAME=FOLDER, got " + value);
            return 2;
          }
          systems.put(value.substring(0, eq), Path.of(value.substring(eq + 1)));
        } else {
          options.put(args[i - 1].substring(2), value);
        }
      } else {
        rest.add(args[i]);
      }
    }
    switch (args[0]) {
      case "convert" -> {
        if (rest.size() != 1) {
          err.println(
              "usage: WebEvaluation convert SOURCE OUT [--daniel DIR] [--zh-handcrafted DIR]"
                  + " [--searched-news DIR]");
          return 2;
        }
        Path target = Path.of(rest.get(0));
        // "-" for no merged corpora: only the sets named by options
        List<Page> pages =
            new ArrayList<>(
                root.toString().equals("-") ? List.of() : PublicPages.convert(root, target, out));
        Files.createDirectories(target);
        if (options.containsKey("daniel")) {
          pages.addAll(
              MultilingualPages.convertDaniel(Path.of(options.get("daniel")), target, out));
        }
        if (options.containsKey("zh-handcrafted")) {
          pages.addAll(
              MultilingualPages.convertChineseHandcrafted(
                  Path.of(options.get("zh-handcrafted")), target, out));
        }
        if (options.containsKey("searched-news")) {
          pages.addAll(
              SearchedNewsPages.convert(Path.of(options.get("searched-news")), target, out));
        }
        Page.writeIndex(target.resolve("index.tsv"), pages); // the index of all corpora together
        out.println(pages.size() + " pages written to " + target);
        return 0;
      }
      case "score" -> {
        score(root, options, systems, out);
        return 0;
      }
      case "write" -> {
        if (rest.size() != 1) {
          err.println("usage: WebEvaluation write OUT FOLDER [--split S] [--mode M]");
          return 2;
        }
        write(root, Path.of(rest.get(0)), options);
        return 0;
      }
      default -> {
        err.println("unknown command " + args[0]);
        return 2;
      }
    }
  }

  private static List<Page> pages(Path root, Map<String, String> options) throws IOException {
    String split = options.getOrDefault("split", Page.TEST);
    String corpus = options.get("corpus");
    return Page.readIndex(root).stream()
        .filter(p -> split.equals("all") || p.split().equals(split))
        .filter(p -> corpus == null || p.corpus().equals(corpus))
        .toList();
  }

  /** The engine as shipped, or without the learned insert types ({@code --learned-types off}). */
  private static Analyzer analyzer(Map<String, String> options) {
    return new Analyzer(
        RuleSet.defaults(), !options.getOrDefault("learned-types", "on").equals("off"));
  }

  private static boolean html(Map<String, String> options) {
    return !options.getOrDefault("mode", "html").equals("text");
  }

  /**
   * The line Dragnet's gold files put between an article and its readers' comments, which they hold
   * too (about a third of its pages have comments, often longer than the article): keyboard symbols
   * such as {@code !@#$%^&*()}, typed by hand in a dozen variants, then usually COMMENTS.
   */
  private static final Pattern COMMENTS_MARKER =
      Pattern.compile("(?m)^[!@#$%^&*() ]*\\^&\\*[!@#$%^&*() ]*[A-Z]*[ \\t]*$");

  /** The article part of a gold text: all of it but Dragnet's comments and their marker. */
  public static String articlePart(String gold) {
    Matcher m = COMMENTS_MARKER.matcher(gold);
    return m.find() ? gold.substring(0, m.start()) : gold;
  }

  /** The engine's kept text: its blocks without a flag, one per line; empty if it refused. */
  static String engine(Analyzer analyzer, Page page, Path root, boolean html) {
    AnalysisResult r = analysis(analyzer, page, root, html, OutletFingerprints.NONE);
    return r == null ? "" : keptText(r);
  }

  /** The page analysed with what the outlet's earlier pages taught; null if the engine refused. */
  private static AnalysisResult analysis(
      Analyzer analyzer, Page page, Path root, boolean html, OutletFingerprints outlet) {
    try {
      byte[] bytes = Files.readAllBytes(html ? page.html(root) : page.lines(root));
      return analyzer.analyze(
          bytes, html ? ContentHint.HTML : ContentHint.TEXT, SourceInfo.NONE, outlet);
    } catch (UnreadableInputException e) {
      return null;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String keptText(AnalysisResult r) {
    StringBuilder sb = new StringBuilder();
    for (TextBlock b : r.blocks()) {
      if (b.flags().isEmpty()) {
        sb.append(b.text()).append('\n');
      }
    }
    return sb.toString();
  }

  /**
   * What the importer remembers of one outlet (the app's {@code ImportPipeline} and {@code
   * OutletLine}): for each short line (300 characters or fewer), in how many earlier articles it
   * stood; a line of 3 or more is the outlet's boilerplate for the next article.
   */
  static final class OutletMemory {
    static final int MIN_ARTICLES = 3;
    static final int MAX_LINE = 300;

    private final String outlet;
    private final Map<String, Integer> seen = new HashMap<>();

    OutletMemory(String outlet) {
      this.outlet = outlet;
    }

    /** The pages one after the other, each with what the earlier ones taught. */
    void analyze(
        Analyzer analyzer, List<Page> pages, Path root, boolean html, Map<Page, String> out) {
      for (Page page : pages) {
        AnalysisResult r = analysis(analyzer, page, root, html, boilerplate());
        out.put(page, r == null ? "" : keptText(r));
        if (r != null) {
          learn(r.blocks().stream().map(TextBlock::text).toList());
        }
      }
    }

    OutletFingerprints boilerplate() {
      Map<String, Integer> counts = new HashMap<>();
      seen.forEach(
          (line, n) -> {
            if (n >= MIN_ARTICLES) {
              counts.put(line, n);
            }
          });
      return counts.isEmpty()
          ? OutletFingerprints.NONE
          : new OutletFingerprints(outlet, counts, MIN_ARTICLES);
    }

    /** One more article held each of these distinct short lines. */
    void learn(List<String> lines) {
      Set<String> distinct = new HashSet<>();
      for (String line : lines) {
        if (line.length() <= MAX_LINE) {
          distinct.add(LineFingerprint.of(line));
        }
      }
      distinct.forEach(f -> seen.merge(f, 1, Integer::sum));
    }
  }

  private static void write(Path root, Path folder, Map<String, String> options)
      throws IOException {
    Analyzer analyzer = analyzer(options);
    boolean html = html(options);
    for (Page p : pages(root, options)) {
      Path file = p.output(folder);
      Files.createDirectories(file.getParent());
      Files.writeString(file, engine(analyzer, p, root, html), StandardCharsets.UTF_8);
    }
  }

  private static String read(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String longLines(String lines) {
    StringBuilder sb = new StringBuilder();
    for (String line : lines.split("\n")) {
      if (Overlap.words(line).length > 20) {
        sb.append(line).append('\n');
      }
    }
    return sb.toString();
  }

  /** One system's scores on one page. */
  record Score(Page page, Overlap shingles, Overlap tokens) {}

  private static void score(
      Path root, Map<String, String> options, Map<String, Path> saved, PrintStream out)
      throws IOException {
    List<Page> pages = pages(root, options);
    boolean html = html(options);
    Analyzer analyzer = analyzer(options);
    Map<String, Function<Page, String>> systems = new LinkedHashMap<>();
    long started = System.nanoTime();
    Map<Page, String> engineText = new java.util.concurrent.ConcurrentHashMap<>();
    if (options.getOrDefault("outlet-memory", "off").equals("on")) {
      pages.stream()
          .collect(Collectors.groupingBy(Page::host, LinkedHashMap::new, Collectors.toList()))
          .values()
          .parallelStream()
          .forEach(
              site ->
                  new OutletMemory(site.get(0).host())
                      .analyze(analyzer, site, root, html, engineText));
    } else {
      pages.parallelStream().forEach(p -> engineText.put(p, engine(analyzer, p, root, html)));
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    systems.put("engine", engineText::get);
    systems.put("keep-all", p -> read(p.lines(root)));
    systems.put("long-lines", p -> longLines(read(p.lines(root))));
    saved.forEach((name, folder) -> systems.put(name, p -> read(p.output(folder))));

    boolean articleOnly = options.getOrDefault("gold", "article").equals("article");
    Map<String, List<Score>> scores = new LinkedHashMap<>();
    for (Map.Entry<String, Function<Page, String>> s : systems.entrySet()) {
      List<Score> list =
          pages.parallelStream()
              .map(
                  p -> {
                    String gold = read(p.gold(root));
                    if (articleOnly) {
                      gold = articlePart(gold);
                    }
                    String text = s.getValue().apply(p);
                    return new Score(p, Overlap.shingles(text, gold), Overlap.tokens(text, gold));
                  })
              .toList();
      scores.put(s.getKey(), list);
    }
    out.printf(
        Locale.ROOT,
        "%s pages, split %s, mode %s, gold %s (engine: %d ms for all pages)%n%n",
        pages.size(),
        options.getOrDefault("split", Page.TEST),
        html ? "html" : "text",
        articleOnly ? "article part" : "full",
        millis);
    Map<String, Predicate<Page>> groups = new LinkedHashMap<>();
    groups.put("article pages", p -> p.kind().equals(Page.ARTICLE));
    groups.put("web pages (CleanEval)", p -> p.kind().equals(Page.WEB));
    pages.stream()
        .map(Page::corpus)
        .distinct()
        .forEach(c -> groups.put(c, p -> p.corpus().equals(c)));
    pages.stream()
        .map(Page::language)
        .distinct()
        .sorted()
        .forEach(l -> groups.put("language " + l, p -> p.language().equals(l)));
    groups.put("all", p -> true);

    out.println("| pages | n | " + String.join(" | ", scores.keySet()) + " |");
    out.println("| --- | --- |" + " --- |".repeat(scores.size()));
    for (Map.Entry<String, Predicate<Page>> g : groups.entrySet()) {
      long n = pages.stream().filter(g.getValue()).count();
      if (n == 0) {
        continue;
      }
      StringBuilder row = new StringBuilder("| " + g.getKey() + " | " + n + " |");
      for (List<Score> list : scores.values()) {
        List<Score> in = list.stream().filter(s -> g.getValue().test(s.page())).toList();
        row.append(
            String.format(
                Locale.ROOT,
                " %.3f (P %.3f R %.3f; tok %.3f) |",
                mean(in, s -> s.shingles().f1()),
                mean(in, s -> s.shingles().precision()),
                mean(in, s -> s.shingles().recall()),
                mean(in, s -> s.tokens().f1())));
      }
      out.println(row);
    }
    int worst = Integer.parseInt(options.getOrDefault("worst", "0"));
    if (worst > 0) {
      out.println();
      scores.get("engine").stream()
          .sorted(Comparator.comparingDouble(s -> s.shingles().f1()))
          .limit(worst)
          .forEach(
              s ->
                  out.printf(
                      Locale.ROOT,
                      "%.3f P %.3f R %.3f  %s/%s%n",
                      s.shingles().f1(),
                      s.shingles().precision(),
                      s.shingles().recall(),
                      s.page().corpus(),
                      s.page().id()));
    }
  }

  private static double mean(List<Score> scores, java.util.function.ToDoubleFunction<Score> f) {
    return scores.stream().mapToDouble(f).average().orElse(Double.NaN);
  }
}
