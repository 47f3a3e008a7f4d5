package org.factdesk.article;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
  public long createBatch(String importer, java.util.List<BatchReader.Entry> entries) {
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
    ImportOutcome outcome =
        pipeline.importArticle(
            new ImportRequest(entry.bytes(), entry.hint(), entry.source(), entry.name()),
            importer,
            batchId);
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
    em.find(ImportBatch.class, batchId).count(outcome);
  }

  /** Closes the batch once every item has had its turn. */
  public void finish(long batchId) {
    em.find(ImportBatch.class, batchId).finish();
  }
}
