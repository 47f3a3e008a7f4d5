package org.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.support.AsAdmin;
import org.factdesk.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Batch imports in Payara Micro on the configured database: results per item, and interruption. */
@ExtendWith(ArquillianExtension.class)
class BatchImportPersistenceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.factdesk(BatchImportPersistenceIT.class, AsAdmin.class, Deployments.class);
  }

  @EJB private ImportBatches batches;
  @EJB private BatchItemImporter items;
  @EJB private BatchRecovery recovery;
  @EJB private AsAdmin asAdmin;
  @PersistenceContext private EntityManager em;

  private static String story(String marker) {
    return "Ridgeway Courier\nMonday, May 12, 2025\n\nValley Line Reopens After Repairs "
        + marker
        + "\n\nThe valley rail line reopened on Sunday after 3 weeks of repairs that cost $2.1 million,"
        + " the operator said in a statement.\n\nTrains will run every 30 minutes, up from every hour"
        + " before the closure, according to the timetable published on Friday.\n";
  }

  private ImportBatches.BatchView finished(long id) throws InterruptedException {
    for (int i = 0; i < 150; i++) {
      ImportBatches.BatchView view = asAdmin.call(() -> batches.view(id).orElseThrow());
      if (view.batch().getState() != ImportBatch.State.RUNNING) {
        return view;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("batch " + id + " did not finish in 30 s");
  }

  private static String jsonString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  @Test
  void jsonlWithABrokenLineImportsTheOthersAndReportsThatLine() throws Exception {
    StringBuilder jsonl = new StringBuilder();
    for (int line = 1; line <= 5; line++) {
      if (line == 3) {
        jsonl.append("{\"text\": \"cut off\n");
      } else {
        jsonl
            .append("{\"text\": ")
            .append(jsonString(story(UUID.randomUUID().toString())))
            .append(", \"url\": \"https://ridgeway.example/")
            .append(line)
            .append("\"}\n");
      }
    }
    long id =
        asAdmin.call(
            () ->
                batches.start(
                    List.of(
                        new ImportBatches.Upload(
                            "feed.jsonl", jsonl.toString().getBytes(StandardCharsets.UTF_8)))));
    ImportBatches.BatchView view = finished(id);
    assertEquals(ImportBatch.State.FINISHED, view.batch().getState());
    assertEquals(5, view.batch().getTotalItems());
    assertEquals(4, view.batch().getImported());
    assertEquals(1, view.batch().getFailed());
    ImportItem third = view.items().get(2);
    assertEquals(ImportItem.Outcome.FAILED, third.getOutcome());
    assertTrue(
        third.getMessage().startsWith("feed.jsonl line 3: malformed JSON"), third.getMessage());
    ImportItem first = view.items().get(0);
    Article article = em.find(Article.class, first.getArticleId());
    assertEquals("https://ridgeway.example/1", article.getUrl());
    assertEquals(
        1L,
        em.createQuery(
                "select count(a) from Article a where a.batch.id = :b and a.id = :a", Long.class)
            .setParameter("b", id)
            .setParameter("a", first.getArticleId())
            .getSingleResult());
  }

  @Test
  void theSameFileTwiceInOneBatchIsImportedOnce() throws Exception {
    byte[] bytes = story(UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8);
    long id =
        asAdmin.call(
            () ->
                batches.start(
                    List.of(
                        new ImportBatches.Upload("valley.txt", bytes),
                        new ImportBatches.Upload("valley-copy.txt", bytes),
                        new ImportBatches.Upload("empty.txt", new byte[0]))));
    ImportBatches.BatchView view = finished(id);
    assertEquals(1, view.batch().getImported());
    assertEquals(1, view.batch().getDuplicates());
    assertEquals(1, view.batch().getFailed());
    assertEquals(ImportItem.Outcome.DUPLICATE, view.items().get(1).getOutcome());
    assertEquals(view.items().get(0).getArticleId(), view.items().get(1).getDuplicateOfId());
    assertEquals("empty.txt: the input is empty", view.items().get(2).getMessage());
  }

  @Test
  void aBatchCutOffByAServerStopIsMarkedInterruptedAndHoldsOnlyWholeArticles() throws Exception {
    List<BatchReader.Entry> entries =
        List.of(
            new BatchReader.Entry(
                "done.txt",
                story(UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8),
                ContentHint.TEXT,
                SourceInfo.NONE,
                null),
            new BatchReader.Entry(
                "never.txt",
                story(UUID.randomUUID().toString()).getBytes(StandardCharsets.UTF_8),
                ContentHint.TEXT,
                SourceInfo.NONE,
                null));
    // As if the server stopped after the first item: the batch is stored, one item imported.
    long id = items.createBatch("editor", entries);
    items.importItem(id, 0, entries.get(0), "editor");

    assertTrue(recovery.markInterrupted() >= 1);

    ImportBatches.BatchView view = asAdmin.call(() -> batches.view(id).orElseThrow());
    assertEquals(ImportBatch.State.INTERRUPTED, view.batch().getState());
    assertNotNull(view.batch().getNote());
    assertEquals(ImportItem.Outcome.IMPORTED, view.items().get(0).getOutcome());
    assertEquals(ImportItem.Outcome.NOT_PROCESSED, view.items().get(1).getOutcome());
    long blocks =
        em.createQuery("select count(b) from Block b where b.article.id = :a", Long.class)
            .setParameter("a", view.items().get(0).getArticleId())
            .getSingleResult();
    assertTrue(blocks >= 4, "the imported article is whole: " + blocks + " blocks");
    assertEquals(
        1L,
        em.createQuery("select count(a) from Article a where a.batch.id = :b", Long.class)
            .setParameter("b", id)
            .getSingleResult());
  }
}
