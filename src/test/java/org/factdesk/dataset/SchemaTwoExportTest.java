package org.factdesk.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exports of versions published in schema 2: snake_case names in JSONL, CSV and Parquet, the schema
 * version and split in each, a Parquet file that DuckDB (a reader other than the writer) loads with
 * every column, and a card the Hugging Face hub reads. Schema 1 versions keep their bytes: {@link
 * ExporterTest}'s golden files.
 */
class SchemaTwoExportTest {

  private final VersionMetadata bare = Fixtures.frozenV2(null, null);
  private final Exporter.Entries entries = Fixtures.entriesV2(Fixtures.articles(), bare.split());

  @TempDir Path dir;

  @Test
  void jsonlNamesEveryFieldInSnakeCaseWithTheSchemaVersionAndTheSplit() {
    String text =
        new String(Exporter.bytes(ExportFormat.JSONL, entries, bare), StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    assertEquals(2, lines.length);
    assertTrue(lines[0].startsWith("{\"schema_version\":2,\"id\":101,"), lines[0]);
    for (String field :
        List.of(
            "\"clean_text\":",
            "\"removed_blocks\":",
            "\"claim_reviewed\":",
            "\"dismiss_reason\":",
            "\"claim_date\":\"2025-03-02\"",
            "\"created_at\":\"2025-03-04T09:15:00Z\"",
            "\"original_sha256\":",
            "\"approved_at\":",
            "\"captured_at\":null")) {
      assertTrue(lines[0].contains(field), field + " in " + lines[0]);
    }
    assertFalse(text.matches("(?s).*\"[a-z]+[A-Z][A-Za-z]*\":.*"), "no camelCase name: " + text);
    assertTrue(lines[0].endsWith(",\"split\":\"test\"}"), "Lakeside Herald is the test split");
    assertTrue(lines[1].endsWith(",\"split\":\"train\"}"), lines[1]);
    ArticleRecord back = ArticleJson.read(lines[0].getBytes(StandardCharsets.UTF_8));
    assertEquals(Fixtures.harbour().inSplit("test"), back);
  }

  @Test
  void csvLeadsWithTheSchemaVersionAndEndsWithCaptureTimeAndSplit() {
    String csv =
        new String(Exporter.bytes(ExportFormat.CSV, entries, bare), StandardCharsets.UTF_8);
    String[] rows = csv.split("\r\n");
    assertEquals(Exporter.CSV_HEADER_NAMES_V2, rows[0]);
    assertTrue(rows[0].startsWith("schema_version,id,url,"), rows[0]);
    assertTrue(rows[1].startsWith("2,101,https://lakeside.example/news/harbour-fees,"), rows[1]);
    assertTrue(rows[rows.length - 1].endsWith(",,train"), rows[rows.length - 1]);
  }

  @Test
  void duckDbReadsTheParquetFileWithEveryColumnTypedAndItIsTheSameWrittenTwice() throws Exception {
    byte[] parquet = Exporter.bytes(ExportFormat.PARQUET, entries, bare);
    assertArrayEquals(parquet, Exporter.bytes(ExportFormat.PARQUET, entries, bare));
    Path file = dir.resolve("data.parquet");
    Files.write(file, parquet);
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement()) {
      Map<String, String> types = new LinkedHashMap<>();
      try (ResultSet r = st.executeQuery("describe select * from read_parquet('" + file + "')")) {
        while (r.next()) {
          types.put(r.getString("column_name"), r.getString("column_type"));
        }
      }
      assertEquals(
          List.of(
              "schema_version",
              "id",
              "url",
              "outlet",
              "title",
              "published",
              "language",
              "labels",
              "clean_text",
              "removed_blocks",
              "claims",
              "provenance",
              "split"),
          List.copyOf(types.keySet()));
      assertEquals("INTEGER", types.get("schema_version"));
      assertEquals("BIGINT", types.get("id"));
      assertEquals("DATE", types.get("published"));
      assertEquals("VARCHAR[]", types.get("labels"));
      assertEquals(
          "STRUCT(\"position\" INTEGER, \"types\" VARCHAR[], \"text\" VARCHAR)[]",
          types.get("removed_blocks"));
      assertTrue(
          types.get("claims").contains("verdicts STRUCT(revision INTEGER, rating VARCHAR,"),
          types.get("claims"));
      assertTrue(types.get("claims").contains("claim_date DATE"), types.get("claims"));
      assertTrue(
          types.get("claims").contains("created_at TIMESTAMP WITH TIME ZONE"), types.get("claims"));
      assertTrue(
          types
              .get("claims")
              .contains("evidence STRUCT(url VARCHAR, title VARCHAR, note VARCHAR)[]"),
          types.get("claims"));
      assertTrue(
          types
              .get("provenance")
              .startsWith("STRUCT(original_sha256 VARCHAR, imported_by VARCHAR,"),
          types.get("provenance"));

      try (ResultSet r =
          st.executeQuery(
              "select id, url, outlet, title, published, language, labels::varchar,"
                  + " clean_text, len(removed_blocks), removed_blocks[2].types[1],"
                  + " removed_blocks[1].text, len(claims), claims[1].claim_reviewed,"
                  + " claims[1].verdicts[2].rating, claims[1].verdicts[1].claim_date,"
                  + " epoch(claims[1].verdicts[1].created_at)::bigint,"
                  + " claims[1].verdicts[2].evidence[1].url, claims[1].verdicts[2].evidence[1].note,"
                  + " claims[2].dismiss_reason, len(claims[2].verdicts),"
                  + " provenance.original_sha256, provenance.approved_by,"
                  + " epoch(provenance.approved_at)::bigint, provenance.captured_at, split,"
                  + " schema_version from read_parquet('"
                  + file
                  + "') order by id")) {
        assertTrue(r.next());
        ArticleRecord h = Fixtures.harbour();
        int i = 1;
        assertEquals(101, r.getLong(i++));
        assertEquals(h.url(), r.getString(i++));
        assertEquals(h.outlet(), r.getString(i++));
        assertEquals(h.title(), r.getString(i++));
        assertEquals("2025-03-03", r.getString(i++));
        assertEquals("en", r.getString(i++));
        assertEquals("[AI_GENERATED_DISCLOSED, HAS_PROMOTIONAL_INSERTS]", r.getString(i++));
        assertEquals(h.cleanText(), r.getString(i++));
        assertEquals(2, r.getInt(i++));
        assertEquals("AI_DISCLAIMER", r.getString(i++));
        assertEquals("Get 20% off boat insurance!", r.getString(i++));
        assertEquals(2, r.getInt(i++));
        assertEquals("Harbour fees rise by 12% from April", r.getString(i++));
        assertEquals("TRUE", r.getString(i++));
        assertEquals("2025-03-02", r.getString(i++));
        assertEquals(
            java.time.Instant.parse("2025-03-04T09:15:00Z").getEpochSecond(), r.getLong(i++));
        assertEquals("https://council.example/budget-2025-final", r.getString(i++));
        assertEquals(null, r.getString(i++));
        assertEquals("not in dispute", r.getString(i++));
        assertEquals(0, r.getInt(i++));
        assertEquals(h.provenance().originalSha256(), r.getString(i++));
        assertEquals("lead", r.getString(i++));
        assertEquals(h.provenance().approvedAt().getEpochSecond(), r.getLong(i++));
        assertEquals(null, r.getString(i++));
        assertEquals("test", r.getString(i++));
        assertEquals(2, r.getInt(i));
        assertTrue(r.next());
        assertEquals(102, r.getLong(1));
        assertEquals(null, r.getString(2), "no url");
        assertEquals(null, r.getString(5), "no date");
        assertEquals("[]", r.getString(7), "no labels: an empty list, not null");
        assertEquals(0, r.getInt(9), "no removed blocks");
        assertEquals("train", r.getString(25));
        assertFalse(r.next());
      }
    }
  }

