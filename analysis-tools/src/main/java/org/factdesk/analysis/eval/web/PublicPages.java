package org.factdesk.analysis.eval.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factdesk.analysis.ArticleMetadata;
import org.factdesk.analysis.UnreadableInputException;
import org.factdesk.analysis.html.CharsetDeclaration;
import org.factdesk.analysis.text.LanguageDetector;
import org.factdesk.analysis.text.TextDecoder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns the public, human-annotated extraction corpora merged in the GitHub repository {@code
 * j-szulc/html-cleaning-dataset-merged} (a folder per corpus with {@code input/NAME.html} and
 * {@code GoldStandard/NAME.txt}) into the evaluation form: per page the input HTML as it was, its
 * visible lines (the plain-text form) and its gold main text, plus {@code index.tsv} naming each
 * page's corpus, kind, site, split and language (the engine's guess from the gold text, else the
 * page's {@code <html lang>}). Nothing of it belongs in the project's repository: the output folder
 * lives outside it.
 *
 * <p>The split is by site: every page of a site (host of its URL, else the page alone) falls into
 * {@code dev} or {@code test} by a hash of corpus and site, 60/40, so no site's template is seen in
 * both.
 */
public final class PublicPages {
  /** The corpora, their folder in the merged repository, how their gold is written, and kind. */
  enum Corpus {
    CLEANEVAL_DEV("cleaneval-dev", Gold.CLEANEVAL, Page.WEB),
    CLEANEVAL_FINAL("cleaneval-final", Gold.CLEANEVAL, Page.WEB),
    CLEANPORTALEVAL("CleanPortalEval-master", Gold.CLEANEVAL, Page.ARTICLE),
    DRAGNET("dragnet_data", Gold.PLAIN, Page.ARTICLE),
    L3S_GN1("page-signal-master", Gold.ANNOTATED, Page.ARTICLE),
    READABILITY("readability", Gold.HTML, Page.ARTICLE);

    final String folder;
    final Gold gold;
    final String kind;

    Corpus(String folder, Gold gold, String kind) {
      this.folder = folder;
      this.gold = gold;
      this.kind = kind;
    }

    String id() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  enum Gold {
    /** CleanEval's form: a "URL:" line, then text with {@code <p>}, {@code <h>}, {@code <l>}. */
    CLEANEVAL,
    /** Plain text. */
    PLAIN,
    /** The page itself, main text inside elements of class x-nc-sel1 (headline), -sel2 (text). */
    ANNOTATED,
    /** The expected article as HTML. */
    HTML
  }

  private static final Pattern CLEANEVAL_MARK = Pattern.compile("(?i)<\\s*[phl]\\s*>");
  private static final Pattern URL_LINE = Pattern.compile("\\A\\s*URL:\\s*(\\S+)");
  private static final Pattern TEXT_ID = Pattern.compile("\\A\\s*<text id=\"([^\"]+)\"");

  private PublicPages() {}

  /**
   * Converts every corpus found under {@code source} into {@code out} and writes their index;
   * returns the pages.
   */
  public static List<Page> convert(Path source, Path out, java.io.PrintStream log)
      throws IOException {
    List<Page> pages = new ArrayList<>();
    for (Corpus corpus : Corpus.values()) {
      Path folder = source.resolve(corpus.folder);
      if (!Files.isDirectory(folder.resolve("input"))) {
        log.println("not found, skipped: " + folder);
        continue;
      }
      Files.createDirectories(out.resolve(corpus.id()));
      int skipped = 0;
      List<Path> golds;
      try (Stream<Path> s = Files.list(folder.resolve("GoldStandard"))) {
        golds = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
      }
      for (Path goldFile : golds) {
        String name = goldFile.getFileName().toString();
        String id = name.substring(0, name.length() - 4);
        Path input = folder.resolve("input").resolve(id + ".html");
        if (!Files.isRegularFile(input)) {
          skipped++;
          continue;
        }
        byte[] html = Files.readAllBytes(input);
        String goldSource = decode(Files.readAllBytes(goldFile));
        Document doc = Jsoup.parse(decode(html), "", Parser.htmlParser());
        String lines = String.join("\n", VisibleLines.of(doc));
        String gold = gold(corpus.gold, goldSource);
        if (corpus.gold == Gold.ANNOTATED) {
          gold = restoreLostCharacters(gold, lines);
        }
        if (Overlap.words(gold).length < 10) {
          skipped++; // nothing to find on this page
          continue;
        }
        String host = host(goldSource, decode(html), doc);
        Path dir = out.resolve(corpus.id());
        Files.write(dir.resolve(id + ".html"), html);
        Files.writeString(dir.resolve(id + ".txt"), lines, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(id + ".gold"), gold, StandardCharsets.UTF_8);
        String language = LanguageDetector.detect(gold.toLowerCase(Locale.ROOT));
        if (language.equals(ArticleMetadata.UNDETERMINED)) {
          language = declaredLanguage(doc);
        }
        pages.add(
            new Page(
                corpus.id(),
                id,
                corpus.kind,
                host == null ? "-" : host,
                split(corpus.id(), host == null ? id : host),
                language));
      }
      log.println(
          corpus.id() + ": " + (golds.size() - skipped) + " pages, " + skipped + " skipped");
    }
    Page.writeIndex(out.resolve("index.tsv"), pages);
    return pages;
  }

