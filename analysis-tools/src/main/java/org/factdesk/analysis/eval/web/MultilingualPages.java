package org.factdesk.analysis.eval.web;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
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
import org.factdesk.analysis.html.CharsetDeclaration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Turns public, human-annotated pages in languages other than English into the evaluation form,
 * beside the mostly English corpora of {@link PublicPages}:
 *
 * <ul>
 *   <li>{@value #DANIEL}: the news pages of the DAnIEL corpus (Lejeune and Zhu 2018, "A New
 *       Proposal for Evaluating Web Page Cleaning Tools"), main text re-annotated by hand in the
 *       GitHub repository {@code rundimeco/waddle}, folder {@code corpora/Corpus_daniel_v2.1}:
 *       {@code html/NAME}, {@code reference/NAME} (the main text as {@code <p>} lines) and {@code
 *       doc_lg.json} naming each page's language (Chinese, English, Greek, Polish, Russian). NAME
 *       is {@code DATE_HOST_HASH}.
 *   <li>{@value #ZH_HANDCRAFTED}: the Chinese pages of {@code
 *       immortal-autumn/Chinese-Web-Content-Extraction-Dataset}, {@code original/NAME.html} with
 *       its main text copied out by hand in {@code cleaned/NAME.txt}.
 * </ul>
 *
 * The language of a page is the dataset's own (its metadata, or the whole dataset's language), not
 * the engine's guess: the engine's detector knows seven Latin-script languages only. Pages are
 * split by site as in {@link PublicPages#split}.
 */
public final class MultilingualPages {
  static final String DANIEL = "daniel";
  static final String ZH_HANDCRAFTED = "zh-handcrafted";

  /** DAnIEL's language names, as ISO 639-1 codes. */
  private static final Map<String, String> DANIEL_LANGUAGES =
      Map.of("Chinese", "zh", "English", "en", "Greek", "el", "Polish", "pl", "Russian", "ru");

  private static final Pattern JSON_ENTRY = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern DANIEL_NAME = Pattern.compile("\\A\\d{8}_([^_]+)_[0-9a-f]+\\z");
  private static final Pattern NUMBERED_WWW = Pattern.compile("\\Awww\\d*\\.");
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Pattern RECORDED_ENCODING =
      Pattern.compile("\\s*<text\\b[^>]*\\bencoding=\"([A-Za-z0-9_-]+)\"");
  private static final Pattern WHOLE_PAGE = Pattern.compile("(?i)<(html|head|body|script)\\b");

  private MultilingualPages() {}

  /**
   * Converts DAnIEL from a checkout of {@code rundimeco/waddle} (or its corpus folder) into {@code
   * out}; returns its pages, or none if the folder is not there.
   */
  public static List<Page> convertDaniel(Path checkout, Path out, PrintStream log)
      throws IOException {
    Path folder = checkout.resolve("corpora/Corpus_daniel_v2.1");
    if (!Files.isDirectory(folder)) {
      folder = checkout;
    }
    Path languagesFile = folder.resolve("doc_lg.json");
    if (!Files.isDirectory(folder.resolve("html")) || !Files.isRegularFile(languagesFile)) {
      log.println("not found, skipped: " + folder);
      return List.of();
    }
    Map<String, String> languages = languages(Files.readString(languagesFile));
    List<Page> pages = new ArrayList<>();
    int skipped = 0;
    for (Path input : list(folder.resolve("html"))) {
      String id = input.getFileName().toString();
      Path reference = folder.resolve("reference").resolve(id);
      String language = DANIEL_LANGUAGES.get(languages.get(id));
      Matcher name = DANIEL_NAME.matcher(id);
      if (!Files.isRegularFile(reference) || language == null || !name.matches()) {
        log.println(DANIEL + ": no reference, language or site, skipped: " + id);
        skipped++;
        continue;
      }
      String referenceText = PublicPages.decode(Files.readAllBytes(reference));
      if (WHOLE_PAGE.matcher(referenceText).find()) {
        // one reference file is a copy of a whole page, not its main text
        log.println(DANIEL + ": reference is a whole page, skipped: " + id);
        skipped++;
        continue;
      }
      String gold = String.join("\n", VisibleLines.of(Jsoup.parse(referenceText)));
      Page page =
          write(out, DANIEL, id, Files.readAllBytes(input), gold, site(name.group(1)), language);
      if (page == null) {
        skipped++;
      } else {
        pages.add(page);
      }
    }
    log.println(DANIEL + ": " + pages.size() + " pages, " + skipped + " skipped");
    return pages;
  }

  /**
   * Converts the hand-made Chinese set from a checkout of {@code
   * immortal-autumn/Chinese-Web-Content-Extraction-Dataset} into {@code out}; returns its pages, or
   * none if the folder is not there.
   */
  public static List<Page> convertChineseHandcrafted(Path checkout, Path out, PrintStream log)
      throws IOException {
    Path originals = checkout.resolve("original");
    if (!Files.isDirectory(originals) || !Files.isDirectory(checkout.resolve("cleaned"))) {
      log.println("not found, skipped: " + checkout);
      return List.of();
    }
    List<Page> pages = new ArrayList<>();
    int skipped = 0;
    int recoded = 0;
    for (Path goldFile : list(checkout.resolve("cleaned"))) {
      String name = goldFile.getFileName().toString();
      String id = name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
      Path input = originals.resolve(id + ".html");
      if (id.equals(name) || !Files.isRegularFile(input)) {
        skipped++;
        continue;
      }
      byte[] html = Files.readAllBytes(input);
      byte[] transcoded = inRecordedCharset(html);
      if (transcoded != html) {
        recoded++;
        html = transcoded;
      }
      String gold =
          PublicPages.gold(
              PublicPages.Gold.PLAIN, PublicPages.decode(Files.readAllBytes(goldFile)));
      Document doc = Jsoup.parse(PublicPages.decode(html), "", Parser.htmlParser());
      String host = PublicPages.host("", PublicPages.decode(html), doc);
      Page page =
          write(out, ZH_HANDCRAFTED, id, html, gold, host == null ? null : site(host), "zh");
      if (page == null) {
        skipped++;
      } else {
        pages.add(page);
      }
    }
    log.println(
        ZH_HANDCRAFTED
            + ": "
            + pages.size()
            + " pages, "
            + skipped
            + " skipped, "
            + recoded
            + " undeclared GBK pages written as UTF-8");
    return pages;
  }

  /**
   * The page as UTF-8 when it is not UTF-8 and declares no charset a browser would find: some pages
   * of the Chinese set were saved without the HTTP header that named their charset, which the set
   * records at best in a CleanEval-style {@code <text … encoding="gb2312">} wrapper. Read as the
   * engine must read an undeclared page (windows-1252), their text would be mojibake, and the
   * measure one of charset guessing, not of extraction. Such a page is decoded in the charset
   * recorded, else GB18030 (which contains GB2312 and GBK), as a browser would decode it (a broken
   * sequence becomes U+FFFD), provided fewer than 1 in 1,000 characters are broken; otherwise, and
   * for every other page, the bytes are returned as they are.
   */
  static byte[] inRecordedCharset(byte[] html) {
    if (CharsetDeclaration.find(html) != null || isUtf8(html)) {
      return html;
    }
    Matcher m = RECORDED_ENCODING.matcher(new String(html, StandardCharsets.ISO_8859_1));
    Charset charset = GB18030;
    if (m.lookingAt() && Charset.isSupported(m.group(1))) {
      Charset recorded = Charset.forName(m.group(1));
      // browsers read gb2312 and gbk as GB18030
      charset = Set.of("GB2312", "GBK").contains(recorded.name()) ? GB18030 : recorded;
    }
    String text = new String(html, charset);
    long broken = text.chars().filter(c -> c == '\uFFFD').count();
    return broken * 1000 < text.length() ? text.getBytes(StandardCharsets.UTF_8) : html;
  }

  static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * Writes a page's three files under {@code out/corpus}; null when its gold is too short to
   * measure anything. A page of unknown site is split on its own.
   */
  static Page write(
      Path out, String corpus, String id, byte[] html, String gold, String site, String language)
      throws IOException {
    if (Overlap.words(gold).length < 10) {
      return null;
    }
    Document doc = Jsoup.parse(PublicPages.decode(html), "", Parser.htmlParser());
    String lines = String.join("\n", VisibleLines.of(doc));
    Path dir = out.resolve(corpus);
    Files.createDirectories(dir);
    Files.write(dir.resolve(id + ".html"), html);
    Files.writeString(dir.resolve(id + ".txt"), lines, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(id + ".gold"), gold, StandardCharsets.UTF_8);
    return new Page(
        corpus,
        id,
        Page.ARTICLE,
        site == null ? "-" : site,
        PublicPages.split(corpus, site == null ? id : site),
        language);
  }

  /**
   * A host as a site: lower case, without a leading {@code www.}, {@code www1.} or {@code www2.},
   * so that the numbered mirrors of one newspaper fall into one split.
   */
  static String site(String host) {
    return NUMBERED_WWW.matcher(host.toLowerCase(Locale.ROOT)).replaceFirst("");
  }

  /** The flat {@code {"NAME": "Language", …}} object of DAnIEL's {@code doc_lg.json}. */
  static Map<String, String> languages(String json) {
    Map<String, String> languages = new HashMap<>();
    Matcher m = JSON_ENTRY.matcher(json);
    while (m.find()) {
      languages.put(m.group(1), m.group(2));
    }
    return languages;
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
