package org.factdesk.article;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.factdesk.identity.Role;

/**
 * The one place that moves articles between states, for review, fact-check and approval alike.
 * Whether a move is allowed is the article's own rule ({@link Article#approve} and its siblings);
 * this class locks the article, applies the move and stores it as a transition.
 *
 * <p>One locking rule (docs/decisions/0032): an article is read with {@code PESSIMISTIC_WRITE}
 * before it moves, so of two moves at once (from two app instances on one database, too) the second
 * waits, then sees the first and is refused by the article's rule with a readable reason. Several
 * articles are locked in the order of their ids, so two bulk moves never deadlock.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ArticleMoves {

  private static final Logger LOG = Logger.getLogger(ArticleMoves.class.getName());

  /** A move of one article by the acting user; throws {@link ArticleStateException} if refused. */
  @FunctionalInterface
  public interface Move {
    ArticleTransition apply(Article article, String actor);
  }

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  /**
   * Moves one article.
   *
   * @return the stored transition, or empty when there is no such article
   * @throws ArticleStateException when the article's rule refuses the move
   */
  public Optional<ArticleTransition> move(long articleId, Move move) {
    Article article = locked(articleId);
    return article == null ? Optional.empty() : Optional.of(store(article, move));
  }

  /**
   * Moves each article that can move; the others stay as they are.
   *
   * @return why any could not move, in the order the ids were given
   */
  public List<String> moveEach(List<Long> articleIds, Move move) {
    String[] refusals = new String[articleIds.size()];
    Integer[] order = new Integer[articleIds.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparing(articleIds::get));
    for (int i : order) {
      long id = articleIds.get(i);
      Article article = locked(id);
      if (article == null) {
        refusals[i] = "Article " + id + " no longer exists.";
        continue;
      }
      try {
        store(article, move);
      } catch (ArticleStateException e) {
        refusals[i] = e.getMessage();
      }
    }
    List<String> refused = new ArrayList<>();
    for (String refusal : refusals) {
      if (refusal != null) {
        refused.add(refusal);
      }
    }
    return refused;
  }

  /** Rejects one article with the reason why; empty when there is no such article. */
  public Optional<ArticleTransition> reject(long articleId, String reason) {
    return move(articleId, rejection(reason));
  }

  /** Rejects each article that can be rejected; returns why any could not be. */
  public List<String> rejectEach(List<Long> articleIds, String reason) {
    return moveEach(articleIds, rejection(reason));
  }

  private static Move rejection(String reason) {
    return (article, actor) -> article.reject(actor, reason);
  }

  private ArticleTransition store(Article article, Move move) {
    String actor = context.getCallerPrincipal().getName();
    ArticleTransition transition = move.apply(article, actor);
    em.persist(transition);
    LOG.info(
        () ->
            "Article "
                + article.getId()
                + " moved from "
                + transition.getFromState()
                + " to "
                + transition.getToState()
                + " by "
                + actor);
    return transition;
  }

  private Article locked(long id) {
    return em.find(Article.class, id, LockModeType.PESSIMISTIC_WRITE);
  }
}
