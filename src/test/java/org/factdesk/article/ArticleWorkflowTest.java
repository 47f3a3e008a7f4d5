package org.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every move of an article and the rule each refusal names. */
class ArticleWorkflowTest {

  private static Article imported() {
    return new Article(new byte[] {'x'}, "text/plain", "00", "a.txt", "importer");
  }

  /** Reviewed by "eddie" with nothing to check: ready. */
  private static Article ready() {
    Article article = imported();
    article.startReview("eddie");
    article.finishReview("eddie");
    return article;
  }

  private static String refusal(Runnable move) {
    return assertThrows(ArticleStateException.class, move::run).getMessage();
  }

  @Test
  void aReviewStartsOnceAndEndsReadyWhenNothingIsToBeChecked() {
    Article article = imported();
    ArticleTransition start = article.startReview("eddie");
    assertEquals(ArticleState.IMPORTED, start.getFromState());
    assertEquals(ArticleState.IN_REVIEW, article.getState());
    assertTrue(refusal(() -> article.startReview("eddie")).contains("is already in review"));

    ArticleTransition done = article.finishReview("eddie");
    assertEquals(ArticleState.READY, done.getToState());
    assertEquals("eddie", article.getReviewedBy());
    assertTrue(refusal(() -> article.finishReview("eddie")).contains("only an article in review"));
  }

  @Test
  void onlyAnArticleInFactCheckFinishesItAndOnlyWithNothingWaiting() {
    Article article = ready();
    assertTrue(
        refusal(() -> article.finishFactCheck("chris", 0))
            .contains("only an article in fact-check"));
  }

  @Test
  void approvalNeedsAReadyArticleNothingWaitingAndASecondPair() {
    assertTrue(refusal(() -> imported().approve("lee", 0, true)).contains("only a ready article"));
    Article article = ready();
    assertTrue(
        refusal(() -> article.approve("lee", 2, true))
            .endsWith("has 2 confirmed claims without a verdict; check or dismiss them first."));
    assertEquals(
        "Four-eyes rule: eddie finished the review of article null, so another editor approves it.",
        refusal(() -> article.approve("eddie", 0, true)));
    assertEquals(ArticleState.READY, article.getState(), "a refused move changes nothing");

    ArticleTransition approved = article.approve("lee", 0, true);
    assertEquals(ArticleState.APPROVED, approved.getToState());
    assertEquals("lee", approved.getActor());
    assertEquals("lee", article.getApprovedBy());
    assertNotNull(article.getApprovedAt());
    assertTrue(refusal(() -> article.approve("lee", 0, true)).contains("only a ready article"));
  }

  @Test
  void withoutTheFourEyesRuleTheReviewerMayApprove() {
    Article article = ready();
    assertEquals(ArticleState.APPROVED, article.approve("eddie", 0, false).getToState());
  }

  @Test
  void reopeningTakesApprovedOrRejectedArticlesBackToReviewWithAReason() {
    Article article = ready();
    assertTrue(refusal(() -> article.reopen("lee", "why")).contains("only approved or rejected"));
    article.approve("lee", 0, true);
    assertTrue(refusal(() -> article.reopen("lee", " ")).startsWith("Say why article"));

    ArticleTransition reopened = article.reopen("lee", " a date was wrong ");
    assertEquals(ArticleState.APPROVED, reopened.getFromState());
    assertEquals(ArticleState.IN_REVIEW, article.getState());
    assertEquals("a date was wrong", reopened.getReason());
    assertNull(article.getApprovedBy(), "an approval does not survive a reopen");

    assertTrue(refusal(() -> article.reject("lee", "")).startsWith("Say why"));
    article.reject("lee", "press release, not news");
    assertEquals(ArticleState.REJECTED, article.getState());
    assertTrue(refusal(() -> article.reject("lee", "again")).contains("is already rejected"));
    assertEquals(ArticleState.IN_REVIEW, article.reopen("lee", "it is news").getToState());
  }
}
