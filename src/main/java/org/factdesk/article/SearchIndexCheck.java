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
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * At start-up, compares the full-text index with the database and rebuilds the index in the
 * background when they disagree: a new index directory, an index lost with its disk, or one left
 * behind by a crash. The article list works meanwhile; only word searches wait for the rebuild.
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
}
