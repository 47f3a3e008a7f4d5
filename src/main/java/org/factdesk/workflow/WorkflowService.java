package org.factdesk.workflow;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.factdesk.article.ArticleMoves;
import org.factdesk.article.ArticleStateException;
import org.factdesk.article.ArticleTransition;
import org.factdesk.claim.FactCheckService;
import org.factdesk.identity.Role;
import org.factdesk.platform.Setting;

/**
 * Approving ready articles (editors and admins, under the four-eyes rule when it is on), reopening
 * approved or rejected ones, and the four-eyes setting itself (admins). Each move is the article's
 * own method, which names the rule a refused move breaks; {@link ArticleMoves} locks the article,
 * makes the move and stores it as a transition.
 */
@Stateless
public class WorkflowService {

  private static final Logger LOG = Logger.getLogger(WorkflowService.class.getName());

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext context;
  @EJB private FactCheckService factCheck;
  @EJB private ArticleMoves moves;

  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public ArticleTransition approve(long articleId) {
    boolean fourEyes = isFourEyes();
    return existing(articleId, moves.move(articleId, approval(fourEyes)));
  }

  /** Approves each article that may be approved; returns why any could not be. */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public List<String> approveAll(List<Long> articleIds) {
    return moves.moveEach(articleIds, approval(isFourEyes()));
  }

  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public ArticleTransition reopen(long articleId, String reason) {
    return existing(
        articleId, moves.move(articleId, (article, actor) -> article.reopen(actor, reason)));
  }

  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public ArticleTransition reject(long articleId, String reason) {
    return existing(articleId, moves.reject(articleId, reason));
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

  /** Counts the claims still waiting after the article is locked, as the rule needs. */
  private ArticleMoves.Move approval(boolean fourEyes) {
    return (article, actor) ->
        article.approve(actor, factCheck.progress(article.getId()).confirmed(), fourEyes);
  }

  private static ArticleTransition existing(long id, Optional<ArticleTransition> moved) {
    return moved.orElseThrow(() -> new ArticleStateException("Article " + id + " does not exist."));
  }

  private String actor() {
    return context.getCallerPrincipal().getName();
  }
}
