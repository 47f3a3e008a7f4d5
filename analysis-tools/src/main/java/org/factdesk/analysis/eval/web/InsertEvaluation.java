package org.factdesk.analysis.eval.web;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.analysis.TextBlock;
import org.factdesk.analysis.train.InsertExamples;
import org.factdesk.analysis.train.InsertExamples.Example;

/**
 * How many typed inserts of real pages the engine catches, and with which type (decision 0023):
 * each article page of a split is analysed as plain text (its visible lines, as {@code
 * WebEvaluation --mode text} does), with the lines copied from other public pages ({@code --web} of
 * {@link InsertExamples}) of the same split put after the last article line of one page each. By
 * default a page is its article lines with a few of its own inserts spliced in ({@link #spliced}),
 * as the issue measured; {@code --pages whole} keeps all its visible lines. An insert is caught
 * when its line carries any flag, typed when its most confident flag has the labelled type. An
 * article line counts as flagged when it carries a flag other than {@code METADATA} or {@code
 * DUPLICATE_TITLE}: the gold text of these corpora keeps the headline, dateline and byline, which
 * the engine rightly takes out as metadata.
 *
 * <p>{@code --html EVAL_ROOT} analyses each page's HTML instead ({@code EVAL_ROOT/CORPUS/ID.html},
 * as published, the engine's HTML path): every labelled visible line of the page is scored by the
 * block with the same text (white space collapsed); lines no block matches are counted apart. The
 * copied lines are not in any page's HTML and are left out.
 *
 * <pre>
 * InsertEvaluation EXAMPLES.tsv [--split test|dev] [--pages spliced|whole] [--misses TYPE]
 *     [--learned on|off] [--dump FILE] [--html EVAL_ROOT] [--address on|off]
 * </pre>
 *
 * <p>The engine is told each page's address ({@code --address on}, the default since decision
 * 0057), as the app's importer tells it; {@code --address off} gives the measure of the sessions
 * before.
 */
public final class InsertEvaluation {
  private InsertEvaluation() {}

  /** Counts of one run. */
  public static final class Score {
    final Map<FlagType, int[]> byType = new EnumMap<>(FlagType.class); // inserts, caught, typed
    int articleLines;
    int articleFlagged;
    int pages;

    /**
     * Whether the engine is told each page's address, as the app is by the importer ({@code
     * --address on}, the default; decision 0057): the page's site, {@code https://HOST/}.
     */
    boolean address = true;

    /** Labelled lines of HTML pages that no block matched ({@code --html}). */
    int unmatched;

    /** Article lines flagged, by the detector and type of their most confident flag. */
    final Map<String, Integer> articleFlaggedBy = new java.util.TreeMap<>();

    final List<String> misses = new ArrayList<>();

    /** Every line with its label and flags, when asked ({@code --dump FILE}). */
    java.io.PrintWriter dump;

    /**
     * One labelled insert: counted, caught when its block has a flag, typed when the most confident
     * flag has its type; a miss of the asked type is kept (at most 400 lines in all).
     */
    void countInsert(FlagType type, FlagType top, TextBlock block, String text, FlagType misses) {
      int[] c = byType.computeIfAbsent(type, t -> new int[3]);
      c[0]++;
      if (top != null) {
        c[1]++;
      }
      if (top == type) {
        c[2]++;
      } else if (type == misses && this.misses.size() < 400) {
        this.misses.add(
            type
                + " as "
                + top
                + (top == null ? "" : " by " + block.flags().get(0).detector())
                + ": "
                + text);
      }
    }

    public int inserts() {
      return byType.values().stream().mapToInt(c -> c[0]).sum();
    }

    public int caught() {
      return byType.values().stream().mapToInt(c -> c[1]).sum();
    }

    public int typed() {
      return byType.values().stream().mapToInt(c -> c[2]).sum();
    }

    public double articleFlaggedShare() {
      return articleLines == 0 ? 0 : (double) articleFlagged / articleLines;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println(
          "usage: InsertEvaluation EXAMPLES.tsv [--split test|dev] [--pages spliced|whole]"
              + " [--misses TYPE] [--learned on|off] [--dump FILE] [--html EVAL_ROOT]"
              + " [--address on|off]");
      System.exit(2);
    }
    String split = Page.TEST;
    FlagType misses = null;
    boolean whole = false;
    Path dump = null;
    boolean learned = true;
    Path html = null;
    boolean address = true;
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--split" -> split = args[i + 1];
        case "--misses" -> misses = FlagType.valueOf(args[i + 1]);
        case "--pages" -> whole = args[i + 1].equals("whole");
        case "--dump" -> dump = Path.of(args[i + 1]);
        case "--learned" -> learned = !args[i + 1].equals("off");
        case "--html" -> html = Path.of(args[i + 1]);
        case "--address" -> address = !args[i + 1].equals("off");
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<Example> examples = InsertExamples.read(Path.of(args[0]));
    long t0 = System.nanoTime();
    Score score = new Score();
    score.address = address;
    if (dump != null) {
      score.dump =
          new java.io.PrintWriter(
              java.nio.file.Files.newBufferedWriter(dump, java.nio.charset.StandardCharsets.UTF_8));
    }
    Analyzer analyzer = new Analyzer(org.factdesk.analysis.detect.RuleSet.defaults(), learned);
    if (html != null) {
      scoreHtml(score, analyzer, pages(examples, split, true), html, misses);
    } else {
      score(score, analyzer, pages(examples, split, whole), misses);
    }
    if (score.dump != null) {
      score.dump.close();
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.println(
        html != null
            ? "whole pages as HTML (" + score.unmatched + " labelled lines matched no block)"
            : whole ? "whole pages" : "articles with inserts spliced in");
    print(score, split, ms, System.out);
  }

