package org.factdesk.analysis.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.analysis.ArticleMetadata;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.TextBlock;
import org.factdesk.analysis.html.BlockCollector.RawBlock;
import org.factdesk.analysis.meta.TitleKey;
import org.factdesk.analysis.text.Words;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML page into blocks. Every visible text block is kept; those outside the main content,
 * inside elements whose tag, role, class or id announce boilerplate, or made mostly of link text
 * are flagged with the evidence in the reason, e.g. {@code inside <aside class="related-posts">,
 * link density 0.92}. The editor sees and can overrule each one.
 */
public final class HtmlExtractor {
  public static final String ID = "html-boilerplate";

  private static final Pattern TAG =
      Pattern.compile(
          "</?(?:p|div|br|span|a|h[1-6]|li|ul|body|article|section|table|td|img|meta|title)\\b",
          Pattern.CASE_INSENSITIVE);

  private HtmlExtractor() {}

  /** True when the text starts like an HTML document or carries several common tags early on. */
  public static boolean looksLikeHtml(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    String head = text.substring(i, Math.min(text.length(), i + 4096)).toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html")
        || head.startsWith("<html")
        || head.startsWith("<?xml") && head.contains("<html")) {
      return true;
    }
    Matcher m = TAG.matcher(head);
    int tags = 0;
    while (m.find() && tags < 3) {
      tags++;
    }
    return tags >= 3;
  }

  /** A parsed page: its raw blocks, the DOM evidence about them and their feature rows. */
  record Parsed(
      List<RawBlock> blocks,
      Map<Element, int[]> stats,
      List<Element> mainRoots,
      ArticleMetadata metadata,
      boolean[] titles,
      String titleKey,
      float[][] features) {}

  static Parsed parse(String html, String baseUri) {
    String base = baseUri == null ? "" : baseUri;
    // Markup our offset pass does not follow (elements that a table moves out of it, scripts with
    // a double escape: 8% of public pages) is parsed once, with jsoup tracking the offsets, not
    // parsed, given up on and parsed again.
    TextNodeOffsets.Runs runs = TextNodeOffsets.runs(html);
    Document doc = parse(html, base, runs == null);
    int unclosedTitle = unclosedTitle(doc, html);
    String markup = html;
    if (unclosedTitle >= 0) {
      markup = html.substring(0, unclosedTitle) + CLOSE_TITLE + html.substring(unclosedTitle);
      runs = TextNodeOffsets.runs(markup);
      doc = parse(markup, base, runs == null);
    }
    TextNodeOffsets offsets = TextNodeOffsets.find(runs, doc);
    if (offsets == null && runs != null) {
      // the runs did not match the parsed text nodes: let jsoup track the offsets as it parses
      doc = parse(markup, base, true);
    }
    ArticleMetadata metadata = HtmlMetadataReader.read(doc);
    BlockCollector collector = new BlockCollector(offsets);
    NodeTraversor.filter(collector, doc.body());
    collector.finish();
    List<RawBlock> raw = collector.blocks;
    if (unclosedTitle >= 0) {
      raw = shiftedBack(raw, unclosedTitle);
    }
    List<Element> mainRoots = MainContentFinder.find(raw, collector.stats);
    String titleKey = metadata.title() == null ? null : TitleKey.of(metadata.title());
    Element headline = doc.body() == null ? null : doc.body().selectFirst("h1");
    boolean[] titles = new boolean[raw.size()];
    for (int i = 0; i < titles.length; i++) {
      RawBlock b = raw.get(i);
      titles[i] = b.owner() == headline || isTitle(b, titleKey);
    }
    float[][] features =
        HtmlBlockFeatures.compute(raw, collector.stats, mainRoots, headline, titles);
    return new Parsed(raw, collector.stats, mainRoots, metadata, titles, titleKey, features);
  }

  private static final String CLOSE_TITLE = "</title>";

  /**
   * The page parsed by jsoup; with {@code track}, jsoup records where each node came from (slower:
   * a line and column for every node and attribute), which the blocks then read their offsets from.
   */
  private static Document parse(String markup, String base, boolean track) {
    Parser parser = Parser.htmlParser();
    return Jsoup.parse(markup, base, track ? parser.setTrackPosition(true) : parser);
  }

  /**
   * Where a {@code <title>} that is never closed should have ended, or -1. An HTML parser reads
   * everything after such a title as its text, so the page shows nothing; older browsers ended the
   * title at the next tag, and so does this: the place is the first {@code <} after the title tag.
   */
  private static int unclosedTitle(Document doc, String html) {
    Element title = doc.head() == null ? null : doc.head().selectFirst("title");
    if (title == null
        || title.childNodeSize() != 1
        || !(title.childNode(0) instanceof TextNode text)
        || text.getWholeText().length() < 300
        || text.getWholeText().indexOf('<') < 0) {
      return -1;
    }
    String lower = html.toLowerCase(Locale.ROOT);
    if (lower.contains("</title")) {
      return -1;
    }
    int open = lower.indexOf("<title");
    int end = open < 0 ? -1 : html.indexOf('>', open);
    return end < 0 ? -1 : html.indexOf('<', end);
  }

  /** The blocks with their offsets moved back over the {@code </title>} inserted at {@code at}. */
  private static List<RawBlock> shiftedBack(List<RawBlock> blocks, int at) {
    List<RawBlock> out = new ArrayList<>(blocks.size());
    for (RawBlock b : blocks) {
      out.add(
          new RawBlock(
              b.owner(),
              b.kind(),
              b.text(),
              b.start() >= at ? b.start() - CLOSE_TITLE.length() : b.start(),
              b.end() >= at ? b.end() - CLOSE_TITLE.length() : b.end(),
              b.textChars(),
              b.linkChars(),
              b.hint(),
              b.hintType(),
              b.depth(),
              b.tags(),
              b.nearest(),
              b.path()));
    }
    return out;
  }

  /** Extracts blocks, boilerplate flags and metadata from decoded markup. */
  public static HtmlExtraction extract(String html, String baseUri) {
    Parsed page = parse(html, baseUri);
    List<RawBlock> raw = page.blocks();
    double[] p = HtmlBlockModel.shipped().probabilities(raw, page.features());
    boolean[] comments = new boolean[p.length];
    for (int i = 0; i < p.length; i++) {
      comments[i] = HtmlBlockModel.inReadersComments(page.features()[i]);
    }
    List<Element> mainRoots = page.mainRoots();
    // the same words describe the main content in the reason of every block outside it
    String main = mainRoots.isEmpty() ? null : BoilerplateHint.describe(mainRoots.get(0));
    int headline = headline(page, p);
    List<TextBlock> blocks = new ArrayList<>(raw.size());
    Map<Integer, DetectorFlag> flags = new HashMap<>();
    for (RawBlock b : raw) {
      int index = blocks.size();
      blocks.add(new TextBlock(index, b.kind(), b.text(), b.start(), Math.max(b.start(), b.end())));
      boolean comment = comments[index] && p[index] >= HtmlBlockModel.THRESHOLD;
      if ((p[index] < HtmlBlockModel.THRESHOLD || comment) && index != headline) {
        boolean link = HtmlBlockModel.isShortLink(page.features()[index]);
        String lead =
            link
                ? "a short link"
                : comment
                    ? COMMENTS + " (block model " + hundredths(p[index]) + " for text)"
                    : "block model " + hundredths(1 - p[index]);
        double confidence = link || comment ? 0.9 : 1 - p[index];
        flags.put(index, flag(b, lead, confidence, mainRoots, main, page.stats()));
      }
    }
    keepContinuations(page, p, comments, flags);
    flagThreads(page, flags, headline, mainRoots, main);
    flagCopies(raw, flags, page.titles());
    return new HtmlExtraction(blocks, flags, page.metadata());
  }

  /**
   * Flags the kept blocks of readers' comment threads that no class or id names, recognised by
   * their shape after the article ({@link CommentThreads}, decision 0053).
   */
  private static void flagThreads(
      Parsed page,
      Map<Integer, DetectorFlag> flags,
      int headline,
      List<Element> mainRoots,
      String main) {
    List<RawBlock> raw = page.blocks();
    for (int[] t : CommentThreads.find(raw, page.stats(), i -> !flags.containsKey(i))) {
      String lead = COMMENTS + " (a thread by its shape, from block " + (t[0] + 1) + ")";
      for (int i = t[0]; i <= t[1]; i++) {
        if (!flags.containsKey(i) && i != headline) {
          flags.put(i, flag(raw.get(i), lead, 0.8, mainRoots, main, page.stats()));
        }
      }
    }
  }

  /**
   * Keeps the text of a post's continuation that the model flagged: the element right after a
   * main-content root whose class or id says "more" and nothing else a hint reads (blog engines put
   * the part of a post after its "continue reading" break in {@code <div class="entry-more">} or
   * {@code <div id="more">} beside the post's body). "more" alone marks "more stories" boxes too,
   * which are link lists: the element must be mostly text that is no link, and only its own blocks
   * that are not link text come back, not those of boxes nested in it (decision 0056).
   */
  private static void keepContinuations(
      Parsed page, double[] p, boolean[] comments, Map<Integer, DetectorFlag> flags) {
    List<Element> continuations = new ArrayList<>(1);
    for (Element root : page.mainRoots()) {
      Element next = root.nextElementSibling();
      while (next != null && empty(next, page.stats())) {
        next = next.nextElementSibling(); // an anchor <a id="more"></a> marks the break
      }
      if (next != null && isContinuation(next, page.stats())) {
        continuations.add(next);
      }
    }
    if (continuations.isEmpty()) {
      return;
    }
    List<RawBlock> raw = page.blocks();
    for (int i = 0; i < raw.size(); i++) {
      RawBlock b = raw.get(i);
      if (continuations.contains(b.hint())
          && flags.containsKey(i)
          && p[i] < HtmlBlockModel.THRESHOLD
          && !comments[i]
          && !HtmlBlockModel.isShortLink(page.features()[i])
          && b.linkDensity() < CONTINUATION_LINKS) {
        flags.remove(i);
      }
    }
  }

  private static boolean empty(Element e, Map<Element, int[]> stats) {
    int[] st = stats.get(e);
    return st == null || st[0] == 0;
  }

  /** The most link text a continuation of the post may hold, as a share of its text. */
  static final double CONTINUATION_LINKS = 0.3;

  private static boolean isContinuation(Element e, Map<Element, int[]> stats) {
    int[] st = stats.get(e);
    return st != null
        && st[0] > 0
        && MainContentFinder.density(st) < CONTINUATION_LINKS
        && namesContinuation(e);
  }

  /** True when an element's class or id says "more" and no other word a hint reads, nor a role. */
  static boolean namesContinuation(Element e) {
    boolean more = false;
    for (String token : BoilerplateHint.tokens(e)) {
      if (token.equals("more")) {
        more = true;
      } else if (BoilerplateHint.ofToken(token) != null) {
        return false;
      }
    }
    return more && e.attr("role").isEmpty();
  }

  /** A kept block of at least this many characters that repeats an earlier kept block is a copy. */
  static final int COPY_CHARS = 40;

  /** A page holds its text twice when at least this many blocks are copies. */
  static final int MIN_COPIES = 2;

  /**
   * Flags kept blocks that repeat the text of an earlier kept block: pages that hold their article
   * twice or three times (a print or mobile copy hidden by style sheets, a teaser of the lead
   * paragraph) would otherwise give the article's text twice. Titles are left to the
   * duplicate-title detector.
   */
  private static void flagCopies(
      List<RawBlock> raw, Map<Integer, DetectorFlag> flags, boolean[] titles) {
    Map<String, Integer> first = new HashMap<>();
    Map<Integer, Integer> copies = new LinkedHashMap<>();
    for (int i = 0; i < raw.size(); i++) {
      String text = raw.get(i).text();
      if (flags.containsKey(i) || titles[i] || text.length() < COPY_CHARS) {
        continue;
      }
      Integer earlier = first.putIfAbsent(text.strip(), i);
      if (earlier != null && !sameParent(raw.get(earlier), raw.get(i))) {
        copies.put(i, earlier);
      }
    }
    if (copies.size() < MIN_COPIES) {
      return; // a paragraph quoted again, a lead repeated as a teaser: the gold keeps both
    }
    copies.forEach(
        (i, earlier) ->
            flags.put(
                i,
                new DetectorFlag(
                    FlagType.SITE_CHROME,
                    0.9,
                    ID,
                    "a copy of block " + (earlier + 1) + ": the page holds its text twice")));
  }

  /** Paragraphs repeated side by side in one element are the text's own (a refrain, a sample). */
  private static boolean sameParent(RawBlock a, RawBlock b) {
    return a.owner() != null
        && b.owner() != null
        && a.owner().parent() != null
        && a.owner().parent() == b.owner().parent();
  }

  /**
   * The block kept as the article's headline although the model would flag it, or -1: the first
   * block whose text is the page's title (from its meta tags, JSON-LD or h1) and that no element
   * marks as boilerplate, when no block with the title's text is kept already. The headline often
   * sits above the article, in a page header with the site's menus, where the model doubts it.
   */
  private static int headline(Parsed page, double[] p) {
    if (page.titleKey() == null) {
      return -1;
    }
    int first = -1;
    for (int i = 0; i < p.length; i++) {
      RawBlock b = page.blocks().get(i);
      if (!isTitle(b, page.titleKey())) {
        continue;
      }
      if (p[i] >= HtmlBlockModel.THRESHOLD) {
        return -1;
      }
      if (first < 0 && b.hint() == null) {
        first = i;
      }
    }
    return first;
  }

  /**
   * The flag of a block the model takes for boilerplate. Its type comes from the element evidence:
   * the type an enclosing element's tag, role, class or id announces ({@link BoilerplateHint}),
   * else related links when most of its text is link text, else site chrome. The reason gives the
   * model's confidence (or says it is a short link, which the model does not score) and the
   * evidence a reader can check, e.g. {@code block model 0.93: inside <nav>, outside the main
   * content <div id="story">, 7 words, link density 0.80}.
   */
  private static DetectorFlag flag(
      RawBlock b,
      String lead,
      double confidence,
      List<Element> mainRoots,
      String main,
      Map<Element, int[]> stats) {
    Element hint = b.hint();
    if (hint != null && containsAny(hint, mainRoots, stats)) {
      hint = null; // a wrapper around the article, e.g. <div class="page has-sidebar">
    }
    FlagType type;
    if (hint != null) {
      type = b.hintType();
    } else {
      type = b.linkDensity() >= 0.5 ? FlagType.RELATED_LINKS : FlagType.SITE_CHROME;
    }
    StringBuilder reason = new StringBuilder(lead);
    if (hint != null) {
      reason.append(INSIDE).append(BoilerplateHint.describe(hint)).append(',');
    } else {
      reason.append(':');
    }
    if (main != null && !insideAny(b.owner(), mainRoots, stats)) {
      reason.append(" outside the main content ").append(main).append(',');
    }
    int words = Words.count(b.text());
    reason.append(' ').append(words).append(words == 1 ? " word, " : " words, ");
    reason.append(density(b));
    return new DetectorFlag(type, Math.round(confidence * 100) / 100.0, ID, reason.toString());
  }

  /**
   * Whether a flag is the block model's with a type guessed from link density alone (related links
   * or site chrome), not announced by an element nor a block of readers' comments: the learned
   * insert types may retype it (decision 0040).
   */
  public static boolean typeFromShape(DetectorFlag flag) {
    return flag.detector().equals(ID)
        && !flag.reason().contains(INSIDE)
        && !flag.reason().startsWith(COMMENTS);
  }

  /** Whether a flag is the block model's on a block of readers' comments. */
  public static boolean isReadersComments(DetectorFlag flag) {
    return flag.detector().equals(ID) && flag.reason().startsWith(COMMENTS);
  }

  private static final String INSIDE = ": inside ";
  private static final String COMMENTS = "readers' comments";

  /** "link density 0.92". */
  private static String density(RawBlock b) {
    return "link density " + hundredths(b.linkDensity());
  }

  /** 0.92 for 0.9234; formatted by hand because String.format showed up in profiles. */
  private static String hundredths(double d) {
    long h = Math.round(d * 100);
    return h / 100 + "." + (h % 100 < 10 ? "0" : "") + h % 100;
  }

  private static boolean isTitle(RawBlock b, String titleKey) {
    return titleKey != null
        && TitleKey.couldMatch(b.text(), titleKey)
        && TitleKey.of(b.text()).equals(titleKey);
  }

  private static boolean insideAny(Element e, List<Element> roots, Map<Element, int[]> stats) {
    if (e == null) {
      return false;
    }
    int[] mine = stats.get(e);
    if (mine == null) {
      return false;
    }
    for (Element root : roots) {
      int[] r = stats.get(root);
      if (r != null && r[2] <= mine[2] && mine[3] <= r[3]) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAny(Element e, List<Element> roots, Map<Element, int[]> stats) {
    int[] mine = stats.get(e);
    if (mine == null) {
      return false;
    }
    for (Element root : roots) {
      int[] r = stats.get(root);
      if (r != null && mine[2] <= r[2] && r[3] <= mine[3]) {
        return true;
      }
    }
    return false;
  }
}
