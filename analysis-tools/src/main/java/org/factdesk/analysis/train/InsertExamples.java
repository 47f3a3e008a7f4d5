package org.factdesk.analysis.train;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.eval.web.Page;
import org.factdesk.analysis.eval.web.PublicPages;
import org.factdesk.analysis.eval.web.WebEvaluation;

/**
 * Collects typed examples of non-article inserts from real pages nobody here wrote (decision 0023):
 * every visible line of the converted public pages ({@code eval/README.md}), labelled {@code
 * ARTICLE} when it is in the page's gold text ({@link LineLabels}), else by {@link InsertLabeller}
 * with a flag type, or {@code -} when no rule recognises it; plus, with {@code --web FILE}, lines
 * copied from public pages or public repository files that disclose AI use or carry sponsored
 * content ({@code URL<TAB>TYPE<TAB> TEXT} a line, the URL may be {@code find-string:ID} for a file
 * of the search tool's repository index; the sources are listed in {@code
 * analysis-tools/eval/insert-sources.tsv}). Each line keeps its page's site and split, so training
 * reads dev sites only and the figures test sites.
 *
 * <pre>
 * InsertExamples EVAL_ROOT OUT.tsv [--outlet-names] [--short-lines anywhere]
 *     [--web FILE [--locators analysis-tools/eval/insert-lines.tsv]]
 * InsertExamples --check WEB_FILE LOCATORS       (only compares the copied lines with the locators)
 * </pre>
 *
 * <p>{@code --short-lines anywhere} labels the short lines as the examples the shipped insert types
 * (v4) learnt from: beside an article line, a short line whose words occur anywhere in the gold is
 * article ({@link LineLabels.ShortLines#ANYWHERE}), so a story's tags and section names under it
 * count as article lines. Without it they must stand in the gold next to that line (decision 0079),
 * as the figures since session 23 read them.
 *
 * <p>The locators ({@code insert-lines.tsv}, committed) name each copied line by its source, type
 * and {@link #locator the first 12 hex digits of the SHA-256} of its text, so a later session can
 * re-collect the same lines without the repository holding any of their words; {@code --locators}
 * reports lines without a locator (copied by mistake) and locators not found (lines still to copy),
 * and fails on the first kind.
 *
 * <p>Writes {@code split, site, corpus, id, kind, line, label, text} a row (tabs in text become
 * spaces). Nothing of it is committed: it holds the pages' own words.
 */
public final class InsertExamples {
  public static final String ARTICLE = "ARTICLE";
  public static final String UNLABELLED = "-";

  /**
   * A reader's comment: in Dragnet's gold after its comments marker, so neither article text (the
   * engine aims at the article without its comments, decision 0016, as {@code WebEvaluation} scores
   * it) nor one of the insert types; left out of every figure.
   */
  public static final String COMMENT = "COMMENT";

  /** One row of the examples file. */
  public record Example(
      String split,
      String site,
      String corpus,
      String id,
      String kind,
      int line,
      String label,
      String text) {
    public boolean isArticle() {
      return ARTICLE.equals(label);
    }

    /** The type of an insert, or null for article and unlabelled lines. */
    public FlagType type() {
      return isArticle() || UNLABELLED.equals(label) || COMMENT.equals(label)
          ? null
          : FlagType.valueOf(label);
    }
  }

