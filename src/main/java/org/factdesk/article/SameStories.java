package org.factdesk.article;

import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Links two articles as the same story told in other words (decision 0018), beside the exact and
 * near duplicates of the import: the later article points at the earlier one, and both count one
 * duplicate more, so both are in the list's duplicates filter and show the link.
 */
public final class SameStories {

  private SameStories() {}

  /**
   * Links the two articles unless any duplicate link joins them already; answers whether a link was
   * made. The counts change by plain updates, as at import, so that an editor reviewing either
   * article meanwhile sees no version conflict.
   */
  public static boolean link(EntityManager em, long first, long second, double similarity) {
    long later = Math.max(first, second);
    long earlier = Math.min(first, second);
    long existing =
        em.createNamedQuery(DuplicateLink.COUNT_PAIR, Long.class)
            .setParameter("a", later)
            .setParameter("b", earlier)
            .getSingleResult();
    if (existing > 0 || later == earlier) {
      return false;
    }
    List<Long> firstDuplicate =
        em.createQuery(
                "select a.id from Article a where a.id in :ids and a.duplicateCount = 0",
                Long.class)
            .setParameter("ids", List.of(later, earlier))
            .getResultList();
    em.persist(
        new DuplicateLink(
            em.getReference(Article.class, later),
            em.getReference(Article.class, earlier),
            DuplicateKind.SAME_STORY,
            similarity));
    em.flush();
    em.createNativeQuery(
            "update article set duplicate_count = duplicate_count + 1 where id in (?1, ?2)")
        .setParameter(1, later)
        .setParameter(2, earlier)
        .executeUpdate();
    // an article loaded in this transaction must index its new count, not the one it was read with
    for (long id : List.of(later, earlier)) {
      Article loaded = em.find(Article.class, id);
      if (loaded != null) {
        em.refresh(loaded);
      }
    }
    // the search index holds the count only for the list's "has duplicates" filter
    if (!firstDuplicate.isEmpty()) {
      ArticleSearch.reindexLater(em, firstDuplicate);
    }
    return true;
  }
}
