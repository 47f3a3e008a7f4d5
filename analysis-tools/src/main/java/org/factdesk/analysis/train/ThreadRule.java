package org.factdesk.analysis.train;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.factdesk.analysis.detect.LineFeatures;
import org.factdesk.analysis.eval.web.Page;

/**
 * The screening harness of decision 0060: variants of a rule that finds a readers' comment thread
 * by its rhythm of header lines and drops it, replayed on top of the engine's threshold, floor and
 * label cut on the out-of-fold probabilities of a {@code TrainTextLines --cv 3 --dump} (or the mean
 * of two such dumps), with the gain per corpus and, for one variant, the pages it changes.
 *
 * <pre>
 * ThreadRule DUMP ROOT [grid | BARE,FOOTER,GAP,CUES,WORDS,LABEL,TAIL,NOCOUNT,NEEDLABEL]
 *   BARE       true: headers by a time of day, "N units ago" or a post's words (the shipped kind);
 *              false: v5's header lines (a date line, or a short line of the comments' words)
 *   FOOTER     a header may have its prose above it instead of below
 *   GAP, CUES  headers at most GAP lines apart, CUES of them
 *   WORDS      article-like words above the thread's first header
 *   LABEL      drop from the comments line above the thread rather than from its first header
 *   TAIL       -1: drop to the page's end; else to the thread's last prose (TAIL lines of gap)
 *   NOCOUNT    a line with a count of comments is no header
 *   NEEDLABEL  a comments line within this many lines above the first header (0: not needed)
 * </pre>
 *
 * The shipped rule is {@code true,false,15,3,50,false,-1,true,10}, computed by the engine in {@link
 * org.factdesk.analysis.detect.LineModelDetector#commentThread}; this harness keeps its own copy of
 * the variants (BENCHMARKS.md, "Plain text, session 15"). Its baseline is {@link
 * LineReplay#shipped}, which since decision 0060 holds the shipped rule: to screen against the
 * engine before it, put an earlier engine's classes first on the class path.
 */
public final class ThreadRule {
  private ThreadRule() {}

