package org.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factdesk.analysis.ContentHint;
import org.junit.jupiter.api.Test;

class BatchReaderTest {

  private final BatchReader cut =
      new BatchReader(new BatchReader.Limits(64 * 1024, 1024 * 1024, 5, 256 * 1024, 20));

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] zip(String... namesAndContents) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(utf8(namesAndContents[i + 1]));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void aTextOrHtmlFileIsOneItem() {
    List<BatchReader.Entry> text = cut.read("story.txt", utf8("Headline\n\nBody."));
    assertEquals(1, text.size());
    assertFalse(text.get(0).isFailed());
    assertEquals(ContentHint.AUTO, text.get(0).hint());
    assertEquals(ContentHint.HTML, cut.read("page.HTM", utf8("<p>x</p>")).get(0).hint());
  }

  @Test
  void otherFileTypesAndLargeFilesBecomeFailedItemsNamingTheFile() {
    assertEquals(
        "photo.jpg: unsupported file type; use .txt, .html, .htm, .zip, .jsonl, .warc or .warc.gz",
        cut.read("photo.jpg", new byte[] {1, 2, 3}).get(0).problem());
    String problem = cut.read("big.txt", new byte[70 * 1024]).get(0).problem();
    assertEquals(
        "big.txt: 71,680 bytes is more than the limit of 65,536 bytes for one article", problem);
  }

  @Test
  void aZipGivesOneItemPerTextOrHtmlEntry() throws IOException {
    List<BatchReader.Entry> entries =
        cut.read(
            "pile.zip",
            zip("a.txt", "First story.", "sub/b.html", "<p>Second</p>", "notes.pdf", "%PDF"));
    assertEquals(3, entries.size());
    assertEquals("pile.zip!a.txt", entries.get(0).name());
    assertArrayEquals(utf8("First story."), entries.get(0).bytes());
    assertEquals(ContentHint.HTML, entries.get(1).hint());
    assertTrue(entries.get(2).problem().startsWith("pile.zip!notes.pdf: unsupported file type"));
  }

  @Test
  void zipEntriesThatClimbOutOfTheArchiveAreRefused() throws IOException {
    List<BatchReader.Entry> entries =
        cut.read("evil.zip", zip("../../etc/passwd.txt", "x", "/abs.txt", "y", "ok.txt", "fine"));
    assertEquals(
        "evil.zip!../../etc/passwd.txt: unsafe path in the archive (absolute or with '..'); skipped",
        entries.get(0).problem());
    assertTrue(entries.get(1).isFailed());
    assertFalse(entries.get(2).isFailed());
  }

  @Test
  void aZipBombStopsAtTheUncompressedLimitAndRefusesTheBatch() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < 4; i++) {
        zip.putNextEntry(new ZipEntry("zeros" + i + ".txt"));
        zip.write(new byte[60 * 1024 + i]); // under the file limit, together over the batch's room
        zip.write(new byte[0]);
        zip.closeEntry();
      }
      zip.putNextEntry(new ZipEntry("huge.txt"));
      byte[] chunk = new byte[1024 * 1024];
      for (int i = 0; i < 20; i++) {
        zip.write(chunk);
      }
      zip.closeEntry();
    }
    assertTrue(out.size() < 100 * 1024, "the archive itself is small: " + out.size());
    ImportException e =
        assertThrows(ImportException.class, () -> cut.read("bomb.zip", out.toByteArray()));
    assertEquals(
        "bomb.zip: the batch's archives expand to more than 262,144 bytes; reading stopped at"
            + " huge.txt (a zip bomb?) and nothing was imported",
        e.getMessage());
  }

  @Test
  void theInflateBudgetIsTheBatchsNotEachZips() throws IOException {
    // each zip inflates to 200 KiB, under the 256 KiB budget alone; the second passes it
    byte[] small = zip("a.txt", "x".repeat(50 * 1024), "b.txt", "y".repeat(50 * 1024));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < 4; i++) {
        zip.putNextEntry(new ZipEntry("part" + i + ".txt"));
        zip.write(new byte[50 * 1024]);
        zip.closeEntry();
      }
    }
    byte[] bomb = out.toByteArray();
    assertEquals(2, cut.read("first.zip", small).size());
    ImportException e = assertThrows(ImportException.class, () -> cut.read("second.zip", bomb));
    assertTrue(
        e.getMessage().startsWith("second.zip: the batch's archives expand to more than 262,144"),
        e.getMessage());
    assertTrue(e.getMessage().contains("reading stopped at part3.txt"), e.getMessage());
    // a fresh batch reads the same zip whole
    BatchReader nextBatch =
        new BatchReader(new BatchReader.Limits(64 * 1024, 1024 * 1024, 5, 256 * 1024, 20));
    assertEquals(4, nextBatch.read("second.zip", bomb).size());
  }

  @Test
  void aBatchOverTheItemCapIsRefusedNamingTheLineWhereItPassed() {
    assertEquals(5, cut.read("a.jsonl", utf8("{\"text\":\"a\"}\n".repeat(5))).size());
    assertEquals(10, cut.read("b.jsonl", utf8("{\"text\":\"b\"}\n".repeat(10))).size());
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> cut.read("c.jsonl", utf8("{\"text\":\"c\"}\n".repeat(10))));
    assertEquals(
        "c.jsonl line 6: one batch holds at most 20 items, and this is item 21; nothing was"
            + " imported. Split the upload into smaller batches.",
        e.getMessage());
  }

  @Test
  void aZipWithTooManyEntriesIsCutAtTheLimit() throws IOException {
    List<BatchReader.Entry> entries =
        cut.read(
            "many.zip",
            zip(
                "1.txt", "a", "2.txt", "b", "3.txt", "c", "4.txt", "d", "5.txt", "e", "6.txt",
                "f"));
    assertEquals(6, entries.size());
    assertEquals(
        "many.zip: more than 5 entries; the rest of the archive was not read",
        entries.get(5).problem());
  }

  @Test
  void aDamagedZipIsOneFailedItem() {
    List<BatchReader.Entry> entries =
        cut.read("broken.zip", utf8("PK\u0003\u0004 this is not really a zip"));
    assertEquals(1, entries.size());
    assertTrue(entries.get(0).isFailed());
  }

  @Test
  void jsonlWithABrokenThirdLineImportsTheOtherFourAndNamesLineThree() {
    String jsonl =
        "{\"text\": \"One.\", \"url\": \"https://a.example/1\", \"outlet\": \"A\", \"published\": \"2025-06-11\"}\n"
            + "{\"html\": \"<p>Two</p>\", \"title\": \"Two\"}\n"
            + "{\"text\": \"Three\", \n"
            + "{\"text\": \"Four.\"}\n"
            + "{\"text\": \"Five.\", \"published\": \"2025-06-11T08:00:00Z\"}\n";
    List<BatchReader.Entry> entries = cut.read("feed.jsonl", utf8(jsonl));
    assertEquals(5, entries.size());
    assertEquals(4, entries.stream().filter(e -> !e.isFailed()).count());
    assertTrue(
        entries.get(2).problem().startsWith("feed.jsonl line 3: malformed JSON"),
        entries.get(2).problem());
    assertEquals("https://a.example/1", entries.get(0).source().url());
    assertEquals("A", entries.get(0).source().outlet());
    assertEquals("2025-06-11", String.valueOf(entries.get(0).source().published()));
    assertEquals(ContentHint.HTML, entries.get(1).hint());
    assertEquals("2025-06-11", String.valueOf(entries.get(4).source().published()));
  }

  /**
   * A file written on Windows: lines end in CR LF, and the line numbers stay those of an editor.
   */
  @Test
  void jsonlWithWindowsLineEndsReadsEachLineAndNamesItsNumber() {
    String jsonl =
        "{\"text\": \"One.\"}\r\n\r\n{\"text\": \"Three\", \r\n{\"text\": \"Four.\"}\r\n";
    List<BatchReader.Entry> entries = cut.read("win.jsonl", utf8(jsonl));
    assertEquals(3, entries.size());
    assertEquals("One.", new String(entries.get(0).bytes(), StandardCharsets.UTF_8));
    assertTrue(
        entries.get(1).problem().startsWith("win.jsonl line 3: malformed JSON"),
        entries.get(1).problem());
    assertEquals("Four.", new String(entries.get(2).bytes(), StandardCharsets.UTF_8));
  }

  @Test
  void jsonlLinesWithoutTextOrWithABadDateSayWhichField() {
    List<BatchReader.Entry> entries =
        cut.read(
            "feed.jsonl", utf8("{\"url\": \"x\"}\n{\"text\": \"t\", \"published\": \"June 5\"}\n"));
    assertEquals(
        "feed.jsonl line 1: field \"text\" or \"html\" is required and must not be blank",
        entries.get(0).problem());
    assertEquals(
        "feed.jsonl line 2: field \"published\" must be a date like 2025-06-11, not \"June 5\"",
        entries.get(1).problem());
  }

  @Test
  void jsonlThatIsNotUtf8IsRefusedWhole() {
    byte[] latin1 = "{\"text\": \"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertEquals(
        "feed.jsonl: JSONL must be UTF-8, and this file is not",
        cut.read("feed.jsonl", latin1).get(0).problem());
  }

  @Test
  void anUploadOverTheBatchLimitIsRefusedBeforeReading() {
    ImportException e =
        assertThrows(ImportException.class, () -> cut.requireWithinBatchLimit(2 * 1024 * 1024));
    assertEquals(
        "The upload is 2,097,152 bytes, more than the limit of 1,048,576 bytes for one batch; nothing was imported.",
        e.getMessage());
  }
}
