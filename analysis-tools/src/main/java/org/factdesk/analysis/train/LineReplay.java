package org.factdesk.analysis.train;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.analysis.detect.LineModelDetector;
import org.factdesk.analysis.eval.web.Page;

/**
 * Replays the engine's page-level decisions (a photo gallery's captions flagged first, decision
 * 0065; threshold, the 30-word floor of decision 0042, the cut at the article's end of decisions
 * 0047 and 0060, then the doubted lines taken back as the article's own of decision 0070) on the
 * out-of-fold probabilities that {@code TrainTextLines ROOT --cv K --dump FILE} writes, so decoders
 * and page rules can be compared by cross-validation without retraining, and shows where the
 * shipped decisions lose against the labels: before the page's main block of prose, inside it,
 * between it and the cut, after the cut.
 *
 * <pre>
 * LineReplay DUMP ROOT [--threshold T] [--examples REGION] [--try WHAT]
 * LineReplay --folds ROOT DUMP...  the shipped decisions' F1 of each dump by fold and in all
 *   --examples REGION   the 25 article pages that lose most in a region ("before main", ...)
 *   --try viterbi       a Viterbi decoding of each page as a chain of article and furniture
 *   --try inside        the cut also at a comments label inside the main block
 *   --try inside-oracle per page the better of that cut or none (what a perfect judge would win)
 *   --try zones         one threshold inside the main block, another outside
 *   --try typed         the typed detectors' flags left out, or overruled by the model
 * </pre>
 *
 * <p>Session 12 tried each on line model v4's probabilities; none gained more than 0.002 on the dev
 * article pages (BENCHMARKS.md, "Plain text, session 12").
 */
public final class LineReplay {
  private LineReplay() {}

  /** One page: its features from the engine and its out-of-fold probabilities from the dump. */
  record Replayed(TrainTextLines.PageLines page, double[] p, boolean[] gallery) {
    /** The page with the gallery captions the engine flags before the model (decision 0065). */
    Replayed(TrainTextLines.PageLines page, double[] p) {
      this(page, p, LineModelDetector.galleryCaptions(page.lines(), page.features(), typed(page)));
    }

    private static boolean[] typed(TrainTextLines.PageLines page) {
      boolean[] settled = page.flaggedByOthers().clone();
      if (page.title() >= 0) {
        settled[page.title()] = true;
      }
      return settled;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length >= 3 && args[0].equals("--folds")) {
      folds(Path.of(args[1]), List.of(args).subList(2, args.length), System.out);
      return;
    }
    if (args.length < 2) {
      System.err.println(
          "usage: LineReplay DUMP ROOT [--threshold T] [--examples REGION] [--try WHAT]");
      System.exit(2);
    }
    String examples = null;
    String attempt = null;
    double threshold = LineModelDetector.THRESHOLD;
    for (int i = 2; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--examples" -> examples = args[i + 1];
        case "--try" -> attempt = args[i + 1];
        case "--threshold" -> threshold = Double.parseDouble(args[i + 1]);
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    List<Replayed> pages = read(Path.of(args[0]), Path.of(args[1]));
    report(pages, threshold, examples, System.out);
    if (attempt != null) {
      attempts(pages, threshold, attempt, System.out);
    }
  }

  /**
   * The shipped decisions' mean F1 on article and web pages of each dump, by fold of the
   * cross-validation by site ({@code TrainTextLines --cv 3}) and in all, the pages read once.
   */
  static void folds(Path root, List<String> dumps, PrintStream out) throws IOException {
    List<TrainTextLines.PageLines> all = TrainTextLines.read(root, true);
    List<String> hosts = TrainTextLines.hosts(all);
    out.println(
        "| dump | article | fold 1 / 2 / 3 | web | fold 1 / 2 / 3 |%n| --- | --- | --- | --- | --- |"
            .formatted());
    for (String dump : dumps) {
      List<Replayed> pages = replayed(Path.of(dump), all);
      StringBuilder row = new StringBuilder("| " + dump);
      for (String kind : List.of(Page.ARTICLE, Page.WEB)) {
        double[] sum = new double[4];
        int[] count = new int[4];
        for (Replayed r : pages) {
          if (r.page().page().kind().equals(kind)) {
            double f1 = f1(r, shipped(r, LineModelDetector.THRESHOLD));
            int fold = TrainTextLines.foldOf(hosts, r.page(), 3);
            sum[fold] += f1;
            count[fold]++;
            sum[3] += f1;
            count[3]++;
          }
        }
        row.append(String.format(Locale.ROOT, " | %.4f | ", sum[3] / count[3]));
        for (int f = 0; f < 3; f++) {
          row.append(String.format(Locale.ROOT, f == 0 ? "%.4f" : " / %.4f", sum[f] / count[f]));
        }
      }
      out.println(row.append(" |"));
    }
  }

