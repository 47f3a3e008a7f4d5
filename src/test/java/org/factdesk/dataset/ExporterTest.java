package org.factdesk.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * Each export of a version against a golden file, byte for byte. To see a change of format on
 * purpose, run with {@code -Dgolden.write=true} once, read the diff of the golden files, and commit
 * them.
 */
class ExporterTest {

  private static final Path GOLDEN = Path.of("src/test/resources/org/factdesk/dataset/golden");

  private final Exporter.Entries entries = Fixtures.entries(Fixtures.articles());

  private static VersionMetadata frozenWithFiles(Exporter.Entries entries) {
    VersionMetadata bare = Fixtures.frozen(null, null);
    VersionCounts counts = new VersionCounts();
    Fixtures.articles().forEach(counts::add);
    List<Manifest.FileSum> files = new ArrayList<>();
    for (ExportFormat f : List.of(ExportFormat.JSONL, ExportFormat.CSV, ExportFormat.CLAIMREVIEW)) {
      byte[] b = Exporter.bytes(f, entries, bare);
      files.add(
          new Manifest.FileSum(f.fileName(), f.mediaType(), b.length, DatasetService.sha256(b)));
    }
    byte[] card = DatasetCard.bytes(bare, counts, files);
    files.add(
        new Manifest.FileSum(
            DatasetCard.FILE_NAME, "text/markdown", card.length, DatasetService.sha256(card)));
    return bare.withFiles(Manifest.bytes(bare, counts, files), card);
  }

  @Test
  void jsonlMatchesItsGoldenFile() throws IOException {
    golden("data.jsonl", Exporter.bytes(ExportFormat.JSONL, entries, Fixtures.frozen(null, null)));
  }

  @Test
  void csvMatchesItsGoldenFile() throws IOException {
    golden("data.csv", Exporter.bytes(ExportFormat.CSV, entries, Fixtures.frozen(null, null)));
  }

  @Test
  void claimReviewMatchesItsGoldenFile() throws IOException {
    golden(
        "claimreview.jsonld",
        Exporter.bytes(ExportFormat.CLAIMREVIEW, entries, Fixtures.frozen(null, null)));
  }

  @Test
  void manifestAndCardMatchTheirGoldenFiles() throws IOException {
    VersionMetadata frozen = frozenWithFiles(entries);
    golden("manifest.json", frozen.manifest());
    golden("README.md", frozen.card());
  }

  @Test
  void theZipHoldsTheJsonlTheManifestAndTheCardAndIsTheSameEveryTime() throws IOException {
    VersionMetadata frozen = frozenWithFiles(entries);
    byte[] zip = Exporter.bytes(ExportFormat.ZIP, entries, frozen);
    assertArrayEquals(zip, Exporter.bytes(ExportFormat.ZIP, entries, frozen), "re-export");
    Map<String, byte[]> files = unzip(zip);
    assertEquals(List.of("data.jsonl", "manifest.json", "README.md"), List.copyOf(files.keySet()));
    assertArrayEquals(read("data.jsonl"), files.get("data.jsonl"));
    assertArrayEquals(read("manifest.json"), files.get("manifest.json"));
    assertArrayEquals(read("README.md"), files.get("README.md"));
  }

  @Test
  void everyFormatIsTheSameWrittenTwiceAndJsonlReadsBackToTheSameArticles() {
    VersionMetadata frozen = frozenWithFiles(entries);
    for (ExportFormat f : ExportFormat.values()) {
      assertArrayEquals(
          Exporter.bytes(f, entries, frozen), Exporter.bytes(f, entries, frozen), f.name());
    }
    for (ArticleRecord a : Fixtures.articles()) {
      assertEquals(a, ArticleJson.read(ArticleJson.bytes(a)));
    }
  }