  static String gold(Gold form, String text) {
    return switch (form) {
      case CLEANEVAL -> {
        String body = URL_LINE.matcher(text).replaceFirst("");
        body = CLEANEVAL_MARK.matcher(body).replaceAll("\n");
        yield lines(Parser.unescapeEntities(body, false));
      }
      case PLAIN -> lines(text);
      case ANNOTATED -> {
        Document doc = Jsoup.parse(text);
        List<String> out = new ArrayList<>();
        for (Element e : doc.select(".x-nc-sel1, .x-nc-sel2")) {
          if (!insideSelected(e)) {
            out.addAll(VisibleLines.of(e));
          }
        }
        yield String.join("\n", out);
      }
      case HTML -> String.join("\n", VisibleLines.of(Jsoup.parse(text)));
    };
  }

  /**
   * L3S-GN1's annotated copies lost every character outside Latin-1 to a '?' ("Kosovo?s" for
   * "Kosovo’s"), while its input pages kept them. A gold word with '?' takes the page's word that
   * reads the same with its non-ASCII characters as '?'; other words stay as they are.
   */
  static String restoreLostCharacters(String gold, String page) {
    Map<String, String> byMask = new HashMap<>();
    for (String word : Overlap.words(page)) {
      StringBuilder mask = new StringBuilder(word.length());
      boolean changed = false;
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (c > 0x7F) {
          mask.append('?');
          changed = true;
          if (Character.isHighSurrogate(c)) {
            i++;
          }
        } else {
          mask.append(c);
        }
      }
      if (changed) {
        byMask.putIfAbsent(mask.toString(), word);
      }
    }
    StringBuilder out = new StringBuilder(gold.length());
    Matcher m = Pattern.compile("\\S*\\?\\S*").matcher(gold);
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(byMask.getOrDefault(m.group(), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static boolean insideSelected(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.hasClass("x-nc-sel1") || p.hasClass("x-nc-sel2")) {
        return true;
      }
    }
    return false;
  }

  private static String lines(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String l = VisibleLines.collapse(line);
      if (!l.isEmpty()) {
        out.add(l);
      }
    }
    return String.join("\n", out);
  }

  /**
   * The language the page declares in {@code <html lang>} (its primary subtag, e.g. {@code zh} for
   * {@code zh-TW}), or "und": the fallback when the engine's detector, which knows seven
   * Latin-script languages by their stop words, cannot tell.
   */
  static String declaredLanguage(Document doc) {
    Element html = doc.selectFirst("html[lang]");
    String tag = html == null ? "" : html.attr("lang").strip().toLowerCase(Locale.ROOT);
    String primary = tag.split("[-_]", 2)[0];
    return primary.matches("[a-z]{2,3}") ? primary : ArticleMetadata.UNDETERMINED;
  }

  /** The page's site: from the gold's URL line, CleanEval's text id, canonical or og:url links. */
  static String host(String gold, String html, Document doc) {
    Matcher m = URL_LINE.matcher(gold);
    if (m.find()) {
      return hostOf(m.group(1));
    }
    m = TEXT_ID.matcher(html);
    if (m.find()) {
      return hostOf(m.group(1));
    }
    for (String css : new String[] {"link[rel=canonical]", "meta[property=og:url]", "base[href]"}) {
      Element e = doc.selectFirst(css);
      if (e != null) {
        String h = hostOf(e.hasAttr("href") ? e.attr("href") : e.attr("content"));
        if (h != null) {
          return h;
        }
      }
    }
    Map<String, Integer> hosts = new HashMap<>();
    for (Element a : doc.select("a[href^=http]")) {
      String h = hostOf(a.attr("href"));
      if (h != null) {
        hosts.merge(h, 1, Integer::sum);
      }
    }
    return hosts.entrySet().stream()
        .filter(e -> e.getValue() >= 5)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  static String hostOf(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null || host.equals("fakehost")) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** dev for 60 of 100 hash buckets of corpus and site, else test. */
  public static String split(String corpus, String site) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest((corpus + "/" + site).getBytes(StandardCharsets.UTF_8));
      int bucket = ((d[0] & 0xFF) << 8 | (d[1] & 0xFF)) % 100;
      return bucket < 60 ? Page.DEV : Page.TEST;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String decode(byte[] bytes) {
    try {
      return TextDecoder.decode(bytes, CharsetDeclaration.find(bytes)).text();
    } catch (UnreadableInputException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }
}
