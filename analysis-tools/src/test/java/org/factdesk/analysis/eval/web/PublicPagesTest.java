package org.factdesk.analysis.eval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicPagesTest {
  private static final String BODY =
      "The harbour board voted on Tuesday to extend the night ferry timetable until the end of"
          + " October, after a survey found that most late passengers were shift workers.";
  private static final String PAGE =
      "<html><head><title>Ferries</title><link rel=\"canonical\""
          + " href=\"https://www.example-harbour.test/news/ferries\"></head><body>"
          + "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>"
          + "<h1>Night ferries run longer</h1><p>"
          + BODY
          + "</p><script>var x = 1;</script><footer>Copyright Harbour Gazette</footer></body></html>";

  @Test
  void cleanEvalGoldLosesItsUrlLineAndMarks() {
    String gold =
        PublicPages.gold(
            PublicPages.Gold.CLEANEVAL,
            "URL: http://example.test/a\n<h>Night ferries\n\n<p>The board &amp; the town\n<l>one");

    assertEquals("Night ferries\nThe board & the town\none", gold);
  }

  @Test
  void annotatedGoldKeepsHeadlineAndFullTextOnly() {
    String annotated =
        "<div><span class=\"x-nc-sel1\">Night ferries</span><p class=\"x-nc-sel5\">Related: buses</p>"
            + "<div class=\"x-nc-sel2\"><p>First paragraph.</p><p class=\"x-nc-sel2\">Second.</p></div>"
            + "<div class=\"x-nc-sel4\">A reader's comment</div></div>";

    assertEquals(
        "Night ferries\nFirst paragraph.\nSecond.",
        PublicPages.gold(PublicPages.Gold.ANNOTATED, annotated));
  }

  @Test
  void charactersLostToQuestionMarksComeBackFromThePage() {
    String restored =
        PublicPages.restoreLostCharacters(
            "The ferry?s timetable ? longer now. Is it?",
            "The ferry’s timetable – longer now. Is it?");

    assertEquals("The ferry’s timetable – longer now. Is it?", restored);
  }

  @Test
  void theSiteComesFromTheCanonicalLinkWithoutWww() {
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(PAGE);

    assertEquals("example-harbour.test", PublicPages.host("", PAGE, doc));
    assertEquals("example.test", PublicPages.host("URL: http://www.example.test/x\n", PAGE, doc));
  }

  @Test
  void everyPageOfASiteFallsIntoTheSameSplit() {
    assertEquals(
        PublicPages.split("dragnet", "example.test"), PublicPages.split("dragnet", "example.test"));
    long dev =
        java.util.stream.IntStream.range(0, 1000)
            .filter(i -> PublicPages.split("c", "site" + i + ".test").equals(Page.DEV))
            .count();
    assertTrue(dev > 550 && dev < 650, dev + " of 1000 sites in dev");
  }

  @Test
  void visibleLinesSkipScriptsAndBreakAtBlocks() {
    List<String> lines = VisibleLines.of(org.jsoup.Jsoup.parse(PAGE).body());

    assertEquals(
        List.of("Home News", "Night ferries run longer", BODY, "Copyright Harbour Gazette"), lines);
  }

  @Test
  void convertsAFolderOfCorporaAndScoresIt(@TempDir Path tmp) throws IOException {
    Path source = tmp.resolve("merged");
    Path input = Files.createDirectories(source.resolve("dragnet_data/input"));
    Path gold = Files.createDirectories(source.resolve("dragnet_data/GoldStandard"));
    Files.writeString(input.resolve("1.html"), PAGE, StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("1.txt"), "Night ferries run longer\n" + BODY);
    Files.writeString(input.resolve("2.html"), PAGE, StandardCharsets.UTF_8);
    Files.writeString(gold.resolve("2.txt"), "too short"); // skipped: under 10 words
    Path out = tmp.resolve("eval");

    List<Page> pages =
        PublicPages.convert(source, out, new PrintStream(new ByteArrayOutputStream()));

    assertEquals(1, pages.size());
    Page page = pages.get(0);
    assertEquals("dragnet", page.corpus());
    assertEquals(Page.ARTICLE, page.kind());
    assertEquals("example-harbour.test", page.host());
    assertEquals("en", page.language());
    assertEquals(pages, Page.readIndex(out));
    assertTrue(Files.readString(page.lines(out)).startsWith("Home News\nNight ferries"));

    ByteArrayOutputStream report = new ByteArrayOutputStream();
    int code =
        WebEvaluation.run(
            new String[] {"score", out.toString(), "--split", "all"},
            new PrintStream(report, true, StandardCharsets.UTF_8),
            System.err);

    assertEquals(0, code);
    String table = report.toString(StandardCharsets.UTF_8);
    assertTrue(table.contains("| dragnet | 1 |"), table);
    // keep-all also keeps the menu and the footer: below 1; long-lines misses the headline
    assertTrue(table.contains("| all | 1 | "), table);
  }

  @Test
  void declaredLanguageIsThePrimarySubtagOfHtmlLang() {
    assertEquals("zh", PublicPages.declaredLanguage(Jsoup.parse("<html lang=\"zh-TW\"><p>新聞")));
    assertEquals("ja", PublicPages.declaredLanguage(Jsoup.parse("<html lang=JA><p>ニュース")));
  }

  @Test
  void aPageWithoutAUsableLangIsUndetermined() {
    assertEquals("und", PublicPages.declaredLanguage(Jsoup.parse("<html><p>新聞")));
    assertEquals("und", PublicPages.declaredLanguage(Jsoup.parse("<html lang=\"\"><p>新聞")));
    assertEquals("und", PublicPages.declaredLanguage(Jsoup.parse("<html lang=\"x\"><p>新聞")));
  }
}