  @Test
  void theZipHoldsEachSplitAndItsCardHasTheHubHeader() throws Exception {
    VersionCounts counts = new VersionCounts();
    Fixtures.articles()
        .forEach(a -> counts.add(a.inSplit(bare.split().splitOf(a.outlet(), a.published()))));
    List<Manifest.FileSum> files = new ArrayList<>();
    for (ExportFormat f :
        List.of(
            ExportFormat.JSONL, ExportFormat.CSV, ExportFormat.CLAIMREVIEW, ExportFormat.PARQUET)) {
      byte[] b = Exporter.bytes(f, entries, bare);
      files.add(
          new Manifest.FileSum(f.fileName(), f.mediaType(), b.length, DatasetService.sha256(b)));
    }
    byte[] card = DatasetCard.bytes(bare, counts, files);
    VersionMetadata frozen = bare.withFiles(Manifest.bytes(bare, counts, files), card);
    byte[] zip = Exporter.bytes(ExportFormat.ZIP, entries, frozen);
    assertArrayEquals(zip, Exporter.bytes(ExportFormat.ZIP, entries, frozen), "the same twice");

    Map<String, byte[]> inZip = unzip(zip);
    assertEquals(
        List.of(
            "data.jsonl",
            "data.parquet",
            "data/train.parquet",
            "data/train.jsonl",
            "data/test.parquet",
            "data/test.jsonl",
            "manifest.json",
            "README.md"),
        List.copyOf(inZip.keySet()));
    assertArrayEquals(
        Exporter.bytes(ExportFormat.PARQUET, entries, bare), inZip.get("data.parquet"));
    assertEquals(
        1, new String(inZip.get("data/test.jsonl"), StandardCharsets.UTF_8).split("\n").length);
    assertTrue(
        new String(inZip.get("data/train.jsonl"), StandardCharsets.UTF_8).contains("\"id\":102,"));
    Path test = dir.resolve("test.parquet");
    Files.write(test, inZip.get("data/test.parquet"));
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet r =
            st.executeQuery(
                "select count(*), min(outlet), min(split) from read_parquet('" + test + "')")) {
      r.next();
      assertEquals(1, r.getInt(1));
      assertEquals("Lakeside Herald", r.getString(2));
      assertEquals("test", r.getString(3));
    }

