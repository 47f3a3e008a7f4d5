package org.factdesk.article;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * At start-up, a batch still marked running was cut off when the server stopped. Every article it
 * imported is whole (each item commits on its own); the batch is marked interrupted and its
 * remaining items as not processed, so the editor knows what to import again.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class BatchRecovery {

  static final String INTERRUPTED =
      "The server stopped during this import. Imported items are complete; items marked"
          + " NOT_PROCESSED were not imported: import them again.";

  private static final Logger LOG = Logger.getLogger(BatchRecovery.class.getName());

  @PersistenceContext private EntityManager em;

  @PostConstruct
  void atStartup() {
    markInterrupted();
  }

  /** Marks every batch still running as interrupted; returns how many there were. */
  public int markInterrupted() {
    List<ImportBatch> running =
        em.createNamedQuery(ImportBatch.IN_STATE, ImportBatch.class)
            .setParameter("state", ImportBatch.State.RUNNING)
            .getResultList();
    for (ImportBatch batch : running) {
      for (ImportItem item :
          em.createNamedQuery(ImportItem.OF_BATCH, ImportItem.class)
              .setParameter("batch", batch)
              .getResultList()) {
        if (item.getOutcome() == ImportItem.Outcome.PENDING) {
          item.record(
              ImportItem.Outcome.NOT_PROCESSED,
              "not imported: the server stopped first",
              null,
              null);
        }
      }
      batch.interrupt(INTERRUPTED);
      LOG.warning(
          () -> "Batch " + batch.getId() + " was interrupted by a server stop; marked as such");
    }
    return running.size();
  }
}
