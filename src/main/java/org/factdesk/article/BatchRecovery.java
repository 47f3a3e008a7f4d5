package org.factdesk.article;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Batches outlive the instance that started them (docs/decisions/0025). Every few seconds this
 * instance renews the leases of the batches it runs, and takes over every running batch whose lease
 * ran out (its instance died or lost the database): the items still pending are imported here from
 * what the batch stored of them, and the batch is finished. Each item is imported and recorded in
 * one transaction, under a lock on its row, so an item done is never done again, and an article is
 * never half-written. At start-up it also takes back the batches stored under its own name (a
 * restart with a fixed {@code factdesk.instance.name}).
 *
 * <p>A batch started before its items' contents were stored (before V28) cannot be finished: it is
 * marked interrupted and its pending items as not processed, so the editor knows what to import
 * again.
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
  @EJB private BatchItemImporter items;
  @EJB private BatchRunner runner;
  @Inject private RunningBatches running;
  @Inject private ImportLimits limits;

  @PostConstruct
  void atStartup() {
    takeOver(true);
  }

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void everyFewSeconds() {
    try {
      for (long lost : items.renewLeases(running.ids())) {
        running.lost(lost);
      }
      takeOver(false);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Batch leases: could not renew or take over (will try again)", e);
    }
  }

  /** Takes over every running batch whose lease ran out; returns how many it took. */
  public int takeOverExpired() {
    return takeOver(false);
  }

  private int takeOver(boolean ownToo) {
    int taken = 0;
    for (long id : items.expiredBatches(ownToo)) {
      if (running.ids().contains(id) || !items.takeOver(id, ownToo)) {
        continue; // running here, or another instance was quicker
      }
      taken++;
      resume(id);
    }
    return taken;
  }

  private void resume(long id) {
    ImportBatch batch = em.find(ImportBatch.class, id);
    if (batch.getState() == ImportBatch.State.READING) {
      // Its items were not all written: read the stored uploads again (what was written goes).
      LOG.warning(
          () -> "Batch " + id + ": its lease ran out while it was read; taken over to read it");
      runner.readAndRun(id, batch.getCreatedBy(), limits.limits());
      return;
    }
    Optional<List<BatchReader.Entry>> entries = items.pendingEntries(id);
    if (entries.isEmpty()) {
      markInterrupted(batch);
      return;
    }
    LOG.warning(
        () -> "Batch " + id + ": its lease ran out; taken over to import the items still pending");
    runner.run(id, entries.get(), batch.getCreatedBy());
  }

  private void markInterrupted(ImportBatch batch) {
    for (ImportItem item :
        em.createNamedQuery(ImportItem.OF_BATCH, ImportItem.class)
            .setParameter("batch", batch)
            .getResultList()) {
      if (item.getOutcome() == ImportItem.Outcome.PENDING) {
        item.record(
            ImportItem.Outcome.NOT_PROCESSED, "not imported: the server stopped first", null, null);
      }
    }
    batch.interrupt(INTERRUPTED);
    LOG.warning(
        () -> "Batch " + batch.getId() + " was interrupted by a server stop; marked as such");
  }
}
