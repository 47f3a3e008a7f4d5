package org.factdesk.workflow;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Logger;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleStateException;
import org.factdesk.article.ArticleTransition;
import org.factdesk.claim.FactCheckService;
import org.factdesk.identity.Role;
import org.factdesk.platform.Setting;

/**
 * Approving ready articles (editors and admins, under the four-eyes rule when it is on), reopening
 * approved or rejected ones, and the four-eyes setting itself (admins). Each move is the article's
 * own method, which names the rule a refused move breaks; each is stored as a transition.
 */
@Stateless
public class WorkflowService {

  private static final Logger LOG = Logger.getLogger(WorkflowService.class.getName());

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext context;
  @EJB private FactCheckService factCheck;

  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public ArticleTransition approve(long articleId) {
    Article article = locked(articleId);
    ArticleTransition t =
        article.approve(actor(), factCheck.progress(articleId).confirmed(), isFourEyes());
    em.persist(t);
    LOG.info(() -> "Article " + articleId + " approved by " + actor());
    return t;
  }

  /** Approves each article that may be approved; returns why any could not be. */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public List<String> approveAll(List<Long> articleIds) {
    boolean fourEyes = isFourEyes();
    return each(
        articleIds, a -> a.approve(actor(), factCheck.progress(a.getId()).confirmed(), fourEyes));
  }

  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public ArticleTransition reopen(long articleId, String reason) {
    ArticleTransition t = locked(articleId).reopen(actor(), reason);
    em.persist(t);
    LOG.info(() -> "Article " + articleId + " reopened by " + actor());
    return t;
  }

  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public ArticleTransition reject(long articleId, String reason) {
    ArticleTransition t = locked(articleId).reject(actor(), reason);
    em.persist(t);
    LOG.info(() -> "Article " + articleId + " rejected by " + actor());
    return t;
  }

  /** Every move of an article, oldest first. */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  public List<ArticleTransition> transitions(long articleId) {
    return em.createNamedQuery(ArticleTransition.OF_ARTICLE, ArticleTransition.class)
        .setParameter("article", articleId)
        .getResultList();
  }

  /** Whether the editor who finished an article's review is kept from approving it. */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  public boolean isFourEyes() {
    Setting s = em.find(Setting.class, Setting.FOUR_EYES);
    return s == null || !"false".equals(s.getValue());
  }

  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  public Setting fourEyesSetting() {
    return em.find(Setting.class, Setting.FOUR_EYES);
  }

  /** Turns the four-eyes rule on or off; the setting with who changed it. */
  @RolesAllowed(Role.ADMIN_NAME)
  public Setting setFourEyes(boolean on) {
    Setting s = em.find(Setting.class, Setting.FOUR_EYES, LockModeType.PESSIMISTIC_WRITE);
    if (s == null) {
      s = new Setting(Setting.FOUR_EYES, String.valueOf(on), actor());
      em.persist(s);
    } else {
      s.change(String.valueOf(on), actor());
    }
    LOG.info(() -> "Four-eyes rule turned " + (on ? "on" : "off") + " by " + actor());
    return s;
  }

  private List<String> each(List<Long> ids, Function<Article, ArticleTransition> move) {
    List<String> refused = new ArrayList<>();
    for (Long id : ids) {
      Article article = em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (article == null) {
        refused.add("Article " + id + " no longer exists.");
        continue;
      }
      try {
        em.persist(move.apply(article));
      } catch (ArticleStateException e) {
        refused.add(e.getMessage());
      }
    }
    return refused;
  }

  private Article locked(long id) {
    Article article = em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (article == null) {
      throw new ArticleStateException("Article " + id + " does not exist.");
    }
    return article;
  }

  private String actor() {
    return context.getCallerPrincipal().getName();
  }
}