  static List<Replayed> read(Path dump, Path root) throws IOException {
    return replayed(dump, TrainTextLines.read(root, true));
  }

  private static List<Replayed> replayed(Path dump, List<TrainTextLines.PageLines> all)
      throws IOException {
    Map<String, List<Double>> probabilities = new HashMap<>();
    for (String row : Files.readAllLines(dump, StandardCharsets.UTF_8)) {
      String[] f = row.split("\t", 11);
      probabilities
          .computeIfAbsent(f[0] + "/" + f[1], k -> new ArrayList<>())
          .add(Double.parseDouble(f[9]));
    }
    List<Replayed> out = new ArrayList<>();
    for (TrainTextLines.PageLines p : all) {
      List<Double> q = probabilities.get(p.page().corpus() + "/" + p.page().id());
      if (q == null && !probabilities.isEmpty()) {
        continue; // a dump of one fold (TrainTextLines --fold) holds only its pages
      }
      if (q == null || q.size() != p.lines().size()) {
        throw new IOException("the dump does not match page " + p.page().id());
      }
      out.add(new Replayed(p, q.stream().mapToDouble(Double::doubleValue).toArray()));
    }
    return out;
  }

  /** What the engine keeps of a page given its probabilities (true: kept as article). */
  static boolean[] shipped(Replayed r, double threshold) {
    return keep(r, furniture(r, threshold), true);
  }

  /** Lines at or above the threshold, the title never, lines other detectors flagged always. */
  static boolean[] furniture(Replayed r, double threshold) {
    boolean[] f = new boolean[r.p().length];
    for (int j = 0; j < f.length; j++) {
      f[j] = settled(r, j) ? !isTitle(r, j) : r.p()[j] >= threshold;
    }
    return f;
  }

  /**
   * How the typed detectors' flags are replayed (only {@code --try typed} changes it): 0 as they
   * are; 1 none; 2 none on lines the labels call article (what their mistakes cost); 3 only where
   * the model's probability of furniture reaches {@link #overrule}.
   */
  static int typed = 0;

  static double overrule = 0.2;

  static boolean settled(Replayed r, int j) {
    boolean flagged =
        r.page().flaggedByOthers()[j]
            && (typed == 0
                || typed == 2 && !r.page().article()[j]
                || typed == 3 && r.p()[j] >= overrule);
    // a gallery's captions are flagged by the engine's line detector before its model reads them
    return flagged || isTitle(r, j) || r.gallery()[j];
  }

  static boolean isTitle(Replayed r, int j) {
    return j == r.page().title();
  }

