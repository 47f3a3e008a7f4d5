package org.factdesk.analysis.eval.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conversion of non-English corpora, on small pages written here. */
class MultilingualPagesTest {
  private static final String ARTICLE =
      "Rząd przyjął we wtorek projekt zmiany ustawy o emeryturach i rentach zakładający zmianę"
          + " systemu waloryzacji świadczeń.";

  @TempDir Path tmp;

  @Test
  void numberedMirrorsOfANewspaperAreOneSite() {
    assertEquals("rizospastis.gr", MultilingualPages.site("www2.rizospastis.gr"));
    assertEquals("rizospastis.gr", MultilingualPages.site("WWW.Rizospastis.gr"));
    assertEquals("news.sina.com.tw", MultilingualPages.site("news.sina.com.tw"));
  }

  @Test
  void danielLanguagesAreReadFromItsFlatJsonObject() {
    assertEquals(
        Map.of("20120106_a.pl_1f", "Polish", "20111101_b.gr_2e", "Greek"),
        MultilingualPages.languages(
            "{\n  \"20120106_a.pl_1f\": \"Polish\",\n  \"20111101_b.gr_2e\": \"Greek\"\n}"));
  }

  @Test
  void danielPagesTakeTheirLanguageAndSiteFromTheCorpusAndWholePageReferencesAreSkipped()
      throws IOException {
    Path corpus = tmp.resolve("waddle/corpora/Corpus_daniel_v2.1");
    Files.createDirectories(corpus.resolve("html"));
    Files.createDirectories(corpus.resolve("reference"));
    String good = "20120106_www.rp.pl_0a1b";
    String wholePage = "20120106_www.rp.pl_0a1c";
    for (String id : List.of(good, wholePage)) {
      Files.writeString(
          corpus.resolve("html").resolve(id),
          "<html><body><nav>Strona główna</nav><p>" + ARTICLE + "</p></body></html>");
    }
    Files.writeString(
        corpus.resolve("reference").resolve(good), "<p>" + ARTICLE + " &quot;Tak&quot;</p>\n");
    Files.writeString(
        corpus.resolve("reference").resolve(wholePage), "<html><head><script></script></head>");
    Files.writeString(
        corpus.resolve("doc_lg.json"),
        "{\"" + good + "\": \"Polish\", \"" + wholePage + "\": \"Polish\"}");
    Path out = tmp.resolve("eval");

    List<Page> cut =
        MultilingualPages.convertDaniel(
            tmp.resolve("waddle"), out, new PrintStream(new ByteArrayOutputStream()));

    assertEquals(1, cut.size());
    Page page = cut.get(0);
    assertEquals(MultilingualPages.DANIEL, page.corpus());
    assertEquals("pl", page.language());
    assertEquals("rp.pl", page.host());
    assertEquals(PublicPages.split(MultilingualPages.DANIEL, "rp.pl"), page.split());
    assertEquals(ARTICLE + " \"Tak\"", Files.readString(page.gold(out)));
    assertEquals("Strona główna\n" + ARTICLE, Files.readString(page.lines(out)));
  }

  @Test
  void anUndeclaredGbkPageIsWrittenAsUtf8InTheCharsetItsWrapperRecords() {
    String page = "<text id=\"http://a.cn/1\" encoding=\"gb2312\"><p>新华社报道，中国经济增长。</p></text>";
    byte[] gbk = page.getBytes(Charset.forName("GBK"));

    assertArrayEquals(
        page.getBytes(StandardCharsets.UTF_8), MultilingualPages.inRecordedCharset(gbk));
  }

  @Test
  void declaredAndUtf8PagesKeepTheirBytes() {
    byte[] declared = "<meta charset=\"gbk\"><p>新华社报道</p>".getBytes(Charset.forName("GBK"));
    byte[] utf8 = "<p>新华社报道</p>".getBytes(StandardCharsets.UTF_8);

    assertSame(declared, MultilingualPages.inRecordedCharset(declared));
    assertSame(utf8, MultilingualPages.inRecordedCharset(utf8));
  }
}
