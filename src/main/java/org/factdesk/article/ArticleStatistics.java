package org.factdesk.article;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;

/** Counts over all articles, for the dashboard. Every signed-in role may read them. */
@Stateless
public class ArticleStatistics {

  @PersistenceContext private EntityManager em;

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