  /**
   * The kept lines from the model's furniture decisions, with the engine's floor (least doubted
   * lines until 30 words) and, when {@code cut}, the cut at the article's end.
   */
  static boolean[] keep(Replayed r, boolean[] furniture, boolean cut) {
    int n = furniture.length;
    double[] p = r.p();
    boolean[] keeps = new boolean[n];
    int keptWords = 0;
    for (int j = 0; j < n; j++) {
      keeps[j] = !furniture[j];
      keptWords += keeps[j] && !isTitle(r, j) ? r.page().features().words(j) : 0;
    }
    if (keptWords < LineModelDetector.MIN_KEPT_WORDS) {
      Integer[] order =
          java.util.stream.IntStream.range(0, n)
              .filter(j -> !keeps[j] && !settled(r, j) && p[j] < LineModelDetector.RESCUE_BELOW)
              .boxed()
              .toArray(Integer[]::new);
      Arrays.sort(order, (a, b) -> p[a] != p[b] ? Double.compare(p[a], p[b]) : a - b);
      for (int k = 0; k < order.length && keptWords < LineModelDetector.MIN_KEPT_WORDS; k++) {
        keeps[order[k]] = true;
        keptWords += r.page().features().words(order[k]);
      }
    }
    if (cut && n >= LineModelDetector.MIN_LINES) {
      int end = endRule.applyAsInt(r);
      for (int j = Math.max(0, end); end >= 0 && j < n; j++) {
        keeps[j] &= isTitle(r, j);
      }
      boolean[] back =
          LineModelDetector.articleBetween(
              r.page().lines(), r.page().features(), p, settledMask(r), keeps, end);
      for (int j = 0; j < n; j++) {
        keeps[j] |= back[j];
      }
    }
    return keeps;
  }

  /**
   * Where the article ends ({@link LineModelDetector#endOfArticle} unless a tool tries another).
   */
  static java.util.function.ToIntFunction<Replayed> endRule =
      r -> LineModelDetector.endOfArticle(r.page().features(), masked(r), settledMask(r));

  static double[] masked(Replayed r) {
    double[] q = r.p().clone();
    for (int j = 0; j < q.length; j++) {
      q[j] = settled(r, j) ? Double.NaN : q[j];
    }
    return q;
  }

  static boolean[] settledMask(Replayed r) {
    boolean[] s = new boolean[r.p().length];
    for (int j = 0; j < s.length; j++) {
      s[j] = settled(r, j);
    }
    return s;
  }

  static double f1(Replayed r, boolean[] keeps) {
    StringBuilder sb = new StringBuilder();
    for (int j = 0; j < keeps.length; j++) {
      if (keeps[j]) {
        sb.append(r.page().lines().get(j)).append('\n');
      }
    }
    return ShingleBag.of(sb.toString()).f1(r.page().gold());
  }

  /** Mean F1 per kind of page of a way of keeping lines. */
  interface Decider {
    boolean[] keeps(Replayed r);
  }

  static double mean(List<Replayed> pages, String kind, Decider d) {
    double sum = 0;
    int n = 0;
    for (Replayed r : pages) {
      if (r.page().page().kind().equals(kind)) {
        sum += f1(r, d.keeps(r));
        n++;
      }
    }
    return sum / n;
  }

  /** The main block as {@link LineModelDetector#endOfArticle} finds it: {start, end} or null. */
  static int[] mainBlock(Replayed r) {
    return LineModelDetector.mainBlock(r.page().features(), masked(r), settledMask(r));
  }

  static final String[] REGIONS = {"before main", "in main", "after main", "after cut", "no main"};

  static int region(Replayed r, int[] main, int end, int j) {
    if (main == null) {
      return 4;
    }
    if (end >= 0 && j >= end) {
      return 3;
    }
    return j < main[0] ? 0 : j <= main[1] ? 1 : 2;
  }

