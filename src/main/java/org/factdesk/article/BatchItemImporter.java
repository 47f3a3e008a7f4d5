package org.factdesk.article;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * One item of a batch in one transaction: the article and the item's result are committed together,
 * so a crash never leaves an imported article whose item says otherwise.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BatchItemImporter {

  @PersistenceContext private EntityManager em;

  @EJB private ImportPipeline pipeline;

  /** Stores a new batch with one pending item per entry (failed ones already recorded). */
  public long createBatch(String importer, List<BatchReader.Entry> entries) {
    ImportBatch batch = new ImportBatch(importer, entries.size());
    em.persist(batch);
    for (int position = 0; position < entries.size(); position++) {
      BatchReader.Entry entry = entries.get(position);
      ImportItem item = new ImportItem(batch, position, entry.name());
      if (entry.isFailed()) {
        item.record(ImportItem.Outcome.FAILED, entry.problem(), null, null);
        batch.count(ImportItem.Outcome.FAILED);
      }
      em.persist(item);
    }
    em.flush();
    return batch.getId();
  }

  /** Imports the entry and records the outcome; an {@link ImportException} rolls both back. */
  public ImportItem.Outcome importItem(
      long batchId, int position, BatchReader.Entry entry, String importer) {
    return importItem(batchId, position, entry, importer, null, null);
  }

  /**
   * As {@link #importItem(long, int, BatchReader.Entry, String)}, in its place in line: {@code
   * ticket} from {@link ImportsInFlight#ticket()}, or null to take one now. With {@code
   * indexWrites}, the transaction does not wait for the search index but leaves that to the batch.
   */
  public ImportItem.Outcome importItem(
      long batchId,
      int position,
      BatchReader.Entry entry,
      String importer,
      Long ticket,
      BatchIndexWrites indexWrites) {
    if (indexWrites != null) {
      // Before anything changes in this session: its indexing plan takes the strategy then.
      Search.session(em).indexingPlanSynchronizationStrategy(indexWrites);
    }
    ImportRequest request =
        new ImportRequest(entry.bytes(), entry.hint(), entry.source(), entry.name());
    ImportOutcome outcome =
        ticket == null
            ? pipeline.importArticle(request, importer, batchId)
            : pipeline.importArticle(request, importer, batchId, ticket);
    ImportItem.Outcome result =
        outcome.kind() == ImportOutcome.Kind.IMPORTED
            ? ImportItem.Outcome.IMPORTED
            : ImportItem.Outcome.DUPLICATE;
    record(
        batchId, position, result, outcome.message(), outcome.articleId(), outcome.duplicateOfId());
    return result;
  }

  /** Records a failure, in its own transaction after the import's was rolled back. */
  public void recordFailure(long batchId, int position, String message) {
    record(batchId, position, ImportItem.Outcome.FAILED, message, null, null);
  }

  private void record(
      long batchId,
      int position,
      ImportItem.Outcome outcome,
      String message,
      Long articleId,
      Long duplicateOf) {
    ImportItem item =
        em.createNamedQuery(ImportItem.AT, ImportItem.class)
            .setParameter("batch", batchId)
            .setParameter("position", position)
            .getSingleResult();
    item.record(outcome, message, articleId, duplicateOf);
    // Workers count in the database, not through a versioned entity: two of them finishing items
    // at the same time must both count. Last, so that the batch row is locked only until the
    // commit.
    em.createNamedQuery(ImportBatch.COUNT_ONE)
        .setParameter("batch", batchId)
        .setParameter("imported", outcome == ImportItem.Outcome.IMPORTED ? 1 : 0)
        .setParameter("duplicates", outcome == ImportItem.Outcome.DUPLICATE ? 1 : 0)
        .setParameter("failed", outcome == ImportItem.Outcome.FAILED ? 1 : 0)
        .setParameter("now", java.time.Instant.now())
        .executeUpdate();
  }

  /**
   * Closes the batch once every item has had its turn and its index writes are applied: writes the
   * articles whose index write failed again, and refreshes the index, so that a search finds every
   * article of a finished batch.
   */
  public void finish(long batchId, List<Long> articlesToReindex) {
    SearchSession search = Search.session(em);
    if (!articlesToReindex.isEmpty()) {
      ArticleSearch.reindexLater(em, articlesToReindex);
    }
    search.workspace(Article.class).refresh();
    em.find(ImportBatch.class, batchId).finish();
  }
}
