package org.factdesk.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.article.ArticleLabel;
import org.factdesk.article.ArticleState;
import org.factdesk.article.ClaimCandidate;
import org.factdesk.article.ImportPipeline;
import org.factdesk.article.ImportRequest;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.FactCheckService;
import org.factdesk.claim.Rating;
import org.factdesk.claim.VerdictInput;
import org.factdesk.platform.DatabaseConfiguration;
import org.factdesk.review.ArticleMetadataForm;
import org.factdesk.review.ReviewDraft;
import org.factdesk.review.ReviewService;
import org.factdesk.support.AsAdmin;
import org.factdesk.support.AsChecker;
import org.factdesk.support.OtherInstance;
import org.factdesk.workflow.WorkflowService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Datasets inside Payara Micro on the configured database (H2, and PostgreSQL in CI): articles
 * taken through review, fact-check and approval, a version published and frozen (a later edit of an
 * article changes nothing of it, a re-export gives the same bytes, whose sha256 the manifest
 * lists), label filters, who may do what, and bad input refused with nothing written.
 */
@ExtendWith(ArquillianExtension.class)
class DatasetPersistenceIT {

  @EJB private ImportPipeline pipeline;
  @EJB private ReviewService reviews;
  @EJB private ClaimService claims;
  @EJB private FactCheckService factCheck;
  @EJB private WorkflowService workflow;
  @EJB private DatasetService datasets;
  @EJB private PublishSteps steps;
  @EJB private VersionEntries versionEntries;
  @EJB private AsAdmin asAdmin;
  @EJB private AsChecker asChecker;

  @Resource(lookup = DatabaseConfiguration.JNDI_NAME)
  private DataSource dataSource;

  @Resource private ManagedExecutorService executor;
  @PersistenceContext private EntityManager em;

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  /**
   * Imports, reviews (every flag accepted), checks one claim and approves; the article's id. The
   * outlet (unique per run) is in the title line, so the text is new on a database kept from an
   * earlier run, not refused as a duplicate.
   */
  private long approvedArticle(String outlet, String title, String... paragraphs) {
    String text = title + " (" + outlet + ")\n\n" + String.join("\n\n", paragraphs) + "\n";
    long id =
        pipeline
            .importArticle(
                new ImportRequest(
                    text.getBytes(StandardCharsets.UTF_8),
                    ContentHint.TEXT,
                    new SourceInfo(
                        "https://"
                            + outlet.toLowerCase().replace(' ', '-')
                            + ".example/"
                            + title.hashCode(),
                        outlet,
                        title,
                        LocalDate.of(2025, 4, 2)),
                    "a.txt"),
                "tester")
            .articleId();
    ReviewDraft draft = asAdmin.call(() -> reviews.open(id));
    ArticleMetadataForm form = asAdmin.call(() -> reviews.metadata(id));
    draft.acceptAtOrAbove(0);
    ArticleState next = asAdmin.call(() -> reviews.finish(draft, form)).getToState();
    if (next == ArticleState.IN_FACT_CHECK) {
      List<ClaimCandidate> candidates =
          asAdmin.call(
              () ->
                  em.createQuery(
                          "select c from ClaimCandidate c where c.article.id = :a order by c.id",
                          ClaimCandidate.class)
                      .setParameter("a", id)
                      .getResultList());
      long claim = asAdmin.call(() -> claims.confirm(candidates.get(0).getId(), null)).id();
      asChecker.call(() -> factCheck.take(claim));
      asChecker.call(
          () ->
              factCheck.giveVerdict(
                  claim,
                  new VerdictInput(
                      Rating.MOSTLY_TRUE,
                      "The council minutes give a slightly lower figure.",
                      "The harbour board",
                      LocalDate.of(2025, 4, 1),
                      List.of(
                          new VerdictInput.EvidenceInput(
                              "https://minutes.example/2025-04", "Council minutes", "item 3")))));
      asAdmin.call(() -> factCheck.finishFactCheck(id));
    }
    // the test's one admin reviewed it; under the four-eyes rule someone else approves
    asAdmin.call(
        () ->
            em.createNativeQuery("update article set reviewed_by = 'another-editor' where id = ?1")
                .setParameter(1, id)
                .executeUpdate());
    asAdmin.call(() -> workflow.approve(id));
    return id;
  }

