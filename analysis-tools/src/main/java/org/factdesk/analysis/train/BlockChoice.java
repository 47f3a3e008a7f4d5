package org.factdesk.analysis.train;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factdesk.analysis.detect.LineFeatures;
import org.factdesk.analysis.detect.LineModelDetector;

/**
 * Every candidate main block of every dev page (each run of article prose as {@link
 * LineModelDetector#mainBlock} reads them) with the page's F1 were it the main block (the engine's
 * decisions replayed as {@link LineReplay} does, on a dump's out-of-fold probabilities), one TSV
 * row each: the block's lines, weight, mean probability, a comments or related label above it,
 * comment headers in it, its share of first-person words, its story overlap, and which block the
 * engine takes. Per page, the best candidate's F1 is what a perfect choice of the block could win
 * (BENCHMARKS.md, "Plain text, session 19"), and rules for the choice can be scored on the rows.
 *
 * <pre>
 * BlockChoice DUMP ROOT > blocks.tsv
 * </pre>
 */
final class BlockChoice {
  private BlockChoice() {}

  private static final Pattern FIRST_PERSON =
      Pattern.compile("(?i)\\b(i|me|my|mine|myself|i'm|i've|i'd|i'll)\\b");
  private static final Pattern WORD = Pattern.compile("\\S+");

  public static void main(String[] args) throws IOException {
    List<LineReplay.Replayed> pages = LineReplay.read(Path.of(args[0]), Path.of(args[1]));
    double t = LineModelDetector.THRESHOLD;
    PrintStream out = System.out;
    List<String> hosts = TrainTextLines.hosts(pages.stream().map(r -> r.page()).toList());
    int storyIdx = LineFeatures.NAMES.indexOf("story_overlap");
    out.println(
        "page\tkind\tfold\tn\tcand\tstart\tend\tprose\tweight\twords\tmeanp\tmain\tf1\tgold\tclabel\trlabel\theaders\tfirst\tstory\ttitle\tcut");
    for (LineReplay.Replayed r : pages) {
      int n = r.p().length;
      if (n < LineModelDetector.MIN_LINES) {
        continue;
      }
      LineFeatures f = r.page().features();
      double[] q = LineReplay.masked(r);
      boolean[] s = LineReplay.settledMask(r);
      int[] main = LineModelDetector.mainBlock(f, q, s);
      int thread = LineModelDetector.commentThread(f, q, s);
      List<int[]> runs = new ArrayList<>();
      int last = -LineModelDetector.mainBlockGap() - 2;
      for (int i = 0; i < n; i++) {
        if (s[i] || !(q[i] < 0.5) || f.words(i) < 10) {
          continue;
        }
        if (i - last > LineModelDetector.mainBlockGap()) {
          runs.add(new int[] {i, i});
        }
        runs.get(runs.size() - 1)[1] = i;
        last = i;
      }
      int fold = TrainTextLines.foldOf(hosts, r.page(), 3);
      int prevEnd = -1;
      for (int c = 0; c < runs.size(); c++) {
        int[] run = runs.get(c);
        int label = LineModelDetector.labelAfter(f, q, s, run[1]);
        int end = thread >= 0 && (label < 0 || thread < label) ? thread : label;
        LineReplay.endRule = x -> end;
        double f1 = LineReplay.f1(r, LineReplay.keep(r, LineReplay.furniture(r, t), true));
        double weight = 0;
        int words = 0;
        int prose = 0;
        double gold = 0;
        double pw = 0;
        int first = 0;
        int tokens = 0;
        double story = 0;
        for (int i = run[0]; i <= run[1]; i++) {
          if (s[i] || !(q[i] < 0.5) || f.words(i) < 10) {
            continue;
          }
          int w = f.words(i);
          weight += (w + 1) * (1 - q[i]);
          words += w;
          prose++;
          gold += r.page().article()[i] ? w : 0;
          pw += w * q[i];
          story += w * f.row(i)[storyIdx];
          String text = r.page().lines().get(i);
          first += (int) FIRST_PERSON.matcher(text).results().count();
          tokens += (int) WORD.matcher(text).results().count();
        }
        int clabel = -1;
        int rlabel = -1;
        for (int i = run[0] - 1; i > prevEnd; i--) {
          if (clabel < 0 && f.words(i) <= 12 && f.has(i, LineFeatures.Keyword.COMMENTS)) {
            clabel = run[0] - i;
          }
          if (rlabel < 0 && f.words(i) <= 12 && f.has(i, LineFeatures.Keyword.RELATED)) {
            rlabel = run[0] - i;
          }
        }
        int headers = 0;
        for (int i = Math.max(0, run[0] - 3); i <= run[1]; i++) {
          headers += f.commentHeader(i) ? 1 : 0;
        }
        out.printf(
            Locale.ROOT,
            "%s/%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%.2f\t%d\t%.3f\t%d\t%.4f\t%.3f\t%d\t%d\t%d\t%.3f\t%.3f\t%d\t%d%n",
            r.page().page().corpus(),
            r.page().page().id(),
            r.page().page().kind(),
            fold + 1,
            n,
            c,
            run[0],
            run[1],
            prose,
            weight,
            words,
            pw / Math.max(1, words),
            main != null && main[0] == run[0] ? 1 : 0,
            f1,
            gold / Math.max(1, words),
            clabel,
            rlabel,
            headers,
            first / (double) Math.max(1, tokens),
            story / Math.max(1, words),
            f.title(),
            end);
        prevEnd = run[1];
      }
    }
  }
}
