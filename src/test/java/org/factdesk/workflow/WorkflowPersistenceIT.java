package org.factdesk.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleState;
import org.factdesk.article.ArticleStateException;
import org.factdesk.article.ArticleTransition;
import org.factdesk.article.ImportPipeline;
import org.factdesk.article.ImportRequest;
import org.factdesk.review.ReviewDraft;
import org.factdesk.review.ReviewService;
import org.factdesk.support.AsAdmin;
import org.factdesk.support.AsChecker;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Approval inside Payara Micro on the configured database: the four-eyes rule and its setting, who
 * may approve, reopen and change the setting, and every move stored with who, from, to, why.
 */
@ExtendWith(ArquillianExtension.class)
class WorkflowPersistenceIT {

  @EJB private ImportPipeline pipeline;
  @EJB private ReviewService reviews;
  @EJB private WorkflowService workflow;
  @EJB private AsAdmin asAdmin;
  @EJB private AsChecker asChecker;
  @PersistenceContext private EntityManager em;

  /** An article without claim candidates, reviewed by the admin helper: ready. */
  private long readyArticle() {
    String text =
        "Upland Weekly\nSaturday, May 3, 2025\n\nGarden Show Opens "
            + UUID.randomUUID().toString().replaceAll("[^a-f]", "")
            + "\n\nThe garden show opened on the green.\n\nVisitors admired the roses.\n";
    long id =
        pipeline
            .importArticle(
                new ImportRequest(
                    text.getBytes(StandardCharsets.UTF_8),
                    ContentHint.TEXT,
                    SourceInfo.NONE,
                    "g.txt"),
                "tester")
            .articleId();
    ReviewDraft draft = asAdmin.call(() -> reviews.open(id));
    draft.acceptAtOrAbove(0);
    ArticleTransition done =
        asAdmin.call(() -> reviews.finish(draft, asAdmin.call(() -> reviews.metadata(id))));
    assertEquals(ArticleState.READY, done.getToState(), "no claim candidates: straight to ready");
    return id;
  }

  private ArticleState state(long id) {
    return asAdmin.call(() -> em.find(Article.class, id).getState());
  }

  @Test
  void theReviewerCannotApproveUnderTheFourEyesRuleAndOnlyEditorsOrAdminsApprove() {
    long id = readyArticle();
    assertTrue(asAdmin.call(() -> workflow.isFourEyes()), "on by default");

    ArticleStateException fourEyes =
        assertThrows(ArticleStateException.class, () -> asAdmin.call(() -> workflow.approve(id)));
    assertTrue(fourEyes.getMessage().startsWith("Four-eyes rule: "), fourEyes.getMessage());
    assertEquals(ArticleState.READY, state(id));
    assertThrows(EJBAccessException.class, () -> asChecker.call(() -> workflow.approve(id)));
    assertThrows(EJBAccessException.class, () -> asChecker.call(() -> workflow.setFourEyes(false)));

    asAdmin.call(
        () -> {
          workflow.setFourEyes(false);
          return null;
        });
    try {
      assertEquals(
          AsAdmin.PRINCIPAL, asAdmin.call(() -> workflow.fourEyesSetting()).getModifiedBy());
      assertEquals(ArticleState.APPROVED, asAdmin.call(() -> workflow.approve(id)).getToState());
    } finally {
      asAdmin.call(() -> workflow.setFourEyes(true));
    }
    assertEquals(ArticleState.APPROVED, state(id));
    assertThrows(
        EJBAccessException.class, () -> asChecker.call(() -> workflow.reopen(id, "a typo")));
    asAdmin.call(() -> workflow.reopen(id, "a typo in the title"));

    List<ArticleTransition> moves = asAdmin.call(() -> workflow.transitions(id));
    assertEquals(
        List.of(
            ArticleState.IN_REVIEW,
            ArticleState.READY,
            ArticleState.APPROVED,
            ArticleState.IN_REVIEW),
        moves.stream().map(ArticleTransition::getToState).toList());
    ArticleTransition reopened = moves.get(moves.size() - 1);
    assertEquals(AsAdmin.PRINCIPAL, reopened.getActor());
    assertEquals("a typo in the title", reopened.getReason());
  }

  @Test
  void bulkApprovalReportsEachArticleThatCannotMove() {
    long ready = readyArticle();
    List<String> refused = asAdmin.call(() -> workflow.approveAll(List.of(ready, -1L)));
    assertEquals(2, refused.size(), refused.toString());
    assertTrue(refused.get(0).startsWith("Four-eyes rule"), refused.toString());
    assertEquals("Article -1 no longer exists.", refused.get(1));
  }

  @Test
  void aBulkMoveTakesEachArticleOnceAndReportsInTheOrderGiven() {
    long first = readyArticle();
    long second = readyArticle();
    // Locked in the order of their ids (docs/decisions/0032), reported in the order given.
    List<String> refused =
        asAdmin.call(() -> reviews.reject(List.of(second, -1L, first, first), "Press release"));
    assertEquals(
        List.of("Article -1 no longer exists.", "Article " + first + " is already rejected."),
        refused);
    assertEquals(ArticleState.REJECTED, state(first));
    assertEquals(ArticleState.REJECTED, state(second));
    assertEquals(
        1,
        asAdmin.call(() -> workflow.transitions(first)).stream()
            .filter(t -> t.getToState() == ArticleState.REJECTED)
            .count());
  }
}