  @Test
  void anEmptyVersionGivesAHeaderOnlyCsvAndAnEmptyGraph() {
    Exporter.Entries none = after -> List.of();
    VersionMetadata frozen = Fixtures.frozen(null, null);
    assertEquals(0, Exporter.bytes(ExportFormat.JSONL, none, frozen).length);
    assertEquals(
        Exporter.CSV_HEADER_NAMES + "\r\n",
        new String(Exporter.bytes(ExportFormat.CSV, none, frozen), StandardCharsets.UTF_8));
    JsonObject doc = parse(Exporter.bytes(ExportFormat.CLAIMREVIEW, none, frozen));
    assertTrue(doc.getJsonArray("@graph").isEmpty());
  }

  @Test
  void claimReviewHasEveryRequiredFieldForEachCheckedClaim() {
    JsonObject doc =
        parse(Exporter.bytes(ExportFormat.CLAIMREVIEW, entries, Fixtures.frozen(null, null)));
    assertEquals("https://schema.org", doc.getString("@context"));
    List<JsonObject> reviews = doc.getJsonArray("@graph").getValuesAs(JsonObject.class);
    assertEquals(2, reviews.size(), "one per claim with a verdict; the dismissed claim has none");
    for (JsonObject r : reviews) {
      assertEquals("ClaimReview", r.getString("@type"));
      assertFalse(r.getString("claimReviewed").isBlank());
      assertTrue(r.getString("url").startsWith("https://factdesk.example/claims/"));
      assertTrue(r.getString("datePublished").matches("\\d{4}-\\d{2}-\\d{2}"));
      assertFalse(r.getJsonObject("author").getString("name").isBlank());
      JsonObject rating = r.getJsonObject("reviewRating");
      assertEquals(5, rating.getInt("bestRating"));
      assertEquals(1, rating.getInt("worstRating"));
      assertFalse(rating.getString("alternateName").isBlank());
      JsonObject claim = r.getJsonObject("itemReviewed");
      assertEquals("Claim", claim.getString("@type"));
      assertFalse(claim.getJsonObject("author").getString("name").isBlank());
      assertTrue(claim.getString("datePublished").matches("\\d{4}-\\d{2}-\\d{2}"));
      assertTrue(claim.getJsonObject("appearance").getString("url").startsWith("http"));
    }
    JsonObject harbour = reviews.get(0);
    assertEquals("Harbour fees rise by 12% from April", harbour.getString("claimReviewed"));
    assertEquals(5, harbour.getJsonObject("reviewRating").getInt("ratingValue"), "the newest");
    assertEquals("True", harbour.getJsonObject("reviewRating").getString("alternateName"));
    assertEquals("lead", harbour.getJsonObject("author").getString("name"));
    assertEquals("2025-03-05", harbour.getString("datePublished"));
    assertEquals("2025-03-02", harbour.getJsonObject("itemReviewed").getString("datePublished"));
    assertEquals(
        "https://lakeside.example/news/harbour-fees",
        harbour.getJsonObject("itemReviewed").getJsonObject("appearance").getString("url"));
    JsonObject unverifiable = reviews.get(1).getJsonObject("reviewRating");
    assertFalse(unverifiable.containsKey("ratingValue"), "no number for UNVERIFIABLE");
    assertEquals("Unverifiable", unverifiable.getString("alternateName"));
    assertEquals(
        "https://factdesk.example/articles/article.xhtml?id=102",
        reviews.get(1).getJsonObject("itemReviewed").getJsonObject("appearance").getString("url"),
        "an article without a url appears at its Factdesk page");
  }

  private static JsonObject parse(byte[] json) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
      return reader.readObject();
    }
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertNotNull(e.getTimeLocal());
        files.put(e.getName(), in.readAllBytes());
      }
    }
    return files;
  }

  private static byte[] read(String name) throws IOException {
    try (InputStream in = Files.newInputStream(GOLDEN.resolve(name))) {
      return in.readAllBytes();
    }
  }

  private static void golden(String name, byte[] actual) throws IOException {
    if (Boolean.getBoolean("golden.write")) {
      Files.write(GOLDEN.resolve(name), actual);
    }
    assertEquals(
        new String(read(name), StandardCharsets.UTF_8),
        new String(actual, StandardCharsets.UTF_8),
        name);
    assertArrayEquals(read(name), actual, name);
  }
}
