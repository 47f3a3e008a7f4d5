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

  void started(BatchRunner.Work work) {
    running.put(work.batchId, work);
  }

  void ended(BatchRunner.Work work) {
    running.remove(work.batchId, work);
  }

  Set<Long> ids() {
    return Set.copyOf(running.keySet());
  }

  /** The batch is no longer this instance's: its workers stop after their current item. */
  void lost(long batchId) {
    BatchRunner.Work work = running.remove(batchId);
    if (work != null) {
      work.lose();
    }
  }
}