  private byte[] export(long dataset, int version, ExportFormat format) {
    return asAdmin.call(
        () -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          try {
            datasets.export(dataset, version, format).orElseThrow().writeTo(out);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return out.toByteArray();
        });
  }

  /**
   * The export written afresh from the version's entries, as for versions published before files
   * were stored: what a stored file must equal.
   */
  private byte[] writtenFromEntries(long dataset, int version, ExportFormat format) {
    return asAdmin.call(
        () -> {
          DatasetService.Export stored = datasets.export(dataset, version, format).orElseThrow();
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          try {
            new DatasetService.Export(format, null, stored.entries(), stored.metadata(), null)
                .writeTo(out);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return out.toByteArray();
        });
  }

  /** Waits for a version published in the background to be out (or to fail). */
  private DatasetService.VersionView awaitPublished(long dataset, int number) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      DatasetService.VersionView v =
          asAdmin.call(() -> datasets.version(dataset, number)).orElseThrow();
      if (v.state() != DatasetVersion.State.PUBLISHING || System.nanoTime() > deadline) {
        return v;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static DatasetFilter outlet(String outlet) {
    return new DatasetFilter(outlet, null, null, Set.of(), Set.of());
  }

  @Test
  void aVersionFreezesItsArticlesAndReExportsTheSameBytes() {
    String outlet = unique("Harbour Tribune ");
    long first =
        approvedArticle(
            outlet,
            "Harbour fees rise for cargo ships",
            "The harbour board said fees for cargo ships rise by 14% from May, the first rise in"
                + " six years.",
            "Shipping firms said they would pass the cost on.");
    long second =
        approvedArticle(
            outlet,
            "New ferry berth opens",
            "The new berth opened on Monday after two years of work.",
            "Passengers welcomed the shorter walk to the town centre.");

    DatasetService.DatasetView dataset =
        asAdmin.call(() -> datasets.create(unique("Harbour "), "Harbour news", outlet(outlet)));
    assertEquals(2, asAdmin.call(() -> datasets.preview(dataset.filter())));
    DatasetService.VersionView v1 = asAdmin.call(() -> datasets.publish(dataset.id()));
    assertEquals(1, v1.number());
    assertEquals(2, v1.articles());
    assertEquals(AsAdmin.PRINCIPAL, v1.publishedBy());

    byte[] jsonl = export(dataset.id(), 1, ExportFormat.JSONL);
    String text = new String(jsonl, StandardCharsets.UTF_8);
    String[] lines = text.split("\n");
    assertEquals(2, lines.length);
    assertTrue(lines[0].startsWith("{\"schema_version\":2,\"id\":" + first + ","), lines[0]);
    assertTrue(lines[1].startsWith("{\"schema_version\":2,\"id\":" + second + ","), lines[1]);
    assertTrue(text.contains("\"rating\":\"MOSTLY_TRUE\""), text);
    assertTrue(text.contains("\"approved_by\":\"" + AsAdmin.PRINCIPAL + "\""), text);
    assertTrue(text.contains("\"reviewed_by\":\"another-editor\""), text);
    assertTrue(
        v1.manifest().contains(DatasetService.sha256(jsonl)), "the manifest lists its sha256");
    byte[] csv = export(dataset.id(), 1, ExportFormat.CSV);
    assertTrue(v1.manifest().contains(DatasetService.sha256(csv)));
    byte[] claimReview = export(dataset.id(), 1, ExportFormat.CLAIMREVIEW);
    assertTrue(v1.manifest().contains(DatasetService.sha256(claimReview)));
    byte[] parquet = export(dataset.id(), 1, ExportFormat.PARQUET);
    assertTrue(v1.manifest().contains(DatasetService.sha256(parquet)));
    byte[] zip = export(dataset.id(), 1, ExportFormat.ZIP);
    assertEquals(v1.zipSha256(), DatasetService.sha256(zip));
    assertArrayEquals(parquet, writtenFromEntries(dataset.id(), 1, ExportFormat.PARQUET));
    assertArrayEquals(csv, writtenFromEntries(dataset.id(), 1, ExportFormat.CSV));
    assertArrayEquals(claimReview, writtenFromEntries(dataset.id(), 1, ExportFormat.CLAIMREVIEW));
    assertArrayEquals(zip, writtenFromEntries(dataset.id(), 1, ExportFormat.ZIP));

    // edits after publishing: the title changed, the article reopened and back in review
    asAdmin.call(
        () ->
            em.createNativeQuery("update article set title = 'Changed later' where id = ?1")
                .setParameter(1, first)
                .executeUpdate());
    asAdmin.call(() -> workflow.reopen(second, "a reader found a wrong date"));

    for (ExportFormat f : ExportFormat.values()) {
      byte[] again = export(dataset.id(), 1, f);
      byte[] before =
          switch (f) {
            case JSONL -> jsonl;
            case CSV -> csv;
            case CLAIMREVIEW -> claimReview;
            case PARQUET -> parquet;
            case ZIP -> zip;
          };
      assertArrayEquals(before, again, f + " of version 1 is the same after the edits");
    }
    DatasetService.VersionView v2 = asAdmin.call(() -> datasets.publish(dataset.id()));
    assertEquals(2, v2.number());
    assertEquals(1, v2.articles(), "the reopened article is no longer approved");
    String v2Text = new String(export(dataset.id(), 2, ExportFormat.JSONL), StandardCharsets.UTF_8);
    assertTrue(v2Text.contains("\"title\":\"Changed later\""), v2Text);
    assertFalse(
        new String(export(dataset.id(), 1, ExportFormat.JSONL), StandardCharsets.UTF_8)
            .contains("Changed later"));
    assertEquals(
        List.of(2, 1),
        asChecker.call(() -> datasets.versions(dataset.id())).stream()
            .map(DatasetService.VersionView::number)
            .toList());
  }

  @Test
  void aVersionWithALicenceAndASplitByOutletDownloadsAsParquetThatDuckDbReadsWithItsSplit()
      throws Exception {
    String trainOutlet = unique("Quay Daily ");
    String testOutlet = unique("Fen Courier ");
    long train =
        approvedArticle(
            trainOutlet,
            "Lock gates replaced on the canal",
            "The canal trust said on Monday that the lock gates at Mill Reach were replaced for"
                + " 1.4 million, the first new gates since 1987.",
            "Boats can pass again from Friday.");
    long test =
        approvedArticle(
            testOutlet,
            "Fen drainage board raises its levy",
            "The drainage board raised its levy by 6% for the coming year, its chairman said.",
            "Farmers said the rise was smaller than feared.");
    DatasetService.DatasetView dataset =
        asAdmin.call(
            () ->
                datasets.create(
                    unique("Canals and fens "),
                    "Two outlets, one for testing",
                    new DatasetFilter(null, LocalDate.of(2025, 4, 1), null, Set.of(), Set.of()),
                    "cc-by-4.0",
                    SplitRule.of("outlet", testOutlet)));
    DatasetService.VersionView v = asAdmin.call(() -> datasets.publish(dataset.id()));
    assertEquals(2, v.schemaVersion());
    assertEquals("cc-by-4.0", v.license());

    byte[] parquet = export(dataset.id(), v.number(), ExportFormat.PARQUET);
    assertTrue(v.manifest().contains(DatasetService.sha256(parquet)), "listed with its sha256");
    assertTrue(v.manifest().contains("\"name\": \"data.parquet\""), v.manifest());
    assertArrayEquals(parquet, export(dataset.id(), v.number(), ExportFormat.PARQUET), "again");
    assertArrayEquals(
        parquet, writtenFromEntries(dataset.id(), v.number(), ExportFormat.PARQUET), "stored");

    java.nio.file.Path file = java.nio.file.Files.createTempFile("factdesk-it", ".parquet");
    java.nio.file.Files.write(file, parquet);
    try (java.sql.Connection db =
            new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:", new java.util.Properties());
        java.sql.Statement st = db.createStatement()) {
      try (java.sql.ResultSet r =
          st.executeQuery(
              "select count(*), count(distinct split) from read_parquet('" + file + "')")) {
        r.next();
        assertEquals(v.articles(), r.getInt(1), "every article of the version");
      }
      try (java.sql.ResultSet r =
          st.executeQuery("describe select * from read_parquet('" + file + "')")) {
        int columns = 0;
        while (r.next()) {
          columns++;
        }
        assertEquals(13, columns, "every column");
      }
      try (java.sql.ResultSet r =
          st.executeQuery(
              "select id, outlet, split, schema_version, published, clean_text,"
                  + " provenance.approved_by, len(claims), claims[1].verdicts[1].rating"
                  + " from read_parquet('"
                  + file
                  + "') where id in ("
                  + train
                  + ", "
                  + test
                  + ") order by id")) {
        assertTrue(r.next());
        assertEquals(train, r.getLong(1));
        assertEquals(trainOutlet, r.getString(2));
        assertEquals("train", r.getString(3));
        assertEquals(2, r.getInt(4));
        assertEquals("2025-04-02", r.getString(5));
        assertTrue(r.getString(6).contains("Mill Reach"), r.getString(6));
        assertEquals(AsAdmin.PRINCIPAL, r.getString(7));
        assertEquals(1, r.getInt(8));
        assertEquals("MOSTLY_TRUE", r.getString(9));
        assertTrue(r.next());
        assertEquals(test, r.getLong(1));
        assertEquals("test", r.getString(3), "the test outlet's article");
        assertFalse(r.next());
      }
      try (java.sql.ResultSet r =
          st.executeQuery(
              "select count(*) from read_parquet('" + file + "') where split = 'test'")) {
        r.next();
        assertEquals(1, r.getInt(1), "only the named outlet is in test");
      }
    } finally {
      java.nio.file.Files.delete(file);
    }

    java.util.Map<String, byte[]> zip = unzip(export(dataset.id(), v.number(), ExportFormat.ZIP));
    assertTrue(
        zip.keySet()
            .containsAll(
                List.of(
                    "data.parquet", "data/train.parquet", "data/test.parquet", "data/test.jsonl")),
        zip.keySet().toString());
    assertArrayEquals(parquet, zip.get("data.parquet"));
    String card = new String(zip.get("README.md"), StandardCharsets.UTF_8);
    assertTrue(card.startsWith("---\npretty_name: \"Canals and fens "), card);
    assertTrue(card.contains("\nlicense: cc-by-4.0\n"), card);
    assertTrue(card.contains("\nlanguage:\n- en\n"), card);
    assertTrue(card.contains("  - split: test\n    path: data/test.parquet\n"), card);
    String testJsonl = new String(zip.get("data/test.jsonl"), StandardCharsets.UTF_8);
    assertEquals(1, testJsonl.split("\n").length, testJsonl);
    assertTrue(testJsonl.startsWith("{\"schema_version\":2,\"id\":" + test + ","), testJsonl);
  }

  @Test
  void aVersionPublishedBeforeSchemaTwoKeepsItsBytesAndHasNoParquet() {
    String outlet = unique("Old Mill Gazette ");
    approvedArticle(
        outlet,
        "Mill pond cleared",
        "Volunteers cleared 3 tonnes of weed from the mill pond on Saturday, the parish said.");
    DatasetService.DatasetView dataset =
        asAdmin.call(() -> datasets.create(unique("Old "), null, outlet(outlet)));
    DatasetService.VersionView v = asAdmin.call(() -> datasets.publish(dataset.id()));
    // Turn it into a version as published before V24 and V17: camelCase entries, files written
    // from the entries on each download, schema 1.
    asAdmin.call(
        () -> {
          long versionId =
              ((Number)
                      em.createNativeQuery(
                              "select id from dataset_version where dataset_id = ?1 and number = ?2")
                          .setParameter(1, dataset.id())
                          .setParameter(2, v.number())
                          .getSingleResult())
                  .longValue();
          for (Exporter.Entry e : versionEntries.after(versionId, -1)) {
            em.createNativeQuery(
                    "update dataset_entry set body = ?1 where version_id = ?2 and position = ?3")
                .setParameter(1, ArticleJson.bytes(ArticleJson.read(e.body()).inSplit(null), 1))
                .setParameter(2, versionId)
                .setParameter(3, e.position())
                .executeUpdate();
          }
          em.createNativeQuery(
                  "update dataset_version set schema_version = 1, files_stored = false,"
                      + " license = null where id = ?1")
              .setParameter(1, versionId)
              .executeUpdate();
          em.createNativeQuery("delete from dataset_file where version_id = ?1")
              .setParameter(1, versionId)
              .executeUpdate();
          return null;
        });
    String jsonl =
        new String(export(dataset.id(), v.number(), ExportFormat.JSONL), StandardCharsets.UTF_8);
    assertTrue(jsonl.startsWith("{\"id\":"), jsonl);
    assertTrue(jsonl.contains("\"cleanText\":"), jsonl);
    assertFalse(jsonl.contains("schema_version"), jsonl);
    String csv =
        new String(export(dataset.id(), v.number(), ExportFormat.CSV), StandardCharsets.UTF_8);
    assertTrue(csv.startsWith(Exporter.CSV_HEADER_NAMES + "\r\n"), csv);
    assertArrayEquals(
        export(dataset.id(), v.number(), ExportFormat.ZIP),
        export(dataset.id(), v.number(), ExportFormat.ZIP),
        "the zip is the same written again");
    assertFalse(
        unzip(export(dataset.id(), v.number(), ExportFormat.ZIP)).containsKey("data.parquet"));
    DatasetException refused =
        assertThrows(
            DatasetException.class,
            () ->
                asAdmin.call(
                    () -> datasets.export(dataset.id(), v.number(), ExportFormat.PARQUET)));
    assertEquals(
        "Version 1 was published before Parquet export existed and keeps its files as they were;"
            + " publish a new version to get Parquet.",
        refused.getMessage());
  }

  private static java.util.Map<String, byte[]> unzip(byte[] zip) {
    java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    try (java.util.zip.ZipInputStream in =
        new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        files.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  @Test
  void publishingRunsInTheBackgroundOneVersionAtATimeAndAFailureIsShown() {
    String outlet = unique("Ridge Observer ");
    approvedArticle(
        outlet,
        "Mountain pass reopens after rockfall",
        "The pass reopened on Thursday after crews cleared 3,000 tonnes of rock, the road agency"
            + " said.",
        "Lorries may use it again from next week.");
    DatasetService.DatasetView dataset =
        asAdmin.call(() -> datasets.create(unique("Passes "), null, outlet(outlet)));

    DatasetService.VersionView started = asAdmin.call(() -> datasets.startPublishing(dataset.id()));
    assertEquals(1, started.number());
    assertEquals(DatasetVersion.State.PUBLISHING, started.state());
    assertEquals(1, started.progress().planned(), "the articles it will hold, counted at start");
    DatasetService.VersionView v1 = awaitPublished(dataset.id(), 1);
    assertEquals(DatasetVersion.State.PUBLISHED, v1.state(), String.valueOf(v1.failure()));
    assertEquals(1, v1.articles());
    assertEquals(AsAdmin.PRINCIPAL, v1.publishedBy(), "published as whoever started it");
    assertTrue(
        v1.manifest().contains(DatasetService.sha256(export(dataset.id(), 1, ExportFormat.CSV))));
    assertTrue(asAdmin.call(() -> datasets.unfinished(dataset.id())).isEmpty());

    // a version being published (begun, not yet done): another one waits
    long running = asAdmin.call(() -> steps.begin(dataset.id(), "lead", "http://localhost"));
    DatasetBusyException busy =
        assertThrows(
            DatasetBusyException.class,
            () -> asAdmin.call(() -> datasets.startPublishing(dataset.id())));
    assertTrue(busy.getMessage().startsWith("Version 2 of '"), busy.getMessage());
    assertTrue(busy.getMessage().contains("is being published by lead"), busy.getMessage());
    assertTrue(
        asChecker.call(() -> datasets.export(dataset.id(), 2, ExportFormat.JSONL)).isEmpty());

    // without progress for longer than the cut-off it counts as cut off: its number is used again
    asAdmin.call(
        () ->
            em.createNativeQuery("update dataset_version set modified_at = ?1 where id = ?2")
                .setParameter(
                    1, java.time.Instant.now().minus(DatasetVersion.CUT_OFF_AFTER).minusSeconds(60))
                .setParameter(2, running)
                .executeUpdate());
    assertEquals(2, asAdmin.call(() -> datasets.startPublishing(dataset.id())).number());
    assertEquals(DatasetVersion.State.PUBLISHED, awaitPublished(dataset.id(), 2).state());

    // a failure is kept with its reason, nothing of it is exported, the next publishing replaces it
    long failing = asAdmin.call(() -> steps.begin(dataset.id(), "lead", "http://localhost"));
    asAdmin.call(
        () -> {
          steps.freezePage(failing, outlet(outlet), 0, 0);
          steps.fail(failing, "The disk is full.");
          return null;
        });
    DatasetService.VersionView failed =
        asChecker.call(() -> datasets.unfinished(dataset.id())).orElseThrow();
    assertEquals(3, failed.number());
    assertEquals(DatasetVersion.State.FAILED, failed.state());
    assertEquals("The disk is full.", failed.failure());
    assertEquals(
        0L,
        ((Number)
                asAdmin.call(
                    () ->
                        em.createNativeQuery(
                                "select count(*) from dataset_entry where version_id = ?1")
                            .setParameter(1, failing)
                            .getSingleResult()))
            .longValue(),
        "its entries are removed");
    assertTrue(asChecker.call(() -> datasets.export(dataset.id(), 3, ExportFormat.CSV)).isEmpty());
    assertEquals(3, asAdmin.call(() -> datasets.startPublishing(dataset.id())).number());
    assertEquals(DatasetVersion.State.PUBLISHED, awaitPublished(dataset.id(), 3).state());
    assertEquals(
        List.of(3, 2, 1),
        asChecker.call(() -> datasets.versions(dataset.id())).stream()
            .map(DatasetService.VersionView::number)
            .toList());
  }

  /**
   * Two publishers of one dataset at the same moment, as on two instances (nothing in the JVM
   * orders them): both wait for the dataset's row, one begins the version, the other is then
   * refused with the version being published. One version results.
   */
  @Test
  void twoPublishersOfOneDatasetAtOnceMakeOneVersionAndTheOtherIsRefused() throws Exception {
    String outlet = unique("Lock Gazette ");
    approvedArticle(
        outlet,
        "Canal lock repaired",
        "The canal lock reopened on Monday after a repair that took 6 weeks, the trust said.");
    DatasetService.DatasetView dataset =
        asAdmin.call(() -> datasets.create(unique("Locks "), null, outlet(outlet)));
    List<Future<DatasetService.VersionView>> publishers;
    try (OtherInstance other = new OtherInstance(dataSource)) {
      // holds the dataset's row as a third publisher starting would: the two below meet there
      assertEquals(1, other.lock("select id from dataset where id = ? for update", dataset.id()));
      publishers =
          List.of(
              executor.submit(() -> asAdmin.call(() -> datasets.startPublishing(dataset.id()))),
              executor.submit(() -> asAdmin.call(() -> datasets.startPublishing(dataset.id()))));
      Thread.sleep(1000);
      assertFalse(publishers.get(0).isDone() || publishers.get(1).isDone(), "both wait");
      other.commit();
    }
    int started = 0;
    String refused = null;
    for (Future<DatasetService.VersionView> publisher : publishers) {
      try {
        assertEquals(1, publisher.get(60, TimeUnit.SECONDS).number());
        started++;
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        while (!(cause instanceof DatasetBusyException) && cause.getCause() != null) {
          cause = cause.getCause();
        }
        assertTrue(cause instanceof DatasetBusyException, String.valueOf(e.getCause()));
        refused = cause.getMessage();
      }
    }
    assertEquals(1, started, "one publisher begins a version");
    assertTrue(refused != null && refused.startsWith("Version 1 of '"), refused);
    assertEquals(DatasetVersion.State.PUBLISHED, awaitPublished(dataset.id(), 1).state());
    assertEquals(
        List.of(1),
        asChecker.call(() -> datasets.versions(dataset.id())).stream()
            .map(DatasetService.VersionView::number)
            .toList());
  }

  @Test
  void labelsFromAcceptedFlagsKeepOrLeaveOutAiGeneratedText() {
    String outlet = unique("Valley Courier ");
    approvedArticle(
        outlet,
        "Library opening hours extended",
        "The town library will open on Sundays from June, the mayor said.",
        "AI Disclaimer: An advanced artificial intelligence (AI) system generated the content of"
            + " this page on its own.");
    approvedArticle(
        outlet,
        "Market square repaved",
        "Work on the market square ended on Friday.",
        "Stall holders return next week.");
    DatasetFilter all = outlet(outlet);
    DatasetFilter withoutAi =
        new DatasetFilter(
            outlet, null, null, Set.of(), Set.of(ArticleLabel.AI_GENERATED_DISCLOSED));
    DatasetFilter onlyAi =
        new DatasetFilter(
            outlet, null, null, Set.of(ArticleLabel.AI_GENERATED_DISCLOSED), Set.of());
    assertEquals(2, asAdmin.call(() -> datasets.preview(all)));
    assertEquals(1, asAdmin.call(() -> datasets.preview(withoutAi)));
    assertEquals(1, asAdmin.call(() -> datasets.preview(onlyAi)));

    DatasetService.DatasetView ai =
        asAdmin.call(() -> datasets.create(unique("AI only "), null, onlyAi));
    asAdmin.call(() -> datasets.publish(ai.id()));
    String jsonl = new String(export(ai.id(), 1, ExportFormat.JSONL), StandardCharsets.UTF_8);
    assertTrue(jsonl.contains("\"labels\":[\"AI_GENERATED_DISCLOSED\"]"), jsonl);
    assertTrue(jsonl.contains("\"types\":[\"AI_DISCLAIMER\"]"), jsonl);
    assertFalse(jsonl.contains("Market square"), jsonl);
  }

  @Test
  void onlyAdminsCreateChangeAndPublishButEveryRoleReadsAndDownloads() {
    DatasetService.DatasetView dataset =
        asAdmin.call(() -> datasets.create(unique("Roles "), null, outlet(unique("Nowhere "))));
    assertThrows(
        EJBAccessException.class,
        () -> asChecker.call(() -> datasets.create(unique("x"), null, DatasetFilter.ANY)));
    assertThrows(
        EJBAccessException.class, () -> asChecker.call(() -> datasets.publish(dataset.id())));
    assertThrows(
        EJBAccessException.class,
        () ->
            asChecker.call(
                () -> datasets.change(dataset.id(), dataset.entityVersion(), "y", null, null)));
    DatasetService.VersionView empty = asAdmin.call(() -> datasets.publish(dataset.id()));
    assertEquals(0, empty.articles());
    assertTrue(
        asChecker.call(() -> datasets.export(dataset.id(), 1, ExportFormat.CSV)).isPresent(),
        "a fact-checker downloads");
    assertTrue(asChecker.call(() -> datasets.export(dataset.id(), 9, ExportFormat.CSV)).isEmpty());
  }

  /**
   * Publishing a version of any size holds one page of articles at a time (decision 0036): each
   * page is read and frozen in a transaction, and persistence context, of its own, so that even a
   * caller inside one transaction is left holding none of the pages' articles, blocks or claims.
   */
  @Test
  void eachPageOfPublishingLeavesNoEntityBehind() {
    // three full pages are frozen below: seed until that many articles are approved (a seeding
    // approves about a quarter of its articles)
    long approved = asAdmin.call(() -> datasets.preview(DatasetFilter.ANY));
    for (int seedings = 0; approved < 3L * PublishSteps.WRITE_PAGE && seedings < 3; seedings++) {
      asAdmin.call(
          () -> {
            try (java.sql.Connection db = dataSource.getConnection()) {
              return org.factdesk.bench.ListSeeder.seed(db, 2000, false);
            } catch (java.sql.SQLException e) {
              throw new IllegalStateException(e);
            }
          });
      approved = asAdmin.call(() -> datasets.preview(DatasetFilter.ANY));
    }
    DatasetService.DatasetView dataset =
        asAdmin.call(() -> datasets.create(unique("Pages "), null, DatasetFilter.ANY));
    long versionId = asAdmin.call(() -> steps.begin(dataset.id(), "lead", "http://localhost"));
    try {
      int[] heldAfterPages =
          asAdmin.call(
              () -> {
                org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
                int[] held = new int[3];
                long after = 0;
                int position = 0;
                for (int page = 0; page < 3; page++) {
                  PublishSteps.PageFrozen written =
                      steps.freezePage(versionId, DatasetFilter.ANY, after, position);
                  assertEquals(PublishSteps.WRITE_PAGE, written.written(), "a full page");
                  after = written.lastArticleId();
                  position += written.written();
                  held[page] = session.getStatistics().getEntityCount();
                }
                return held;
              });
      assertArrayEquals(new int[3], heldAfterPages, "entities held after each page");
      assertEquals(
          3L * PublishSteps.WRITE_PAGE,
          ((Number)
                  asAdmin.call(
                      () ->
                          em.createNativeQuery(
                                  "select count(*) from dataset_entry where version_id = ?1")
                              .setParameter(1, versionId)
                              .getSingleResult()))
              .longValue());
    } finally {
      asAdmin.call(
          () -> {
            steps.discard(versionId);
            return null;
          });
    }
  }

  @Test
  void badInputIsRefusedWithAMessageAndNothingIsWritten() {
    long before = asAdmin.call(() -> datasets.all().size()).longValue();
    DatasetException empty =
        assertThrows(
            DatasetException.class,
            () -> asAdmin.call(() -> datasets.create("   ", "x", DatasetFilter.ANY)));
    assertEquals("Give the dataset a name.", empty.getMessage());
    DatasetException backwards =
        assertThrows(
            DatasetException.class,
            () ->
                new DatasetFilter(
                    null, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1), Set.of(), Set.of()));
    assertTrue(backwards.getMessage().startsWith("The date range runs backwards"));
    DatasetException both =
        assertThrows(
            DatasetException.class,
            () ->
                new DatasetFilter(
                    null,
                    null,
                    null,
                    EnumSet.of(ArticleLabel.AGGREGATED),
                    EnumSet.of(ArticleLabel.AGGREGATED)));
    assertTrue(both.getMessage().contains("both required and excluded"));
    assertEquals(
        "Unknown export format \"xlsx\"; use one of jsonl, csv, claimreview, parquet, zip.",
        assertThrows(DatasetException.class, () -> ExportFormat.named("xlsx")).getMessage());
    String name = unique("Taken ");
    asAdmin.call(() -> datasets.create(name, null, DatasetFilter.ANY));
    assertTrue(
        assertThrows(
                DatasetException.class,
                () -> asAdmin.call(() -> datasets.create(name.toUpperCase(), null, null)))
            .getMessage()
            .contains("already a dataset named"));
    assertEquals(before + 1, asAdmin.call(() -> datasets.all().size()).longValue());
  }
}
