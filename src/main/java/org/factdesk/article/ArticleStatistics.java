package org.factdesk.article;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Counts over all articles, for the dashboard. Every signed-in role may read them. */
@Stateless
public class ArticleStatistics {

  @PersistenceContext private EntityManager em;

  /** A line of the "recently imported" list. */
  public record Recent(long id, String title, String outlet, ArticleState state) {}

  /** The most recently imported articles, newest first: one small page, not the table. */
  public List<Recent> recent(int limit) {
    return em.createQuery(
            "select new org.factdesk.article.ArticleStatistics$Recent(a.id, a.title, a.outlet, a.state)"
                + " from Article a order by a.createdAt desc, a.id desc",
            Recent.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Articles per state, with every state present (zero when none). */
  public Map<ArticleState, Long> countByState() {
    Map<ArticleState, Long> counts = new EnumMap<>(ArticleState.class);
    for (ArticleState state : ArticleState.values()) {
      counts.put(state, 0L);
    }
    for (Object[] row :
        em.createNamedQuery(Article.COUNT_BY_STATE, Object[].class).getResultList()) {
      counts.put((ArticleState) row[0], (Long) row[1]);
    }
    return counts;
  }
}