  private InsertExamples() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 3 && args[0].equals("--check")) {
      System.exit(check(Path.of(args[1]), Path.of(args[2]), System.out) ? 0 : 1);
    }
    List<String> rest = new ArrayList<>(List.of(args));
    boolean outletNames = rest.remove("--outlet-names");
    LineLabels.ShortLines shortLines = LineLabels.ShortLines.NEXT_TO_ITS_NEIGHBOUR;
    int option = rest.indexOf("--short-lines");
    if (option >= 0 && option + 1 < rest.size() && rest.get(option + 1).equals("anywhere")) {
      shortLines = LineLabels.ShortLines.ANYWHERE;
      rest.subList(option, option + 2).clear();
    }
    args = rest.toArray(String[]::new);
    if (args.length < 2) {
      System.err.println(
          "usage: InsertExamples EVAL_ROOT OUT.tsv [--outlet-names] [--short-lines anywhere]"
              + " [--web FILE [--locators FILE]]"
              + " | --check WEB_FILE LOCATORS");
      System.exit(2);
    }
    Path web = args.length >= 4 && args[2].equals("--web") ? Path.of(args[3]) : null;
    Path locators =
        web != null && args.length >= 6 && args[4].equals("--locators") ? Path.of(args[5]) : null;
    if (locators != null && !check(web, locators, System.out)) {
      System.exit(1);
    }
    List<Example> examples = collect(Path.of(args[0]), null, outletNames, shortLines);
    if (web != null) {
      List<Example> copied = readWeb(web);
      examples.addAll(locators == null ? copied : inLocatorOrder(copied, locators));
    }
    write(examples, Path.of(args[1]));
    summary(examples, System.out);
  }

  /**
   * A copied line's locator: the first 12 hex digits of the SHA-256 of its text (UTF-8, stripped),
   * which names the line without holding any of its words.
   */
  public static String locator(String text) {
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(text.strip().getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(hash).substring(0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The key a copied line and its locator row share: source, type and locator. */
  private static String key(String source, String type, String locator) {
    return source.strip() + "\t" + type.strip() + "\t" + locator.strip();
  }

  /**
   * Compares the copied lines with the committed locators ({@code SOURCE<TAB>TYPE<TAB>LOCATOR} a
   * row, {@code #} comments): prints how many match, each line without a locator and each locator
   * without a line. True when every copied line has its locator (locators still to be re-collected
   * are reported, not failed: a stored page or file can be gone).
   */
  static boolean check(Path web, Path locators, PrintStream out) throws IOException {
    java.util.Set<String> wanted = new java.util.LinkedHashSet<>();
    for (String row : Files.readAllLines(locators, StandardCharsets.UTF_8)) {
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t", -1);
      if (f.length < 3) {
        throw new IOException(locators + ": expected SOURCE, TYPE and LOCATOR in: " + row);
      }
      wanted.add(key(f[0], f[1], f[2]));
    }
    java.util.Set<String> found = new java.util.LinkedHashSet<>();
    int unknown = 0;
    for (Example e : readWeb(web)) {
      String k = key(e.id(), e.label(), locator(e.text()));
      found.add(k);
      if (!wanted.contains(k)) {
        unknown++;
        out.println("no locator for a copied line: " + k.replace('\t', ' '));
      }
    }
    int missing = 0;
    for (String k : wanted) {
      if (!found.contains(k)) {
        missing++;
        out.println("locator not found among the copied lines: " + k.replace('\t', ' '));
      }
    }
    out.printf(
        "copied lines: %d with a locator, %d without; locators not found: %d of %d%n",
        found.size() - unknown, unknown, missing, wanted.size());
    return unknown == 0;
  }

  /**
   * The copied lines in the order of their locator rows, whatever order the file that holds them
   * has: the examples, and the model trained on them, are then the same whoever collected the lines
   * (a model's training visits its examples in order). A line without a locator goes last.
   */
  static List<Example> inLocatorOrder(List<Example> copied, Path locators) throws IOException {
    Map<String, Integer> row = new HashMap<>();
    for (String line : Files.readAllLines(locators, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t", -1);
      if (!line.isBlank() && !line.startsWith("#") && f.length >= 3) {
        row.putIfAbsent(key(f[0], f[1], f[2]), row.size());
      }
    }
    List<Example> out = new ArrayList<>(copied);
    out.sort(
        Comparator.comparingInt(
            e -> row.getOrDefault(key(e.id(), e.label(), locator(e.text())), Integer.MAX_VALUE)));
    return out;
  }

  /**
   * The examples; with {@code outletNames} a line that is the site's own name is labelled METADATA
   * (an outlet line, {@link InsertLabeller#isOutletName}) rather than as the navigation it stands
   * in. {@code shortLines} says which short lines are article ({@link LineLabels}).
   */
  public static List<Example> collect(
      Path root, Path web, boolean outletNames, LineLabels.ShortLines shortLines)
      throws IOException {
    List<Example> out = new ArrayList<>();
    for (Page page : Page.readIndex(root)) {
      if (!"en".equals(page.language())) {
        continue;
      }
      List<String> lines = Files.readAllLines(page.lines(root), StandardCharsets.UTF_8);
      String gold = Files.readString(page.gold(root), StandardCharsets.UTF_8);
      boolean[] inGold = LineLabels.of(lines, gold, shortLines);
      String articlePart = WebEvaluation.articlePart(gold);
      boolean[] article =
          articlePart.length() == gold.length()
              ? inGold
              : LineLabels.of(lines, articlePart, shortLines);
      FlagType[] types = InsertLabeller.label(lines, inGold, outletNames ? page.host() : null);
      for (int i = 0; i < lines.size(); i++) {
        String text = lines.get(i).strip();
        if (text.isEmpty()) {
          continue;
        }
        String label =
            article[i]
                ? ARTICLE
                : inGold[i] ? COMMENT : types[i] == null ? UNLABELLED : types[i].name();
        out.add(
            new Example(
                page.split(), page.host(), page.corpus(), page.id(), page.kind(), i, label, text));
      }
    }
    if (web != null) {
      out.addAll(readWeb(web));
    }
    return out;
  }

  /** The hand-copied lines of public pages: URL, type and the line as the page prints it. */
  static List<Example> readWeb(Path file) throws IOException {
    List<Example> out = new ArrayList<>();
    List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < rows.size(); i++) {
      String row = rows.get(i);
      if (row.isBlank() || row.startsWith("#")) {
        continue;
      }
      String[] f = row.split("\t", -1);
      if (f.length != 3) {
        throw new IOException(file + " line " + (i + 1) + ": expected URL, TYPE and TEXT");
      }
      FlagType type;
      try {
        type = FlagType.valueOf(f[1].strip());
      } catch (IllegalArgumentException e) {
        throw new IOException(file + " line " + (i + 1) + ": unknown flag type " + f[1]);
      }
      String host = site(f[0].strip());
      if (host == null) {
        throw new IOException(
            file + " line " + (i + 1) + ": no host in URL and not find-string:ID: " + f[0]);
      }
      String split = PublicPages.split("web-inserts", host);
      out.add(
          new Example(split, host, "web-inserts", f[0].strip(), "article", 0, type.name(), f[2]));
    }
    return out;
  }

  /**
   * The site a copied line is split by: the URL's host without "www.", or, for a line found in the
   * search tool's index of public repository files ({@code find-string:ID}, the id that tool's
   * read_file opens), that file: its lines go to one split together. Null when neither.
   */
  static String site(String source) {
    if (source.startsWith(FIND_STRING)) {
      String id = source.substring(FIND_STRING.length());
      return id.matches("[0-9]{1,12}") ? "find-string-" + id : null;
    }
    String host;
    try {
      host = URI.create(source).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
    if (host == null) {
      return null;
    }
    return host.startsWith("www.") ? host.substring(4) : host;
  }

  private static final String FIND_STRING = "find-string:";

  static void write(List<Example> examples, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("split\tsite\tcorpus\tid\tkind\tline\tlabel\ttext\n");
      for (Example e : examples) {
        w.write(
            String.join(
                    "\t",
                    e.split(),
                    e.site(),
                    e.corpus(),
                    e.id(),
                    e.kind(),
                    String.valueOf(e.line()),
                    e.label(),
                    e.text().replace('\t', ' '))
                + "\n");
      }
    }
  }

  /** Reads a file {@link #write} wrote. */
  public static List<Example> read(Path file) throws IOException {
    List<Example> out = new ArrayList<>();
    List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < rows.size(); i++) {
      String[] f = rows.get(i).split("\t", 8);
      if (f.length != 8) {
        throw new IOException(file + " line " + (i + 1) + ": expected 8 columns");
      }
      out.add(new Example(f[0], f[1], f[2], f[3], f[4], Integer.parseInt(f[5]), f[6], f[7]));
    }
    return out;
  }

  static void summary(List<Example> examples, PrintStream out) {
    Map<FlagType, int[]> counts = new EnumMap<>(FlagType.class);
    int[] article = new int[2];
    int[] unlabelled = new int[2];
    int[] comments = new int[2];
    for (Example e : examples) {
      int s = Page.DEV.equals(e.split()) ? 0 : 1;
      if (e.isArticle()) {
        article[s]++;
      } else if (COMMENT.equals(e.label())) {
        comments[s]++;
      } else if (e.type() == null) {
        unlabelled[s]++;
      } else {
        counts.computeIfAbsent(e.type(), t -> new int[2])[s]++;
      }
    }
    out.printf("%-16s %8s %8s%n", "label", "dev", "test");
    out.printf("%-16s %8d %8d%n", ARTICLE, article[0], article[1]);
    counts.forEach((t, c) -> out.printf("%-16s %8d %8d%n", t, c[0], c[1]));
    out.printf("%-16s %8d %8d%n", "readers' comments", comments[0], comments[1]);
    out.printf("%-16s %8d %8d%n", "unlabelled", unlabelled[0], unlabelled[1]);
  }
}
