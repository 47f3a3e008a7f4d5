package org.factdesk.article;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.platform.SearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * At start-up, compares the full-text index with the database and rebuilds the index in the
 * background when they disagree: a new index directory, an index lost with its disk, or one left
 * behind by a crash. The article list works meanwhile; only word searches wait for the rebuild. The
 * shared OpenSearch index of a cluster is handled with care for the other instances ({@link
 * #rebuildShared}).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class SearchIndexCheck {

  private static final Logger LOG = Logger.getLogger(SearchIndexCheck.class.getName());

  @PersistenceContext private EntityManager em;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  void rebuildIfStale() {
    SearchSession search = Search.session(em);
    long indexed = search.search(Article.class).where(f -> f.matchAll()).fetchTotalHitCount();
    long stored = em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
    if (indexed == stored) {
      LOG.info(() -> "Search index holds all " + stored + " articles");
      return;
    }
    if (SearchBackend.configured() == SearchBackend.OPENSEARCH) {
      rebuildShared(search, indexed, stored);
      return;
    }
    LOG.warning(
        () ->
            "Search index holds "
                + indexed
                + " articles, the database "
                + stored
                + ": rebuilding the index in the background");
    long started = System.nanoTime();
    search
        .massIndexer(Article.class)
        .threadsToLoadObjects(1)
        .start()
        .whenComplete(
            (done, failure) -> {
              if (failure != null) {
                LOG.log(Level.SEVERE, "Rebuilding the search index failed", failure);
              } else {
                LOG.info(
                    () ->
                        String.format(
                            "Search index rebuilt: %d articles in %.1f s",
                            stored, (System.nanoTime() - started) / 1e9));
              }
            });
  }

  /**
   * The shared OpenSearch index (decision 0027): other instances may be writing to it right now,
   * and the changes of the last moments may still wait in the outbox. Rebuilt only when it lacks
   * more articles than the outbox holds events (a new or lost OpenSearch index), and without
   * emptying it first: documents are written over, so instances starting together and rebuilding at
   * once do no harm, and searches keep finding what is already there.
   */
  private void rebuildShared(SearchSession search, long indexed, long stored) {
    long waiting =
        ((Number)
                em.createNativeQuery("select count(*) from hsearch_outbox_event").getSingleResult())
            .longValue();
    if (indexed + waiting >= stored) {
      LOG.info(
          () ->
              "OpenSearch index holds "
                  + indexed
                  + " of "
                  + stored
                  + " articles, "
                  + waiting
                  + " change(s) waiting in the outbox");
      return;
    }
    LOG.warning(
        () ->
            "OpenSearch index holds "
                + indexed
                + " articles, the database "
                + stored
                + ": writing every article to it in the background");
    search
        .massIndexer(Article.class)
        .purgeAllOnStart(false)
        .threadsToLoadObjects(1)
        .start()
        .whenComplete(
            (done, failure) -> {
              if (failure != null) {
                LOG.log(Level.SEVERE, "Writing the articles to OpenSearch failed", failure);
              } else {
                LOG.info(() -> "OpenSearch index rebuilt: " + stored + " articles");
              }
            });
  }
}