  record Params(
      boolean bareTime,
      boolean footer,
      int gap,
      int cues,
      int minWords,
      boolean label,
      int tail,
      boolean noCount,
      int needLabel) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "bare %b footer %b gap %d cues %d words %d label %b tail %d nocount %b needlabel %d",
          bareTime,
          footer,
          gap,
          cues,
          minWords,
          label,
          tail,
          noCount,
          needLabel);
    }
  }

  static final int HEADER = LineFeatures.NAMES.indexOf("header_line");
  static final int CLOCK = LineFeatures.NAMES.indexOf("clock");
  static final int READERS = LineFeatures.NAMES.indexOf("kw_readers");

  static final java.util.regex.Pattern CLOCK_RE =
      java.util.regex.Pattern.compile(
          "(^|[^0-9])[0-9]{1,2}(:[0-9]{2}([^0-9]|$)|\\.[0-9]{2} ?[ap]\\.?m\\b)",
          java.util.regex.Pattern.CASE_INSENSITIVE);
  static final java.util.regex.Pattern WORDS_RE =
      java.util.regex.Pattern.compile(
          "\\b([0-9]+ (sec|min|hour|hr|day|week|month|year)s? ago|reply|says:|wrote:|said:|said\\.\\.\\.|said\u2026|posted by|permalink)",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  static final java.util.regex.Pattern COUNT_RE =
      java.util.regex.Pattern.compile(
          "(comments?|responses?|replies)\\s*[:(]?\\s*[0-9]|[0-9]+\\s+(comments?|responses?|replies)|trackback",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  /** A comment's header line: a time of day, "ago", or words of a post's header. */
  static boolean strict(String text, int words) {
    return words <= 15 && (CLOCK_RE.matcher(text).find() || WORDS_RE.matcher(text).find());
  }

  /** {first, last} line of the page's comment thread, or null. */
  static int[] thread(LineReplay.Replayed r, Params q) {
    var f = r.page().features();
    double[] p = LineReplay.masked(r);
    int n = p.length;
    int title = r.page().title();
    boolean[] prose = new boolean[n];
    boolean[] header = new boolean[n];
    for (int i = 0; i < n; i++) {
      prose[i] = f.words(i) >= 10;
      float[] row = f.row(i);
      header[i] =
          i != title
              && (q.bareTime()
                  ? strict(r.page().lines().get(i), f.words(i))
                      && !(q.noCount() && COUNT_RE.matcher(r.page().lines().get(i)).find())
                  : row[HEADER] == 1
                      && (f.words(i) >= 3
                          || f.has(i, LineFeatures.Keyword.COMMENTS)
                          || row[READERS] == 1));
    }
    boolean[] cue = new boolean[n];
    for (int i = 0; i < n; i++) {
      boolean after =
          (i + 1 < n && prose[i + 1] && !header[i + 1])
              || (i + 2 < n && prose[i + 2] && !header[i + 2]);
      boolean before =
          (i >= 1 && prose[i - 1] && !header[i - 1]) || (i >= 2 && prose[i - 2] && !header[i - 2]);
      cue[i] = header[i] && (q.bareTime() || !prose[i]) && (after || q.footer() && before);
    }
    // article-like words from the title (or the page's top) on
    int from = Math.max(0, title);
    double words = 0;
    int start = -1;
    int last = -1;
    int count = 0;
    double wordsAtStart = 0;
    for (int i = from; i < n; i++) {
      if (cue[i]) {
        if (last < 0 || i - last > q.gap()) {
          start = i;
          count = 0;
          wordsAtStart = words;
        }
        last = i;
        count++;
        if (count >= q.cues() && wordsAtStart >= q.minWords()) {
          // the thread goes on while cues follow
          int end = i;
          for (int j = i + 1; j < n && j - end <= q.gap(); j++) {
            if (cue[j]) {
              end = j;
            }
          }
          int tailEnd = end;
          if (q.tail() < 0) {
            tailEnd = n - 1;
          } else {
            int gapLines = 0;
            for (int j = end + 1; j < n; j++) {
              if (prose[j] && !(p[j] >= 0.5)) {
                tailEnd = j;
                gapLines = 0;
              } else if (++gapLines > q.tail()) {
                break;
              }
            }
          }
          int s = start;
          int labelAt = -1;
          for (int j = start - 1; j >= Math.max(from + 1, start - q.needLabel()); j--) {
            if (f.words(j) <= 12 && f.has(j, LineFeatures.Keyword.COMMENTS)) {
              labelAt = j;
              break;
            }
          }
          if (q.needLabel() > 0 && labelAt < 0) {
            return null;
          }
          if (q.label() && labelAt >= 0) {
            s = labelAt;
          }
          return new int[] {s, tailEnd};
        }
      }
      if (!Double.isNaN(p[i]) && p[i] < 0.5 && prose[i] && !cue[i]) {
        words += f.words(i);
      }
    }
    return null;
  }

  static boolean[] keeps(LineReplay.Replayed r, double t, Params q) {
    boolean[] keeps = LineReplay.shipped(r, t);
    int[] th = thread(r, q);
    if (th != null) {
      for (int j = th[0]; j <= th[1]; j++) {
        keeps[j] &= LineReplay.isTitle(r, j);
      }
    }
    return keeps;
  }

  public static void main(String[] args) throws IOException {
    List<LineReplay.Replayed> pages = LineReplay.read(Path.of(args[0]), Path.of(args[1]));
    double t = 0.55;
    String mode = args.length > 2 ? args[2] : "grid";
    System.out.printf(
        Locale.ROOT,
        "shipped: article %.4f web %.4f%n",
        LineReplay.mean(pages, Page.ARTICLE, r -> LineReplay.shipped(r, t)),
        LineReplay.mean(pages, Page.WEB, r -> LineReplay.shipped(r, t)));
    List<Params> grid = new ArrayList<>();
    if (mode.equals("grid")) {
      for (boolean bare : new boolean[] {false, true}) {
        for (boolean footer : new boolean[] {false, true}) {
          for (int gap : new int[] {8, 15}) {
            for (int cues : new int[] {3, 4}) {
              for (int minWords : new int[] {50, 150}) {
                for (boolean label : new boolean[] {false, true}) {
                  for (int tail : new int[] {-1, 2}) {
                    grid.add(new Params(bare, footer, gap, cues, minWords, label, tail, true, 0));
                  }
                }
              }
            }
          }
        }
      }
    } else {
      String[] v = mode.split(",");
      grid.add(
          new Params(
              Boolean.parseBoolean(v[0]),
              Boolean.parseBoolean(v[1]),
              Integer.parseInt(v[2]),
              Integer.parseInt(v[3]),
              Integer.parseInt(v[4]),
              Boolean.parseBoolean(v[5]),
              Integer.parseInt(v[6]),
              Boolean.parseBoolean(v[7]),
              Integer.parseInt(v[8])));
    }
    java.util.IdentityHashMap<LineReplay.Replayed, Double> baseF1 =
        new java.util.IdentityHashMap<>();
    for (LineReplay.Replayed r : pages) {
      baseF1.put(r, LineReplay.f1(r, LineReplay.shipped(r, t)));
    }
    for (Params q : grid) {
      Map<String, double[]> byCorpus = new TreeMap<>();
      double[] kind = new double[4];
      int fired = 0;
      for (LineReplay.Replayed r : pages) {
        double base = baseF1.get(r);
        int[] th = thread(r, q);
        double after = th == null ? base : LineReplay.f1(r, keeps(r, t, q));
        double[] s = byCorpus.computeIfAbsent(r.page().page().corpus(), k -> new double[4]);
        s[0] += base;
        s[1] += after;
        s[2]++;
        boolean article = r.page().page().kind().equals(Page.ARTICLE);
        kind[article ? 0 : 2] += after;
        kind[article ? 1 : 3]++;
        if (th != null) {
          s[3]++;
          fired++;
        }
      }
      System.out.printf(
          Locale.ROOT, "| %s | %.4f | %.4f | %d |", q, kind[0] / kind[1], kind[2] / kind[3], fired);
      byCorpus.forEach(
          (c, s) ->
              System.out.printf(
                  Locale.ROOT, " %s %+.4f (%d)", c, (s[1] - s[0]) / s[2], (int) s[3]));
      System.out.println();
      if (grid.size() == 1) {
        // the pages the rule changes, with the lines it drops
        for (LineReplay.Replayed r : pages) {
          int[] th = thread(r, q);
          if (th == null) {
            continue;
          }
          double base = LineReplay.f1(r, LineReplay.shipped(r, t));
          double after = LineReplay.f1(r, keeps(r, t, q));
          System.out.printf(
              Locale.ROOT,
              "=== %+.3f %s %s/%s thread %d..%d of %d%n",
              after - base,
              r.page().page().kind(),
              r.page().page().corpus(),
              r.page().page().id(),
              th[0],
              th[1],
              r.p().length);
          boolean[] keeps = LineReplay.shipped(r, t);
          for (int j = Math.max(0, th[0] - 3); j <= Math.min(th[1] + 2, r.p().length - 1); j++) {
            String text = r.page().lines().get(j);
            System.out.printf(
                Locale.ROOT,
                "%4d %s%s%s %.2f %s%n",
                j,
                r.page().article()[j] ? "A" : "-",
                keeps[j] ? "k" : "-",
                j >= th[0] && j <= th[1] ? "x" : " ",
                r.p()[j],
                text.length() > 100 ? text.substring(0, 100) : text);
          }
        }
      }
    }
  }
}
