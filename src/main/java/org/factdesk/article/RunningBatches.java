package org.factdesk.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The batches this instance is running now, whose leases {@link BatchRecovery} renews; a batch
 * whose lease another instance took over is told to stop (docs/decisions/0025).
 */
@ApplicationScoped
public class RunningBatches {

  private final Map<Long, BatchRunner.Work> running = new ConcurrentHashMap<>();

  /** Batches being read here (docs/decisions/0022): their leases are renewed too. */
  private final Set<Long> reading = ConcurrentHashMap.newKeySet();

  void readingStarted(long batchId) {
    reading.add(batchId);
  }

  void readingEnded(long batchId) {
    reading.remove(batchId);
  }

  void started(BatchRunner.Work work) {
    running.put(work.batchId, work);
  }

  void ended(BatchRunner.Work work) {
    running.remove(work.batchId, work);
  }

  /** Whether this instance is reading or running any batch now. */
  public boolean any() {
    return !running.isEmpty() || !reading.isEmpty();
  }

  Set<Long> ids() {
    Set<Long> ids = new java.util.HashSet<>(running.keySet());
    ids.addAll(reading);
    return Set.copyOf(ids);
  }

  /** The batch is no longer this instance's: its workers stop after their current item. */
  void lost(long batchId) {
    reading.remove(batchId); // its reader finds out when it stores the items: nothing is stored
    BatchRunner.Work work = running.remove(batchId);
    if (work != null) {
      work.lose();
    }
  }
}