    String readme = new String(inZip.get("README.md"), StandardCharsets.UTF_8);
    assertTrue(
        readme.startsWith("---\npretty_name: \"Harbour & weather news, version 2\"\n"), readme);
    String header = readme.substring(0, readme.indexOf("\n---\n", 4) + 5);
    for (String line :
        List.of(
            "license: cc-by-4.0\n",
            "language:\n- de\n- en\n",
            "size_categories:\n- n<1K\n",
            "task_categories:\n- text-classification\n",
            "configs:\n- config_name: default\n  data_files:\n  - split: train\n"
                + "    path: data/train.parquet\n  - split: test\n    path: data/test.parquet\n",
            "- config_name: jsonl\n  data_files:\n  - split: train\n    path: data/train.jsonl\n")) {
      assertTrue(header.contains(line), line + " in " + header);
    }
    String manifest = new String(inZip.get("manifest.json"), StandardCharsets.UTF_8);
    assertTrue(manifest.contains("\"schemaVersion\": 2"), manifest);
    assertTrue(manifest.contains("\"name\": \"data.parquet\""), manifest);
    assertTrue(manifest.contains("\"test\": 1"), manifest);
  }

  @Test
  void aVersionWithoutASplitPointsTheHubAtTheWholeFiles() {
    VersionMetadata none =
        new VersionMetadata(
            bare.datasetId(),
            bare.datasetName(),
            null,
            1,
            "admin",
            bare.publishedAt(),
            bare.filter(),
            bare.reviewBase(),
            null,
            null,
            2,
            null,
            SplitRule.NONE);
    String card =
        new String(DatasetCard.bytes(none, new VersionCounts(), List.of()), StandardCharsets.UTF_8);
    assertTrue(card.contains("license: unknown\n"), card);
    assertTrue(
        card.contains(
            "- config_name: default\n  data_files:\n  - split: train\n    path: data.parquet\n"),
        card);
    assertTrue(card.contains("    path: data.jsonl\n"), card);
  }

  @Test
  void aSplitIsByOutletOrDateNeverByArticleAndBadInputIsNamed() {
    SplitRule byDate = SplitRule.of("date", "2025-03-01");
    assertEquals("test", byDate.splitOf("Any", java.time.LocalDate.of(2025, 3, 1)));
    assertEquals("train", byDate.splitOf("Any", java.time.LocalDate.of(2025, 2, 28)));
    assertEquals("train", byDate.splitOf("Any", null), "undated articles stay in train");
    SplitRule byOutlet = SplitRule.of("OUTLET", "Valley Post,\n Lakeside Herald ");
    assertEquals("test", byOutlet.splitOf("Lakeside Herald", null));
    assertEquals("train", byOutlet.splitOf("Hill Gazette", null));
    assertEquals(byOutlet, SplitRule.stored("OUTLET", byOutlet.storedValue()));
    assertEquals(
        "Unknown split \"article\"; split by none, outlet or date (never by article).",
        assertThrowsMessage(() -> SplitRule.of("article", "")));
    assertEquals(
        "A split by date needs the first day of the test split, like 2025-06-01, not \"March\".",
        assertThrowsMessage(() -> SplitRule.of("date", "March")));
    assertTrue(assertThrowsMessage(() -> SplitRule.of("outlet", " ,")).contains("outlets"));
  }

  private static String assertThrowsMessage(Runnable r) {
    return org.junit.jupiter.api.Assertions.assertThrows(DatasetException.class, r::run)
        .getMessage();
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }
}
