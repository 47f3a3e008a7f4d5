package org.factdesk.dataset;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleLabel;
import org.factdesk.article.ArticleState;

/** The approved articles a dataset's filter takes in: what a version of it freezes. */
final class ApprovedArticles {
  private ApprovedArticles() {}

  /** How many approved articles the filter takes in now. */
  static long count(EntityManager em, DatasetFilter filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Article> a = query.from(Article.class);
    query.select(cb.count(a)).where(matching(cb, query, a, filter).toArray(Predicate[]::new));
    return em.createQuery(query).getSingleResult();
  }

  /**
   * The approved articles the filter takes in. Labels are those of {@link ArticleLabel#holds}, the
   * article list's too (as {@link ArticleRecord#labelsOf} reads them from a frozen article).
   */
  static List<Predicate> matching(
      CriteriaBuilder cb, AbstractQuery<?> query, Root<Article> a, DatasetFilter f) {
    List<Predicate> all = new ArrayList<>();
    all.add(cb.equal(a.get("state"), ArticleState.APPROVED));
    if (f.outlet() != null) {
      all.add(cb.equal(a.get("outlet"), f.outlet()));
    }
    if (f.from() != null) {
      all.add(cb.greaterThanOrEqualTo(a.get("published"), f.from()));
    }
    if (f.to() != null) {
      all.add(cb.lessThanOrEqualTo(a.get("published"), f.to()));
    }
    for (ArticleLabel label : f.includeSorted()) {
      all.add(label.holds(cb, query, a));
    }
    for (ArticleLabel label : f.excludeSorted()) {
      all.add(cb.not(label.holds(cb, query, a)));
    }
    return all;
  }
}
