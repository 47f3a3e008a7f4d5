package org.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.support.WarcSamples;
import org.junit.jupiter.api.Test;

/** Web archives become one item per record that holds a page; the rest is skipped with a reason. */
class WarcEntriesTest {

  private static final BatchReader.Limits LIMITS =
      new BatchReader.Limits(1_000_000, 10_000_000, 100, 5_000_000, 10_000);

  private final BatchReader cut = new BatchReader(LIMITS);

  @Test
  void aCrawlWithMixedRecordsGivesTwoArticlesAndSaysWhyTheRestIsSkipped() {
    for (boolean gzip : List.of(false, true)) {
      String file = gzip ? "crawl.warc.gz" : "crawl.warc";
      List<BatchReader.Entry> entries = cut.read(file, WarcSamples.mixed("m1", gzip));
      assertEquals(7, entries.size(), entries.toString());

      BatchReader.Entry html = entries.get(0);
      assertFalse(html.isFailed(), html.problem());
      assertEquals(file + " #3 https://tram.example/news/lodz-m1", html.name());
      assertEquals(ContentHint.HTML, html.hint());
      assertEquals("https://tram.example/news/lodz-m1", html.source().url());
      assertEquals(WarcSamples.CAPTURED, html.source().capturedAt());
      assertEquals("ISO-8859-2", html.source().charset());
      assertEquals(
          WarcSamples.latinPage("m1"),
          new String(html.bytes(), WarcSamples.LATIN_2),
          "the payload");

      BatchReader.Entry text = entries.get(1);
      assertFalse(text.isFailed(), text.problem());
      assertEquals(ContentHint.AUTO, text.hint());
      assertEquals(WarcSamples.CAPTURED.plusSeconds(4), text.source().capturedAt());

      List<String> skipped =
          entries.subList(2, 7).stream()
              .peek(e -> assertTrue(e.skipped() && e.isFailed(), e.toString()))
              .map(BatchReader.Entry::problem)
              .toList();
      assertTrue(
          skipped.get(0).endsWith(": image/png is not HTML or text; not imported"), skipped.get(0));
      assertTrue(
          skipped.get(1).contains(": HTTP 301 redirect to https://tram.example/news/lodz-m1"),
          skipped.get(1));
      assertTrue(
          skipped.get(2).contains(": a revisit record of the capture of 2025-06-12T08:30:05Z"),
          skipped.get(2));
      assertTrue(
          skipped.get(3).contains("amp/lodz-m1: the same payload (sha1:")
              && skipped.get(3).endsWith(" as " + html.name() + "; not imported"),
          skipped.get(3));
      assertEquals(
          file
              + ": 1 request, 1 warcinfo record(s) hold no page (requests, metadata, archive"
              + " information); not imported",
          skipped.get(4));
    }
  }

  @Test
  void theHttpCharsetDecodesAPageThatDeclaresNone() {
    BatchReader.Entry html = cut.read("crawl.warc", WarcSamples.mixed("m2", false)).get(0);
    AnalysisResult result = new Analyzer().analyze(html.bytes(), html.hint(), html.source());
    assertEquals("ISO-8859-2", result.charset());
    assertEquals("Łódź Tram Line Reopens m2", result.metadata().title());
    assertTrue(result.cleanText().contains("86 million złoty"), result.cleanText());
    AnalysisResult guessed =
        new Analyzer().analyze(html.bytes(), html.hint(), org.factdesk.analysis.SourceInfo.NONE);
    assertFalse(guessed.metadata().title().startsWith("Łódź"), "without the header it is misread");
  }

  @Test
  void badArchivesAreNamedWithTheProblemAndWhatWasReadBeforeItIsKept() {
    assertEquals(
        List.of("empty.warc: the file is empty"), problems(cut.read("empty.warc", new byte[0])));
    List<String> notWarc =
        problems(
            cut.read(
                "notes.warc",
                "Dear editor,\nhere are my notes.\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals(1, notWarc.size());
    assertTrue(
        notWarc.get(0).startsWith("notes.warc: this is not a web archive (WARC)"), notWarc.get(0));

    byte[] whole = WarcSamples.mixed("m3", true);
    List<BatchReader.Entry> cutOff =
        cut.read("cut.warc.gz", Arrays.copyOf(whole, whole.length * 2 / 3));
    BatchReader.Entry last = cutOff.get(cutOff.size() - 1);
    assertTrue(last.isFailed() && !last.skipped(), last.toString());
    assertTrue(
        last.problem()
            .startsWith("cut.warc.gz: the archive is cut off or not valid gzip after record"),
        last.problem());
    assertTrue(last.problem().endsWith("; the records before it are imported"), last.problem());
    assertFalse(cutOff.get(0).isFailed(), "the first page was read whole");
  }

  @Test
  void aRealPublicCrawlIfOneWasFetchedReadsWithoutFailures() throws Exception {
    // A WARC written by a real crawler (see README, "WARC import"): outside the repository, so this
    // test says which file it read and fails if the folder exists but holds no archive.
    Path folder = Path.of(System.getProperty("factdesk.warc.samples", "/work/data/warc-samples"));
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isDirectory(folder), "no public WARC sample at " + folder + " (optional)");
    List<Path> archives;
    try (var files = Files.list(folder)) {
      archives =
          files.filter(p -> WarcEntries.isWarc(p.getFileName().toString())).sorted().toList();
    }
    assertFalse(archives.isEmpty(), "no .warc or .warc.gz in " + folder);
    BatchReader roomy =
        new BatchReader(new BatchReader.Limits(10_000_000, 1L << 31, 100_000, 1L << 31, 200_000));
    int pages = 0;
    for (Path archive : archives) {
      List<BatchReader.Entry> entries =
          roomy.read(archive.getFileName().toString(), Files.readAllBytes(archive));
      for (BatchReader.Entry e : entries) {
        assertTrue(!e.isFailed() || e.skipped(), e.problem());
        if (!e.isFailed()) {
          pages++;
          assertTrue(e.source().url().startsWith("http"), e.name());
          assertTrue(e.source().capturedAt() != null, e.name());
        }
      }
    }
    assertTrue(pages > 0, "no page in " + archives);
  }

  private static List<String> problems(List<BatchReader.Entry> entries) {
    return entries.stream().map(BatchReader.Entry::problem).toList();
  }
}
