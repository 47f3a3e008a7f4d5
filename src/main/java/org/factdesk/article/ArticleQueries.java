package org.factdesk.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.factdesk.identity.Role;

/** Reading articles: one article with all it holds, for every signed-in role. */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
public class ArticleQueries {

  @PersistenceContext private EntityManager em;

  /**
   * The article with its blocks, flags, claim candidates and duplicate links (the earlier articles
   * it repeats, and the later ones told as the same story); empty if none.
   */
  public java.util.Optional<ArticleDetail> detail(long id) {
    Article article = em.find(Article.class, id);
    if (article == null) {
      return java.util.Optional.empty();
    }
    List<DuplicateLink> links =
        em.createNamedQuery(DuplicateLink.OF_ARTICLE, DuplicateLink.class)
            .setParameter("article", article)
            .getResultList();
    List<DuplicateLink> laterStories =
        em.createNamedQuery(DuplicateLink.STORIES_AFTER, DuplicateLink.class)
            .setParameter("article", article)
            .getResultList();
    return java.util.Optional.of(ArticleDetail.of(article, links, laterStories));
  }
}