  static void report(List<Replayed> pages, double t, String examples, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "shipped (threshold %.2f, floor, cut): article %.4f, web %.4f; no cut %.4f / %.4f%n",
        t,
        mean(pages, Page.ARTICLE, r -> shipped(r, t)),
        mean(pages, Page.WEB, r -> shipped(r, t)),
        mean(pages, Page.ARTICLE, r -> keep(r, furniture(r, t), false)),
        mean(pages, Page.WEB, r -> keep(r, furniture(r, t), false)));
    out.printf(
        Locale.ROOT,
        "labels: article %.4f, web %.4f%n%n",
        mean(pages, Page.ARTICLE, r -> labels(r)),
        mean(pages, Page.WEB, r -> labels(r)));
    // the share of the loss by region: the gain of replacing the shipped decisions by the labels
    // in one region, split into furniture kept and article dropped
    for (String kind : List.of(Page.ARTICLE, Page.WEB)) {
      double[][] gain = new double[REGIONS.length][2];
      long[][] words = new long[REGIONS.length][2];
      int pagesOfKind = 0;
      for (Replayed r : pages) {
        if (!r.page().page().kind().equals(kind)) {
          continue;
        }
        pagesOfKind++;
        boolean[] keeps = shipped(r, t);
        double base = f1(r, keeps);
        int[] main = mainBlock(r);
        int end =
            r.p().length >= LineModelDetector.MIN_LINES
                ? LineModelDetector.endOfArticle(r.page().features(), masked(r), settledMask(r))
                : -1;
        for (int g = 0; g < REGIONS.length; g++) {
          for (int what = 0; what < 2; what++) {
            boolean[] fixed = keeps.clone();
            boolean changed = false;
            for (int j = 0; j < fixed.length; j++) {
              if (region(r, main, end, j) != g || isTitle(r, j)) {
                continue;
              }
              boolean article = r.page().article()[j];
              if (what == 0 && keeps[j] && !article) {
                fixed[j] = false;
                changed = true;
                words[g][0] += r.page().features().words(j);
              } else if (what == 1 && !keeps[j] && article) {
                fixed[j] = true;
                changed = true;
                words[g][1] += r.page().features().words(j);
              }
            }
            if (changed) {
              gain[g][what] += f1(r, fixed) - base;
            }
          }
        }
      }
      out.println(
          "| "
              + kind
              + ": region | furniture kept: words | gain | article dropped: words | gain |");
      out.println("| --- | --- | --- | --- | --- |");
      for (int g = 0; g < REGIONS.length; g++) {
        out.printf(
            Locale.ROOT,
            "| %s | %d | %.4f | %d | %.4f |%n",
            REGIONS[g],
            words[g][0],
            gain[g][0] / pagesOfKind,
            words[g][1],
            gain[g][1] / pagesOfKind);
      }
      out.println();
    }
    if (examples != null) {
      int region = Arrays.asList(REGIONS).indexOf(examples);
      examples(pages, t, region, out);
    }
  }

  static boolean[] labels(Replayed r) {
    boolean[] k = new boolean[r.p().length];
    for (int j = 0; j < k.length; j++) {
      k[j] = r.page().article()[j] || isTitle(r, j);
    }
    return k;
  }

  /** The article pages whose given region loses most, with their lines around it. */
  static void examples(List<Replayed> pages, double t, int region, PrintStream out) {
    List<Object[]> worst = new ArrayList<>();
    for (Replayed r : pages) {
      if (!r.page().page().kind().equals(Page.ARTICLE)) {
        continue;
      }
      boolean[] keeps = shipped(r, t);
      int[] main = mainBlock(r);
      int end =
          r.p().length >= LineModelDetector.MIN_LINES
              ? LineModelDetector.endOfArticle(r.page().features(), masked(r), settledMask(r))
              : -1;
      boolean[] fixed = keeps.clone();
      for (int j = 0; j < fixed.length; j++) {
        if (region(r, main, end, j) == region && !isTitle(r, j)) {
          fixed[j] = r.page().article()[j];
        }
      }
      worst.add(new Object[] {f1(r, fixed) - f1(r, keeps), r, keeps, main, end});
    }
    worst.sort((a, b) -> Double.compare((double) b[0], (double) a[0]));
    for (Object[] o : worst.subList(0, Math.min(25, worst.size()))) {
      Replayed r = (Replayed) o[1];
      boolean[] keeps = (boolean[]) o[2];
      int[] main = (int[]) o[3];
      int end = (int) o[4];
      out.printf(
          Locale.ROOT,
          "=== %.3f  %s/%s main %s cut %d%n",
          (double) o[0],
          r.page().page().corpus(),
          r.page().page().id(),
          main == null ? "-" : main[0] + ".." + main[1],
          end);
      for (int j = 0; j < keeps.length; j++) {
        if (region(r, main, end, j) != region) {
          continue;
        }
        String text = r.page().lines().get(j);
        out.printf(
            Locale.ROOT,
            "%4d %s%s %s %.2f %s%n",
            j,
            r.page().article()[j] ? "A" : "-",
            keeps[j] ? "k" : "-",
            r.page().flaggedByOthers()[j] ? "F" : isTitle(r, j) ? "T" : " ",
            r.p()[j],
            text.length() > 110 ? text.substring(0, 110) : text);
      }
    }
  }