  /** The split's article pages, each a list of its lines, with the copied lines put in. */
  public static List<List<Example>> pages(List<Example> examples, String split, boolean whole) {
    Map<String, List<Example>> byPage = new LinkedHashMap<>();
    List<Example> copied = new ArrayList<>();
    for (Example e : examples) {
      if (!split.equals(e.split()) || !Page.ARTICLE.equals(e.kind())) {
        continue;
      }
      if ("web-inserts".equals(e.corpus())) {
        copied.add(e);
      } else {
        byPage.computeIfAbsent(e.corpus() + "/" + e.id(), k -> new ArrayList<>()).add(e);
      }
    }
    List<List<Example>> pages = new ArrayList<>();
    for (List<Example> page : byPage.values()) {
      pages.add(whole ? page : spliced(page));
    }
    int next = 0;
    for (Example line : copied) {
      List<Example> page = pages.get((next++ * 7) % pages.size());
      int last = -1;
      for (int i = 0; i < page.size(); i++) {
        if (page.get(i).isArticle()) {
          last = i;
        }
      }
      page.add(last + 1, line);
    }
    return pages;
  }

  /**
   * The page's article lines with at most three inserts of each type it has (its first, middle and
   * last), in the page's order: an article with inserts spliced in, as a pasted text shows them,
   * without the rest of the page's furniture.
   */
  static List<Example> spliced(List<Example> page) {
    Map<FlagType, List<Example>> byType = new EnumMap<>(FlagType.class);
    for (Example e : page) {
      if (e.type() != null) {
        byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e);
      }
    }
    java.util.Set<Example> keep = new java.util.HashSet<>();
    for (List<Example> list : byType.values()) {
      keep.add(list.get(0));
      keep.add(list.get(list.size() / 2));
      keep.add(list.get(list.size() - 1));
    }
    List<Example> out = new ArrayList<>();
    for (Example e : page) {
      if (e.isArticle() || keep.contains(e)) {
        out.add(e);
      }
    }
    return out;
  }

  /**
   * What the importer would know of the page: its address (the site of its own lines, not of the
   * lines copied in from other pages) when {@link Score#address}, else nothing.
   */
  static SourceInfo source(Score score, List<Example> page) {
    if (!score.address) {
      return SourceInfo.NONE;
    }
    for (Example e : page) {
      if (!"web-inserts".equals(e.corpus())) {
        return new SourceInfo("https://" + e.site() + "/", null, null, null);
      }
    }
    return SourceInfo.NONE;
  }

  public static Score score(Analyzer analyzer, List<List<Example>> pages, FlagType misses) {
    return score(new Score(), analyzer, pages, misses);
  }

  static Score score(Score score, Analyzer analyzer, List<List<Example>> pages, FlagType misses) {
    for (List<Example> page : pages) {
      if (page.isEmpty()) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      int[] starts = new int[page.size()];
      for (int i = 0; i < page.size(); i++) {
        starts[i] = text.length();
        text.append(page.get(i).text()).append('\n');
      }
      AnalysisResult result =
          analyzer.analyzeText(text.toString(), ContentHint.TEXT, source(score, page), null);
      List<TextBlock> blocks = result.blocks();
      int b = 0;
      score.pages++;
      for (int i = 0; i < page.size(); i++) {
        while (b < blocks.size() && blocks.get(b).end() <= starts[i]) {
          b++;
        }
        TextBlock block =
            b < blocks.size() && blocks.get(b).start() < starts[i] + page.get(i).text().length() + 1
                ? blocks.get(b)
                : null;
        Example e = page.get(i);
        if (score.dump != null) {
          dump(score, i, e, block);
        }
        FlagType top =
            block == null || block.flags().isEmpty() ? null : block.flags().get(0).type();
        if (e.isArticle()) {
          score.articleLines++;
          if (block != null
              && block.flags().stream()
                  .anyMatch(
                      f -> f.type() != FlagType.METADATA && f.type() != FlagType.DUPLICATE_TITLE)) {
            score.articleFlagged++;
            DetectorFlag first =
                block.flags().stream()
                    .filter(
                        f -> f.type() != FlagType.METADATA && f.type() != FlagType.DUPLICATE_TITLE)
                    .findFirst()
                    .orElseThrow();
            score.articleFlaggedBy.merge(first.detector() + " " + first.type(), 1, Integer::sum);
            if (misses != null && score.misses.size() < 400) {
              score.misses.add(
                  "ARTICLE flagged "
                      + top
                      + " by "
                      + block.flags().get(0).detector()
                      + ": "
                      + e.text());
            }
          }
        } else if (e.type() != null) {
          score.countInsert(e.type(), top, block, e.text(), misses);
        }
      }
    }
    return score;
  }

