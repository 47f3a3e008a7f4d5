package org.factdesk.article;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;

/**
 * The search-index writes of one batch's items. An item's transaction hands its index work to the
 * backend and goes on without waiting for it (the default, {@code read-sync}, waits for an index
 * refresh after every article: most of an import's time once the import itself was fast); the batch
 * waits for every write of its items before it is marked finished, and the index is refreshed then,
 * so the articles of a finished batch are all found by a search. While the batch runs, an article
 * is searchable as soon as the backend has applied its write, a moment after its commit.
 *
 * <p>Articles whose index write failed are written again when the batch finishes ({@link
 * #failedArticleIds()}); a failure the backend could not pin on an article is logged, and the index
 * check at the next start rebuilds the index if it lacks articles ({@link SearchIndexCheck}). Why:
 * docs/decisions/0006-import-write-path.md.
 */
final class BatchIndexWrites implements IndexingPlanSynchronizationStrategy {

  private static final Logger LOG = Logger.getLogger(BatchIndexWrites.class.getName());

  private final Object lock = new Object();
  private int pending;
  private final List<Long> failedArticleIds = new ArrayList<>();

  @Override
  public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
    context.documentCommitStrategy(DocumentCommitStrategy.NONE);
    context.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
    context.indexingFutureHandler(this::track);
  }

  private void track(CompletableFuture<? extends SearchIndexingPlanExecutionReport> future) {
    synchronized (lock) {
      pending++;
    }
    future.whenComplete(
        (report, failure) -> {
          Throwable problem = failure != null ? failure : report.throwable().orElse(null);
          synchronized (lock) {
            pending--;
            if (problem != null && report != null) {
              for (EntityReference entity : report.failingEntities()) {
                if (entity.id() instanceof Long id) {
                  failedArticleIds.add(id);
                }
              }
            }
            lock.notifyAll();
          }
          if (problem != null) {
            LOG.log(Level.WARNING, "A batch item's search-index write failed", problem);
          }
        });
  }

  /**
   * Waits until every write handed to the backend so far has been applied or has failed, at most
   * {@code maxMillis}; false if some are still pending then.
   */
  boolean awaitAll(long maxMillis) throws InterruptedException {
    long deadline = System.currentTimeMillis() + maxMillis;
    synchronized (lock) {
      while (pending > 0) {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
          return false;
        }
        lock.wait(left);
      }
      return true;
    }
  }

  /** The articles whose index write failed, to be written again. */
  List<Long> failedArticleIds() {
    synchronized (lock) {
      return List.copyOf(failedArticleIds);
    }
  }
}
