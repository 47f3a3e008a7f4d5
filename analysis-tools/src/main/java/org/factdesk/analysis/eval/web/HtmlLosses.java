package org.factdesk.analysis.eval.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.analysis.TextBlock;
import org.factdesk.analysis.UnreadableInputException;
import org.factdesk.analysis.detect.RuleSet;
import org.factdesk.analysis.html.HtmlExtractor;
import org.factdesk.analysis.train.GoldLabels;

/**
 * Where the engine loses on the HTML pages of the web evaluation: the pages ranked by the shingle-4
 * F1 they lose against the article part of the gold, each with a first guess at the cause read from
 * its blocks, and one file per page listing every block with its gold label, whether the engine
 * kept it and the start of the flag's reason.
 *
 * <pre>
 * HtmlLosses EVAL_ROOT OUT_FOLDER [--split dev] [--corpus C] [--worst N]
 * </pre>
 *
 * Writes {@code OUT_FOLDER/losses.tsv} (every page, worst first), {@code OUT_FOLDER/causes.txt}
 * (the guessed causes of the N worst pages, counted) and {@code OUT_FOLDER/CORPUS/ID.txt}. The
 * guesses are a starting point for reading the pages, not a measurement: {@code tiny gold} (under
 * 50 gold words), {@code gold not on the page} (no block labelled main text), {@code nothing kept},
 * {@code article outside the main content} (most dropped gold words in blocks flagged outside the
 * element the main-content finder chose), {@code article dropped inside the main content}, {@code
 * comments kept} (most wrongly kept words are in the comment part of the full gold), {@code article
 * text kept twice} (precision lost on blocks that are all main text: copies), {@code boilerplate
 * kept outside the main content}, {@code boilerplate kept inside the main content}, {@code both}
 * (precision and recall both under 0.6).
 */
public final class HtmlLosses {
  private HtmlLosses() {}

  /** One page's loss and the words behind it. */
  record Loss(
      Page page,
      Overlap overlap,
      int goldWords,
      int keptWords,
      int droppedMain,
      int droppedOutside,
      int keptOther,
      int keptOtherOutside,
      int keptComments,
      String cause,
      Overlap modelOnly,
      Map<String, int[]> byDetector,
      Map<String, Overlap> without) {}