  /**
   * Each page's HTML through the engine's HTML path; each labelled line is scored by the first
   * block with its text (white space collapsed).
   */
  static Score scoreHtml(
      Score score, Analyzer analyzer, List<List<Example>> pages, Path root, FlagType misses)
      throws IOException {
    for (List<Example> page : pages) {
      if (page.isEmpty() || "web-inserts".equals(page.get(0).corpus())) {
        continue;
      }
      Example first = page.get(0);
      Path file = root.resolve(first.corpus()).resolve(first.id() + ".html");
      AnalysisResult result =
          analyzer.analyze(
              java.nio.file.Files.readAllBytes(file), ContentHint.HTML, source(score, page));
      Map<String, TextBlock> byText = new java.util.HashMap<>();
      for (TextBlock b : result.blocks()) {
        byText.putIfAbsent(collapse(b.text()), b);
      }
      score.pages++;
      int line = -1;
      for (Example e : page) {
        line++;
        if (!e.isArticle() && e.type() == null) {
          continue;
        }
        TextBlock block = byText.get(collapse(e.text()));
        if (block == null) {
          score.unmatched++;
          continue;
        }
        if (score.dump != null) {
          dump(score, line, e, block);
        }
        FlagType top = block.flags().isEmpty() ? null : block.flags().get(0).type();
        if (e.isArticle()) {
          score.articleLines++;
          DetectorFlag flag =
              block.flags().stream()
                  .filter(
                      f -> f.type() != FlagType.METADATA && f.type() != FlagType.DUPLICATE_TITLE)
                  .findFirst()
                  .orElse(null);
          if (flag != null) {
            score.articleFlagged++;
            score.articleFlaggedBy.merge(flag.detector() + " " + flag.type(), 1, Integer::sum);
          }
        } else {
          score.countInsert(e.type(), top, block, e.text(), misses);
        }
      }
    }
    return score;
  }

  /**
   * One line of the dump: page, line, label, the block's flags (detector, type, confidence), site,
   * the words model's probabilities, text, the flags' reasons (" || " between them).
   */
  private static void dump(Score score, int line, Example e, TextBlock block) {
    StringBuilder flags = new StringBuilder();
    if (block != null) {
      for (DetectorFlag f : block.flags()) {
        flags.append(
            String.format(
                java.util.Locale.ROOT, "%s:%s:%.2f;", f.detector(), f.type(), f.confidence()));
      }
    }
    score.dump.println(
        score.pages
            + "\t"
            + line
            + "\t"
            + (e.isArticle() ? "ARTICLE" : String.valueOf(e.type()))
            + "\t"
            + flags
            + "\t"
            + e.site()
            + "\t"
            + probabilities(e.text())
            + "\t"
            + e.text().replace('\t', ' ')
            + "\t"
            + reasons(block));
  }

  private static String reasons(TextBlock block) {
    if (block == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (DetectorFlag f : block.flags()) {
      sb.append(sb.length() == 0 ? "" : " || ").append(f.reason().replace('\t', ' '));
    }
    return sb.toString();
  }

  private static String collapse(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  /** The words model's class probabilities of a line, for the dump. */
  private static String probabilities(String text) {
    StringBuilder sb = new StringBuilder();
    for (double p : org.factdesk.analysis.detect.InsertTypeModel.shipped().byWords(text)) {
      sb.append(sb.length() == 0 ? "" : ",")
          .append(String.format(java.util.Locale.ROOT, "%.3f", p));
    }
    return sb.toString();
  }

  static void print(Score s, String split, long ms, PrintStream out) {
    out.printf(
        "%d article pages of the %s split as plain text, %d inserts (%d ms)%n%n",
        s.pages, split, s.inserts(), ms);
    out.printf("| type | inserts | caught | typed |%n| --- | --- | --- | --- |%n");
    s.byType.forEach(
        (t, c) ->
            out.printf(
                "| %s | %d | %.1f%% | %.1f%% |%n", t, c[0], pct(c[1], c[0]), pct(c[2], c[0])));
    out.printf(
        "| all | %d | %.1f%% | %.1f%% |%n",
        s.inserts(), pct(s.caught(), s.inserts()), pct(s.typed(), s.inserts()));
    out.printf(
        "%narticle lines flagged: %d of %d (%.2f%%)%n",
        s.articleFlagged, s.articleLines, 100 * s.articleFlaggedShare());
    s.articleFlaggedBy.forEach((k, v) -> out.printf("  by %s: %d%n", k, v));
    for (String m : s.misses) {
      out.println(m);
    }
  }

  private static double pct(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
