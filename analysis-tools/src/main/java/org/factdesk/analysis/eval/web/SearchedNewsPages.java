package org.factdesk.analysis.eval.web;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Turns the web content extraction data of Utomo and Leu ("Subject-Assisted Extraction", the GitHub
 * repository {@code MSVCode/ir-research-data}, folder {@code Extraction}) into the evaluation form,
 * beside {@link PublicPages}:
 *
 * <ul>
 *   <li>{@value #BIG9}: ten news pages from each of nine sites (Ars Technica, BBC, CNN, Forbes, Fox
 *       News, the Los Angeles Times, New York Magazine, the New York Post, Yahoo! News) for each of
 *       2005, 2009, 2013 and 2017 ({@code big5-YY/html/NAME.htm[l]}, {@code
 *       big5-YY/gold/NAME.txt});
 *   <li>{@value #CHAOS}: 360 news pages of 2017 from some 240 sites, ten for each of 36 search
 *       queries ({@code chaos-all/…}).
 * </ul>
 *
 * The gold is the article's headline and text as plain text, written by people; its files are UTF-8
 * or windows-1252. A page's site is read from the page as for the merged corpora ({@link
 * PublicPages#host}); the pages are split by site as in {@link PublicPages#split}.
 */
public final class SearchedNewsPages {
  static final String BIG9 = "big9";
  static final String CHAOS = "chaos";

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9]+");
  private static final Pattern ARCHIVED = Pattern.compile("/web/\\d+[a-z_]*/(https?://[^\\s\"']+)");
  private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "ac", "gov");

  private SearchedNewsPages() {}

  /**
   * Converts both sets from a checkout of {@code MSVCode/ir-research-data} (or its {@code
   * Extraction} folder) into {@code out}; returns their pages, or none if the folder is not there.
   */
  public static List<Page> convert(Path checkout, Path out, PrintStream log) throws IOException {
    Path folder = checkout.resolve("Extraction");
    if (!Files.isDirectory(folder)) {
      folder = checkout;
    }
    if (!Files.isDirectory(folder.resolve("chaos-all"))) {
      log.println("not found, skipped: " + folder);
      return List.of();
    }
    List<Page> pages = new ArrayList<>();
    for (String year : List.of("05", "09", "13", "17")) {
      pages.addAll(convertFolder(folder.resolve("big5-" + year), BIG9, year + "-", out, log));
    }
    pages.addAll(convertFolder(folder.resolve("chaos-all"), CHAOS, "", out, log));
    return pages;
  }

  private static List<Page> convertFolder(
      Path folder, String corpus, String prefix, Path out, PrintStream log) throws IOException {
    List<Page> pages = new ArrayList<>();
    int skipped = 0;
    for (Path input : list(folder.resolve("html"))) {
      String name = input.getFileName().toString();
      String stem = name.replaceFirst("\\.html?\\z", "");
      Path goldFile = folder.resolve("gold").resolve(stem + ".txt");
      if (stem.equals(name) || !Files.isRegularFile(goldFile)) {
        skipped++;
        continue;
      }
      String gold = PublicPages.gold(PublicPages.Gold.PLAIN, text(Files.readAllBytes(goldFile)));
      byte[] html = Files.readAllBytes(input);
      String decoded = PublicPages.decode(html);
      Document doc = Jsoup.parse(decoded, "", Parser.htmlParser());
      String site = site(PublicPages.host("", decoded, doc), doc);
      Page page = MultilingualPages.write(out, corpus, prefix + id(stem), html, gold, site, "en");
      if (page == null) {
        skipped++;
      } else {
        pages.add(page);
      }
    }
    log.println(
        corpus
            + " "
            + folder.getFileName()
            + ": "
            + pages.size()
            + " pages, "
            + skipped
            + " skipped");
    return pages;
  }

  /**
   * The page's site: its registrable domain (money.cnn.com and cnn.com are one site), and for a
   * page saved from the Internet Archive, the site most of its archived links point to.
   */
  static String site(String host, Document doc) {
    if (host != null && host.endsWith("archive.org")) {
      Map<String, Integer> hosts = new HashMap<>();
      for (Element a : doc.select("a[href*=/web/]")) {
        Matcher m = ARCHIVED.matcher(a.attr("href"));
        String h = m.find() ? PublicPages.hostOf(m.group(1)) : null;
        if (h != null && !h.endsWith("archive.org")) {
          hosts.merge(registrable(h), 1, Integer::sum);
        }
      }
      return hosts.entrySet().stream()
          .max(
              Map.Entry.<String, Integer>comparingByValue()
                  .thenComparing(Map.Entry.comparingByKey()))
          .map(Map.Entry::getKey)
          .orElse(null);
    }
    return host == null ? null : registrable(MultilingualPages.site(host));
  }

  /** The last two labels of a host, three under a country's second level (co.uk, com.au). */
  static String registrable(String host) {
    String[] labels = host.split("\\.");
    int n = labels.length;
    if (n <= 2) {
      return host;
    }
    boolean countrySecondLevel =
        labels[n - 1].length() == 2 && SECOND_LEVEL.contains(labels[n - 2]);
    int keep = countrySecondLevel ? 3 : 2;
    return String.join(".", java.util.Arrays.copyOfRange(labels, n - keep, n));
  }

  /** A file name as a page id: "apple (10)" becomes "apple-10". */
  static String id(String stem) {
    String id = NOT_ID.matcher(stem.toLowerCase(Locale.ROOT)).replaceAll("-");
    return id.replaceAll("\\A-+|-+\\z", "");
  }

  /** A gold file's text: UTF-8 when it is valid UTF-8, else windows-1252. */
  static String text(byte[] bytes) {
    return new String(
        bytes, MultilingualPages.isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252);
  }

  private static List<Path> list(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
