package org.factdesk.article;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.factdesk.platform.SearchBackend;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * One item of a batch in one transaction: the article and the item's result are committed together,
 * so a crash never leaves an imported article whose item says otherwise.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BatchItemImporter {

  private static final String RECORD_ITEM =
      "update import_item set outcome = ?, message = ?, article_id = ?, duplicate_of_id = ?,"
          + " version = version + 1, modified_at = ? where batch_id = ? and position = ?";
  private static final String COUNT_ONE =
      "update import_batch set processed = processed + 1, imported = imported + ?,"
          + " duplicates = duplicates + ?, failed = failed + ?, version = version + 1,"
          + " modified_at = ? where id = ?";

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
        ImportItem.Outcome outcome =
            entry.skipped() ? ImportItem.Outcome.SKIPPED : ImportItem.Outcome.FAILED;
        item.record(outcome, entry.problem(), null, null);
        batch.count(outcome);
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
    if (indexWrites != null && SearchBackend.configured().savesWaitForIndex()) {
      // Before anything changes in this session: its indexing plan takes the strategy then.
      // (With OpenSearch the outbox carries the writes, after the commit: decision 0027.)
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
    // Plain SQL, two statements: reading the item as an entity and translating the counters'
    // bulk update cost more than the rest of the recording (about 4% of an import). Workers count
    // in the database, not through a versioned entity: two of them finishing items at the same
    // time must both count. The batch row last, so that it is locked only until the commit.
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement item = connection.prepareStatement(RECORD_ITEM)) {
                item.setString(1, outcome.name());
                item.setString(2, ImportItem.clipMessage(message));
                item.setObject(3, articleId, Types.BIGINT);
                item.setObject(4, duplicateOf, Types.BIGINT);
                item.setObject(5, now);
                item.setLong(6, batchId);
                item.setInt(7, position);
                if (item.executeUpdate() != 1) {
                  throw new IllegalStateException(
                      "batch " + batchId + " has no item at position " + position);
                }
              }
              try (PreparedStatement batch = connection.prepareStatement(COUNT_ONE)) {
                batch.setInt(1, outcome == ImportItem.Outcome.IMPORTED ? 1 : 0);
                batch.setInt(2, outcome == ImportItem.Outcome.DUPLICATE ? 1 : 0);
                batch.setInt(3, outcome == ImportItem.Outcome.FAILED ? 1 : 0);
                batch.setObject(4, now);
                batch.setLong(5, batchId);
                batch.executeUpdate();
              }
            });
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
