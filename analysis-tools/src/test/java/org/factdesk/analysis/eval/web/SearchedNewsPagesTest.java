package org.factdesk.analysis.eval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conversion of Utomo and Leu's searched news pages, on small pages written here. */
class SearchedNewsPagesTest {
  private static final String STORY =
      "The harbour board voted on Tuesday to close the north quay for repairs until the spring,"
          + " said its chair, “after two winters of storm damage.”";

  @TempDir Path tmp;

  @Test
  void aSubdomainIsItsSitesRegistrableDomain() {
    assertEquals("cnn.com", SearchedNewsPages.registrable("money.cnn.com"));
    assertEquals("bbc.co.uk", SearchedNewsPages.registrable("news.bbc.co.uk"));
    assertEquals("nypost.com", SearchedNewsPages.registrable("nypost.com"));
  }

  @Test
  void aPageSavedFromTheArchiveBelongsToTheSiteItsArchivedLinksPointTo() {
    String html =
        "<link rel=canonical href='https://web.archive.org/web/2005/http://www.example.com/a'>"
            + "<a href='/web/20050102030405/http://www.example.com/news'>News</a>"
            + "<a href='/web/20050102030405/http://sport.example.com/'>Sport</a>"
            + "<a href='/web/20050102030405im_/http://ads.other.net/x'>Ad</a>";
    assertEquals(
        "example.com",
        SearchedNewsPages.site(PublicPages.hostOf("https://web.archive.org/x"), Jsoup.parse(html)));
  }

  @Test
  void pagesAndTheirWindows1252GoldAreWrittenByYearAndSplitBySite() throws IOException {
    Path extraction = tmp.resolve("ir-research-data/Extraction");
    for (String folder : List.of("big5-05", "big5-09", "big5-13", "big5-17", "chaos-all")) {
      Files.createDirectories(extraction.resolve(folder).resolve("html"));
      Files.createDirectories(extraction.resolve(folder).resolve("gold"));
    }
    Path chaos = extraction.resolve("chaos-all");
    Files.writeString(
        chaos.resolve("html/harbour (2).htm"),
        "<html><head><link rel=canonical href='https://www.harbour-news.example/quay'></head>"
            + "<body><nav>Home</nav><p>"
            + STORY
            + "</p></body></html>");
    Files.write(
        chaos.resolve("gold/harbour (2).txt"), STORY.getBytes(Charset.forName("windows-1252")));
    Files.writeString(chaos.resolve("html/no gold.html"), "<p>" + STORY + "</p>");
    Path out = tmp.resolve("eval");

    List<Page> pages =
        SearchedNewsPages.convert(
            tmp.resolve("ir-research-data"), out, new PrintStream(new ByteArrayOutputStream()));

    assertEquals(1, pages.size());
    Page page = pages.get(0);
    assertEquals(SearchedNewsPages.CHAOS, page.corpus());
    assertEquals("harbour-2", page.id());
    assertEquals("harbour-news.example", page.host());
    assertEquals(PublicPages.split(SearchedNewsPages.CHAOS, "harbour-news.example"), page.split());
    assertEquals(Page.ARTICLE, page.kind());
    assertEquals(STORY, Files.readString(page.gold(out)));
    assertEquals("Home\n" + STORY, Files.readString(page.lines(out)));
  }
}