  /**
   * A Viterbi decoding of the page as a chain of article and furniture: each line not settled
   * scores weight(line) * (logit(p) - logit(threshold)) for furniture, switching costs {@code
   * cost}; settled lines are skipped (they neither score nor break the chain).
   */
  static boolean[] viterbi(Replayed r, double t, double cost, int weighting, double clip) {
    double[] p = r.p();
    int n = p.length;
    double bias = Math.log(t / (1 - t));
    List<Integer> idx = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      if (!settled(r, j)) {
        idx.add(j);
      }
    }
    int m = idx.size();
    boolean[] furniture = furniture(r, t);
    if (m == 0) {
      return furniture;
    }
    double[][] score = new double[m][2];
    int[][] from = new int[m][2];
    for (int k = 0; k < m; k++) {
      int j = idx.get(k);
      double q = Math.min(1 - 1e-4, Math.max(1e-4, p[j]));
      double e = Math.log(q / (1 - q)) - bias;
      e = Math.max(-clip, Math.min(clip, e));
      int w = r.page().features().words(j);
      double weight =
          switch (weighting) {
            case 0 -> 1;
            case 1 -> Math.log(w + 2);
            case 2 -> Math.sqrt(w + 1);
            default -> w + 3;
          };
      double[] emit = {0, weight * e}; // 0 article, 1 furniture
      for (int s = 0; s < 2; s++) {
        if (k == 0) {
          score[k][s] = emit[s];
        } else {
          double stay = score[k - 1][s];
          double move = score[k - 1][1 - s] - cost;
          from[k][s] = stay >= move ? s : 1 - s;
          score[k][s] = Math.max(stay, move) + emit[s];
        }
      }
    }
    int s = score[m - 1][1] > score[m - 1][0] ? 1 : 0;
    for (int k = m - 1; k >= 0; k--) {
      furniture[idx.get(k)] = s == 1;
      s = from[k][s];
    }
    return furniture;
  }

  /**
   * A label of comments or other stories inside the main block, with at least {@code minWords}
   * article words of the block before it and at least {@code minShare} of the block's article
   * words, or the engine's cut after the block; -1 when neither.
   */
  static int cutInside(Replayed r, int minWords, double minShare, boolean relatedToo) {
    int n = r.p().length;
    int end =
        n >= LineModelDetector.MIN_LINES
            ? LineModelDetector.endOfArticle(r.page().features(), masked(r), settledMask(r))
            : -1;
    if (n < LineModelDetector.MIN_LINES) {
      return end;
    }
    int[] main = mainBlock(r);
    if (main == null) {
      return end;
    }
    var f = r.page().features();
    double[] p = masked(r);
    boolean[] settled = settledMask(r);
    double total = 0;
    for (int i = main[0]; i <= main[1]; i++) {
      total += !settled[i] && p[i] < 0.5 && f.words(i) >= 10 ? f.words(i) : 0;
    }
    double before = 0;
    for (int i = main[0]; i <= main[1]; i++) {
      boolean label =
          f.words(i) <= 5
              && (f.has(i, org.factdesk.analysis.detect.LineFeatures.Keyword.COMMENTS)
                  || relatedToo
                      && f.has(i, org.factdesk.analysis.detect.LineFeatures.Keyword.RELATED));
      if (label && before >= minWords && before >= minShare * total) {
        return i;
      }
      before += !settled[i] && p[i] < 0.5 && f.words(i) >= 10 ? f.words(i) : 0;
    }
    return end;
  }

  /** Furniture by one threshold inside the main block (and a margin around it), another outside. */
  static boolean[] zoned(Replayed r, double tin, double tout, int margin) {
    int[] main = mainBlock(r);
    boolean[] f = new boolean[r.p().length];
    for (int j = 0; j < f.length; j++) {
      boolean in = main != null && j >= main[0] - margin && j <= main[1] + margin;
      f[j] = settled(r, j) ? !isTitle(r, j) : r.p()[j] >= (in ? tin : tout);
    }
    return f;
  }

  static boolean[] withCut(Replayed r, double t, int end) {
    boolean[] keeps = keep(r, furniture(r, t), false);
    for (int j = Math.max(0, end); end >= 0 && j < keeps.length; j++) {
      keeps[j] &= isTitle(r, j);
    }
    return keeps;
  }

  /** Mean F1 on article and web pages of each variant of one kind of attempt. */
  static void attempts(List<Replayed> pages, double t, String attempt, PrintStream out) {
    Map<String, Decider> variants = new TreeMap<>();
    switch (attempt) {
      case "viterbi" -> {
        String[] weights = {"1", "log(words+2)", "sqrt(words+1)", "words+3"};
        double[] scale = {1, 1, 3, 10};
        for (int w = 0; w < weights.length; w++) {
          for (double cost : new double[] {0.25, 0.5, 1, 2, 4}) {
            for (double clip : new double[] {3, 8}) {
              final int weighting = w;
              final double c = cost * scale[w];
              variants.put(
                  String.format(
                      Locale.ROOT, "viterbi, weight %s, cost %.2f, clip %.0f", weights[w], c, clip),
                  r -> keep(r, viterbi(r, t, c, weighting, clip), true));
            }
          }
        }
      }
      case "inside" -> {
        for (int minWords : new int[] {0, 50, 100, 200}) {
          for (double share : new double[] {0, 0.2, 0.4, 0.6}) {
            for (boolean related : new boolean[] {false, true}) {
              variants.put(
                  String.format(
                      Locale.ROOT,
                      "cut inside, %d words and %.1f of the block before, related labels %b",
                      minWords,
                      share,
                      related),
                  r -> withCut(r, t, cutInside(r, minWords, share, related)));
            }
          }
        }
      }
      // how much a perfect judge of such labels would win: per page the better of cutting or not
      case "inside-oracle" -> {
        for (int minWords : new int[] {0, 100}) {
          variants.put(
              String.format(Locale.ROOT, "oracle of the cut inside, %d words before", minWords),
              r -> {
                boolean[] shipped = shipped(r, t);
                boolean[] inside = withCut(r, t, cutInside(r, minWords, 0, false));
                return f1(r, inside) > f1(r, shipped) ? inside : shipped;
              });
        }
      }
      case "zones" -> {
        for (double tin : new double[] {0.55, 0.6, 0.65, 0.7, 0.8}) {
          for (double tout : new double[] {0.4, 0.45, 0.5, 0.55}) {
            for (int margin : new int[] {0, 3, 10}) {
              variants.put(
                  String.format(
                      Locale.ROOT,
                      "zones, inside %.2f, outside %.2f, margin %d",
                      tin,
                      tout,
                      margin),
                  r -> keep(r, zoned(r, tin, tout, margin), true));
            }
          }
        }
      }
      case "typed" -> {
        out.println("| typed detectors' flags | article | web |");
        out.println("| --- | --- | --- |");
        String[] names = {"as they are", "none", "none on article lines (labels)"};
        for (int mode = 0; mode < 3; mode++) {
          typed = mode;
          row(out, names[mode], pages, r -> shipped(r, t));
        }
        for (double o : new double[] {0.05, 0.1, 0.2, 0.3}) {
          typed = 3;
          overrule = o;
          row(
              out,
              String.format(Locale.ROOT, "overruled below %.2f", o),
              pages,
              r -> shipped(r, t));
        }
        typed = 0;
        return;
      }
      default ->
          throw new IllegalArgumentException("--try viterbi|inside|inside-oracle|zones|typed");
    }
    out.println("| variant | article | web |");
    out.println("| --- | --- | --- |");
    variants.forEach((name, d) -> row(out, name, pages, d));
  }

  private static void row(PrintStream out, String name, List<Replayed> pages, Decider d) {
    out.printf(
        Locale.ROOT,
        "| %s | %.4f | %.4f |%n",
        name,
        mean(pages, Page.ARTICLE, d),
        mean(pages, Page.WEB, d));
  }
}
