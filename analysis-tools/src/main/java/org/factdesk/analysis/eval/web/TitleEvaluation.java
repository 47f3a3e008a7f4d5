package org.factdesk.analysis.eval.web;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.analysis.UnreadableInputException;
import org.factdesk.analysis.meta.SiteName;

/**
 * How often the engine's title of a page read as plain text (its visible lines, told the page's
 * address as the importer tells it) is the page's headline: the first line of its gold text, for
 * the corpora whose gold opens with the headline (decision 0080). Letters and digits are compared,
 * case and punctuation aside. Beside it, the outlet the engine read from the lines (the importer
 * gave none): how often there is one, and how often it is the site's own name by its address
 * ({@link SiteName#echoes}; decision 0082). An outlet that is not is mostly a menu entry, sometimes
 * a wire service or a sister site.
 *
 * <pre>
 * TitleEvaluation EVAL_ROOT --split dev|test [--corpus NAME]...
 * </pre>
 */
public final class TitleEvaluation {
  private TitleEvaluation() {}

  /**
   * Pages, pages with a title, pages whose title is the headline, pages with an outlet, pages whose
   * outlet is the site's name.
   */
  record Count(int pages, int titled, int right, int outlets, int siteOutlets) {
    static final Count ZERO = new Count(0, 0, 0, 0, 0);

    static Count of(boolean titled, boolean right, boolean outlet, boolean siteOutlet) {
      return new Count(1, titled ? 1 : 0, right ? 1 : 0, outlet ? 1 : 0, siteOutlet ? 1 : 0);
    }

    Count plus(Count other) {
      return new Count(
          pages + other.pages,
          titled + other.titled,
          right + other.right,
          outlets + other.outlets,
          siteOutlets + other.siteOutlets);
    }
  }

  public static void main(String[] args) throws IOException {
    String split = null;
    List<String> corpora = new ArrayList<>();
    boolean known = args.length >= 3 && args.length % 2 == 1;
    for (int i = 1; known && i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--split" -> split = args[i + 1];
        case "--corpus" -> corpora.add(args[i + 1]);
        default -> known = false;
      }
    }
    if (!known || split == null) {
      System.err.println("usage: TitleEvaluation EVAL_ROOT --split dev|test [--corpus NAME]...");
      System.exit(2);
      return;
    }
    print(count(Path.of(args[0]), split, corpora), System.out);
  }

  /** Per corpus, over the article pages of {@code split} ({@code corpora} empty: every corpus). */
  static Map<String, Count> count(Path root, String split, List<String> corpora)
      throws IOException {
    Analyzer analyzer = new Analyzer();
    Map<String, Count> counts = new TreeMap<>();
    for (Page page : Page.readIndex(root)) {
      if (!page.split().equals(split)
          || !page.kind().equals(Page.ARTICLE)
          || !(corpora.isEmpty() || corpora.contains(page.corpus()))) {
        continue;
      }
      String headline =
          Files.readAllLines(page.gold(root), StandardCharsets.UTF_8).stream()
              .filter(line -> !line.isBlank())
              .findFirst()
              .orElse("");
      String title;
      String outlet;
      try {
        AnalysisResult result =
            analyzer.analyze(
                Files.readAllBytes(page.lines(root)),
                ContentHint.TEXT,
                new SourceInfo("https://" + page.host() + "/", null, null, null, null, null));
        title = result.metadata().title();
        outlet = result.metadata().outlet();
      } catch (UnreadableInputException e) {
        title = null;
        outlet = null;
      }
      boolean right = title != null && letters(title).equals(letters(headline));
      boolean site = outlet != null && SiteName.of(page.host(), null).echoes(outlet);
      counts.merge(
          page.corpus(), Count.of(title != null, right, outlet != null, site), Count::plus);
    }
    return counts;
  }

  /** Lower-case letters and digits, one space between runs of them. */
  static String letters(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  static void print(Map<String, Count> counts, PrintStream out) {
    out.println(
        "| corpus | pages | with a title | title is the headline | with an outlet"
            + " | outlet is the site's name |");
    out.println("| --- | --- | --- | --- | --- | --- |");
    Count all = Count.ZERO;
    for (Map.Entry<String, Count> e : counts.entrySet()) {
      line(out, e.getKey(), e.getValue());
      all = all.plus(e.getValue());
    }
    line(out, "all", all);
  }

  private static void line(PrintStream out, String name, Count c) {
    out.printf(
        Locale.ROOT,
        "| %s | %d | %d | %d (%.1f%%) | %d | %d |%n",
        name,
        c.pages,
        c.titled,
        c.right,
        c.pages == 0 ? 0.0 : 100.0 * c.right / c.pages,
        c.outlets,
        c.siteOutlets);
  }
}