  /** The typed detectors whose flags are left out one at a time, to see what each costs. */
  private static final List<String> DETECTORS =
      List.of(
          "structure",
          "structure:run of",
          "structure:one of",
          "structure:section header",
          "structure:a line without",
          "structure:a label",
          "offtopic",
          "duplicate-title",
          "metadata",
          "rules",
          "legal",
          "learned-types",
          "promo",
          "repetition");

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println(
          "usage: HtmlLosses EVAL_ROOT OUT_FOLDER [--split dev] [--corpus C] [--worst N]");
      System.exit(2);
      return;
    }
    Path root = Path.of(args[0]);
    Path out = Path.of(args[1]);
    String split = Page.DEV;
    String corpus = null;
    int worst = 60;
    for (int i = 2; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--split" -> split = args[i + 1];
        case "--corpus" -> corpus = args[i + 1];
        case "--worst" -> worst = Integer.parseInt(args[i + 1]);
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
          return;
        }
      }
    }
    String s = split;
    String c = corpus;
    List<Page> pages =
        Page.readIndex(root).stream()
            .filter(p -> s.equals("all") || p.split().equals(s))
            .filter(p -> c == null || p.corpus().equals(c))
            .toList();
    Analyzer analyzer = new Analyzer(RuleSet.defaults(), true);
    Files.createDirectories(out);
    List<Loss> losses =
        new ArrayList<>(pages.parallelStream().map(p -> loss(analyzer, root, p, out)).toList());
    losses.sort(
        Comparator.comparingDouble((Loss l) -> l.overlap().f1())
            .thenComparing(l -> l.page().corpus() + "/" + l.page().id()));
    StringBuilder tsv =
        new StringBuilder(
            "page\tkind\tf1\tp\tr\tgold_words\tkept_words\tdropped_main\tdropped_outside"
                + "\tkept_other\tkept_other_outside\tkept_comments\tcause\n");
    for (Loss l : losses) {
      tsv.append(
          String.format(
              Locale.ROOT,
              "%s/%s\t%s\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s%n",
              l.page().corpus(),
              l.page().id(),
              l.page().kind(),
              l.overlap().f1(),
              l.overlap().precision(),
              l.overlap().recall(),
              l.goldWords(),
              l.keptWords(),
              l.droppedMain(),
              l.droppedOutside(),
              l.keptOther(),
              l.keptOtherOutside(),
              l.keptComments(),
              l.cause()));
    }
    Files.writeString(out.resolve("losses.tsv"), tsv, StandardCharsets.UTF_8);
    Map<String, double[]> causes = new TreeMap<>();
    List<Loss> articles =
        losses.stream().filter(l -> l.page().kind().equals(Page.ARTICLE)).toList();
    for (Loss l : articles.subList(0, Math.min(worst, articles.size()))) {
      double[] v = causes.computeIfAbsent(l.cause(), k -> new double[2]);
      v[0]++;
      v[1] += 1 - l.overlap().f1();
    }
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "the %d worst of %d article pages by lost F1; cause, pages, lost F1 / all article"
                + " pages%n",
            Math.min(worst, articles.size()),
            articles.size()));
    causes.forEach(
        (cause, v) ->
            report.append(
                String.format(
                    Locale.ROOT,
                    "%-45s %3d  %.4f%n",
                    cause,
                    (int) v[0],
                    v[1] / Math.max(1, articles.size()))));
    report.append(
        String.format(
            Locale.ROOT,
            "%narticle pages: engine F1 %.4f, blocks the block model keeps (typed flags ignored)"
                + " %.4f%n",
            articles.stream().mapToDouble(l -> l.overlap().f1()).average().orElse(0),
            articles.stream().mapToDouble(l -> l.modelOnly().f1()).average().orElse(0)));
    Map<String, int[]> detectors = new TreeMap<>();
    for (Loss l : articles) {
      l.byDetector()
          .forEach(
              (d, v) -> {
                int[] sum = detectors.computeIfAbsent(d, k -> new int[2]);
                sum[0] += v[0];
                sum[1] += v[1];
              });
    }
    report.append("typed detectors on blocks the model keeps: article words lost, others caught\n");
    detectors.forEach(
        (d, v) -> report.append(String.format(Locale.ROOT, "%-20s %7d %7d%n", d, v[0], v[1])));
    report.append("article pages' F1 with one typed detector's flags left out\n");
    for (String d : DETECTORS) {
      report.append(
          String.format(
              Locale.ROOT,
              "%-20s %.4f%n",
              d,
              articles.stream().mapToDouble(l -> l.without().get(d).f1()).average().orElse(0)));
    }
    Files.writeString(out.resolve("causes.txt"), report, StandardCharsets.UTF_8);
    System.out.print(report);
  }

  private static Loss loss(Analyzer analyzer, Path root, Page page, Path out) {
    try {
      String full = Files.readString(page.gold(root), StandardCharsets.UTF_8);
      String gold = WebEvaluation.articlePart(full);
      String comments = full.substring(gold.length());
      List<TextBlock> blocks;
      try {
        AnalysisResult r =
            analyzer.analyze(
                Files.readAllBytes(page.html(root)), ContentHint.HTML, SourceInfo.NONE);
        blocks = r.blocks();
      } catch (UnreadableInputException e) {
        blocks = List.of();
      }
      List<String> texts = blocks.stream().map(TextBlock::text).toList();
      boolean[] main = GoldLabels.of(texts, gold);
      boolean[] comment =
          comments.isBlank() ? new boolean[texts.size()] : GoldLabels.of(texts, comments);
      StringBuilder kept = new StringBuilder();
      StringBuilder modelKept = new StringBuilder();
      Map<String, int[]> byDetector = new TreeMap<>();
      Map<String, StringBuilder> withoutText = new TreeMap<>();
      for (String d : DETECTORS) {
        withoutText.put(d, new StringBuilder());
      }
      StringBuilder dump = new StringBuilder();
      int keptWords = 0;
      int droppedMain = 0;
      int droppedOutside = 0;
      int keptOther = 0;
      int keptOtherOutside = 0;
      int keptComments = 0;
      int mainBlocks = 0;
      for (int i = 0; i < blocks.size(); i++) {
        TextBlock b = blocks.get(i);
        int words = Overlap.words(b.text()).length;
        boolean isKept = b.flags().isEmpty();
        String reason = b.flags().isEmpty() ? "" : reason(b.flags().get(0));
        boolean outside = reason.contains("outside the main content");
        if (main[i]) {
          mainBlocks++;
        }
        for (String d : DETECTORS) {
          if (b.flags().stream().allMatch(f -> matches(f, d))) {
            withoutText.get(d).append(b.text()).append('\n');
          }
        }
        boolean byModel = b.flags().stream().anyMatch(f -> f.detector().equals(HtmlExtractor.ID));
        if (!byModel) {
          modelKept.append(b.text()).append('\n');
          if (!isKept) {
            // flagged by typed detectors only: words of article lost, words of boilerplate caught
            int[] v = byDetector.computeIfAbsent(b.flags().get(0).detector(), k -> new int[2]);
            v[main[i] ? 0 : 1] += words;
          }
        }
        if (isKept) {
          kept.append(b.text()).append('\n');
          keptWords += words;
          if (!main[i]) {
            keptOther += words;
            if (comment[i]) {
              keptComments += words;
            }
          }
        } else if (main[i]) {
          droppedMain += words;
          if (outside) {
            droppedOutside += words;
          }
        }
        dump.append(main[i] ? "MAIN " : comment[i] ? "cmnt " : "---- ")
            .append(isKept ? "kept " : "flag ")
            .append(b.kind().name(), 0, 4)
            .append(' ')
            .append(abbreviate(b.text(), 160))
            .append(reason.isEmpty() ? "" : "   <<" + abbreviate(reason, 140) + ">>")
            .append('\n');
      }
      keptOtherOutside = outsideKept(blocks, main);
      Overlap overlap = Overlap.shingles(kept.toString(), gold);
      int goldWords = Overlap.words(gold).length;
      String cause =
          cause(
              overlap,
              goldWords,
              keptWords,
              mainBlocks,
              droppedMain,
              droppedOutside,
              keptOther,
              keptOtherOutside,
              keptComments);
      Path file = out.resolve(page.corpus()).resolve(page.id() + ".txt");
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          String.format(
                  Locale.ROOT,
                  "F1 %.3f P %.3f R %.3f, gold %d words, kept %d; cause: %s%n%n",
                  overlap.f1(),
                  overlap.precision(),
                  overlap.recall(),
                  goldWords,
                  keptWords,
                  cause)
              + dump,
          StandardCharsets.UTF_8);
      return new Loss(
          page,
          overlap,
          goldWords,
          keptWords,
          droppedMain,
          droppedOutside,
          keptOther,
          keptOtherOutside,
          keptComments,
          cause,
          Overlap.shingles(modelKept.toString(), gold),
          byDetector,
          without(withoutText, gold));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Words kept that the gold leaves out, in blocks the main-content finder left out: the engine
   * keeps such a block without a flag, so the reason cannot tell; a kept block counts as outside
   * when its nearest flagged neighbours both say they are outside the main content.
   */
  private static int outsideKept(List<TextBlock> blocks, boolean[] main) {
    int words = 0;
    for (int i = 0; i < blocks.size(); i++) {
      TextBlock b = blocks.get(i);
      if (!b.flags().isEmpty() || main[i]) {
        continue;
      }
      if (outsideNeighbour(blocks, i, -1) && outsideNeighbour(blocks, i, 1)) {
        words += Overlap.words(b.text()).length;
      }
    }
    return words;
  }

  private static boolean outsideNeighbour(List<TextBlock> blocks, int i, int step) {
    for (int j = i + step; j >= 0 && j < blocks.size(); j += step) {
      TextBlock b = blocks.get(j);
      if (!b.flags().isEmpty()) {
        return reason(b.flags().get(0)).contains("outside the main content");
      }
    }
    return true;
  }

  static String cause(
      Overlap o,
      int goldWords,
      int keptWords,
      int mainBlocks,
      int droppedMain,
      int droppedOutside,
      int keptOther,
      int keptOtherOutside,
      int keptComments) {
    if (goldWords < 50) {
      return "tiny gold";
    }
    if (mainBlocks == 0) {
      return "gold not on the page";
    }
    if (keptWords == 0) {
      return "nothing kept";
    }
    if (o.precision() < 0.6 && o.recall() < 0.6) {
      return "both (wrong subtree)";
    }
    if (1 - o.recall() >= 1 - o.precision()) {
      return droppedOutside * 2 >= droppedMain
          ? "article outside the main content dropped"
          : "article dropped inside the main content";
    }
    if (keptOther == 0) {
      return "article text kept twice";
    }
    if (keptComments * 2 >= keptOther) {
      return "comments kept";
    }
    return keptOtherOutside * 2 >= keptOther
        ? "boilerplate kept outside the main content"
        : "boilerplate kept inside the main content";
  }

  /**
   * Whether a flag is a detector's ("structure") or a detector's with a reason ("structure:run
   * of").
   */
  private static boolean matches(DetectorFlag f, String key) {
    int colon = key.indexOf(':');
    return colon < 0
        ? f.detector().equals(key)
        : f.detector().equals(key.substring(0, colon))
            && f.reason().startsWith(key.substring(colon + 1));
  }

  private static Map<String, Overlap> without(Map<String, StringBuilder> texts, String gold) {
    Map<String, Overlap> out = new TreeMap<>();
    texts.forEach((d, text) -> out.put(d, Overlap.shingles(text.toString(), gold)));
    return out;
  }

  private static String reason(DetectorFlag f) {
    return f.type() + " " + f.reason();
  }

  private static String abbreviate(String s, int max) {
    String t = s.replace('\n', ' ').replace('\t', ' ');
    return t.length() <= max ? t : t.substring(0, max) + "…";
  }
}
