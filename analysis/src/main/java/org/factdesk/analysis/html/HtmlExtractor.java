package org.factdesk.analysis.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.analysis.ArticleMetadata;
import org.factdesk.analysis.Block;
import org.factdesk.analysis.Flag;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.html.BlockCollector.RawBlock;
import org.factdesk.analysis.meta.TitleKey;
import org.factdesk.analysis.text.Words;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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

  /** Extracts blocks, boilerplate flags and metadata from decoded markup. */
  public static HtmlExtraction extract(String html, String baseUri) {
    String base = baseUri == null ? "" : baseUri;
    Document doc = Jsoup.parse(html, base, Parser.htmlParser());
    TextNodeOffsets offsets = TextNodeOffsets.find(html, doc);
    if (offsets == null) {
      // markup our offset pass does not follow: let jsoup track the offsets as it parses
      doc = Jsoup.parse(html, base, Parser.htmlParser().setTrackPosition(true));
    }
    ArticleMetadata metadata = HtmlMetadataReader.read(doc);
    BlockCollector collector = new BlockCollector(offsets);
    NodeTraversor.filter(collector, doc.body());
    collector.finish();
    List<RawBlock> raw = collector.blocks;
    List<Element> mainRoots = MainContentFinder.find(raw, collector.stats);
    String titleKey = metadata.title() == null ? null : TitleKey.of(metadata.title());
    Element headline = doc.body() == null ? null : doc.body().selectFirst("h1");

    // the same words start the reason of every block outside the main content
    String outside =
        mainRoots.isEmpty()
            ? null
            : "outside the main content " + BoilerplateHint.describe(mainRoots.get(0));
    List<Block> blocks = new ArrayList<>(raw.size());
    Map<Integer, Flag> flags = new HashMap<>();
    for (RawBlock b : raw) {
      int index = blocks.size();
      blocks.add(new Block(index, b.kind(), b.text(), b.start(), Math.max(b.start(), b.end())));
      boolean title = b.owner() == headline || isTitle(b, titleKey);
      Flag flag = judge(b, mainRoots, outside, collector, title);
      if (flag != null) {
        flags.put(index, flag);
      }
    }
    return new HtmlExtraction(blocks, flags, metadata);
  }

  private static Flag judge(
      RawBlock b,
      List<Element> mainRoots,
      String outside,
      BlockCollector collector,
      boolean title) {
    Map<Element, int[]> stats = collector.stats;
    Element hint = b.hint();
    if (hint != null && containsAny(hint, mainRoots, stats)) {
      hint = null; // a wrapper around the article, e.g. <div class="page has-sidebar">
    }
    boolean inMain = mainRoots.isEmpty() || insideAny(b.owner(), mainRoots, stats);
    if (inMain) {
      if (hint != null) {
        return new Flag(
            b.hintType(), 0.85, ID, "inside " + BoilerplateHint.describe(hint) + ", " + density(b));
      }
      if (b.linkDensity() >= 0.6 && Words.count(b.text()) <= 25 && !title) {
        return new Flag(
            FlagType.RELATED_LINKS,
            0.6,
            ID,
            "mostly link text inside the main content, " + density(b));
      }
      return null;
    }
    if (title && hint == null) {
      return null; // the headline often sits above the article body, in a page header
    }
    if (hint != null) {
      return new Flag(
          b.hintType(),
          0.85,
          ID,
          outside + ", inside " + BoilerplateHint.describe(hint) + ", " + density(b));
    }
    FlagType type = b.linkDensity() >= 0.5 ? FlagType.RELATED_LINKS : FlagType.SITE_CHROME;
    return new Flag(type, 0.65, ID, outside + ", " + density(b));
  }

  /** "link density 0.92"; formatted by hand because String.format showed up in profiles. */
  private static String density(RawBlock b) {
    long hundredths = Math.round(b.linkDensity() * 100);
    return "link density "
        + hundredths / 100
        + "."
        + (hundredths % 100 < 10 ? "0" : "")
        + hundredths % 100;
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
