package org.factdesk.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleState;
import org.factdesk.article.ArticleStateException;
import org.factdesk.article.ClaimCandidate;
import org.factdesk.article.ImportPipeline;
import org.factdesk.article.ImportRequest;
import org.factdesk.claim.VerdictInput.EvidenceInput;
import org.factdesk.identity.Role;
import org.factdesk.identity.User;
import org.factdesk.review.ArticleMetadataForm;
import org.factdesk.review.ReviewDraft;
import org.factdesk.review.ReviewService;
import org.factdesk.support.AsAdmin;
import org.factdesk.support.AsChecker;
import org.factdesk.workflow.WorkflowService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Assignment and verdict rules inside Payara Micro on the configured database (H2, and PostgreSQL
 * in CI): who may assign, take and rate, the open pool and queues, verdict history, suggestions
 * from a cluster, and an article's way on to ready. The test helpers run as an administrator (who,
 * like an editor, assigns but is no fact-checker) and as a fact-checker ({@link
 * AsChecker#PRINCIPAL}); an editor's refusals over HTTP are in the browser tests.
 */
@ExtendWith(ArquillianExtension.class)
class FactCheckPersistenceIT {

  private static final String OTHER_CHECKER = "other-checker";
  private static final String WRITER = "plain-writer";

  @EJB private ImportPipeline pipeline;
  @EJB private ClaimService claims;
  @EJB private FactCheckService factCheck;
  @EJB private ReviewService reviews;
  @EJB private WorkflowService workflow;
  @EJB private AsAdmin asAdmin;
  @EJB private AsChecker asChecker;
  @PersistenceContext private EntityManager em;

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  /** An article: outlet, dateline, title, then the paragraphs; its id. */
  private long importArticle(String title, String... paragraphs) {
    String text =
        unique("Lakeside Herald ")
            + "\nMonday, March 3, 2025\n\n"
            + title
            + " "
            + unique("")
            + "\n\n"
            + String.join("\n\n", paragraphs)
            + "\n";
    return pipeline
        .importArticle(
            new ImportRequest(
                text.getBytes(StandardCharsets.UTF_8), ContentHint.TEXT, SourceInfo.NONE, "a.txt"),
            "tester")
        .articleId();
  }

  private long confirm(long articleId, String part) {
    long candidate =
        asAdmin.call(
            () ->
                em
                    .createQuery(
                        "select c from ClaimCandidate c where c.article.id = :a order by c.id",
                        ClaimCandidate.class)
                    .setParameter("a", articleId)
                    .getResultList()
                    .stream()
                    .filter(c -> c.getSentence().contains(part))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no candidate with " + part))
                    .getId());
    return asAdmin.call(() -> claims.confirm(candidate, null)).id();
  }

  /** A ferry story no other test tells; its one claim, confirmed. */
  private long ferryClaim() {
    long article =
        importArticle(
            "Ferry Timetable Extended",
            "The lake ferry company said it carried 61,300 passengers in April, a record for the"
                + " spring.",
            "Boats will now run until midnight on Fridays.");
    return confirm(article, "61,300 passengers");
  }

  /** A user who is only a fact-checker, created once; nobody signs in as them. */
  private void user(String username, Role role) {
    asAdmin.call(
        () -> {
          if (em.createNamedQuery(User.BY_USERNAME, User.class)
              .setParameter("username", username)
              .getResultList()
              .isEmpty()) {
            em.persist(new User(username, username, "not-a-login", EnumSet.of(role)));
          }
          return null;
        });
  }

  private static VerdictInput verdict(Rating rating, String rationale) {
    return new VerdictInput(
        rating,
        rationale,
        "The lake ferry company",
        LocalDate.of(2025, 3, 3),
        List.of(
            new EvidenceInput(
                "https://transport.example/ferries/2025-04", "Ferry statistics, April", "table 2"),
            new EvidenceInput("http://archive.example/release", "The company's release", null)));
  }

  private static String refused(Supplier<?> work) {
    return assertThrows(ClaimException.class, work::get).getMessage();
  }

  @Test
  void onlyTheAssignedFactCheckerGivesAVerdictAndRevisionsKeepTheHistory() {
    user(OTHER_CHECKER, Role.FACT_CHECKER);
    user(AsChecker.PRINCIPAL, Role.FACT_CHECKER);
    long claim = ferryClaim();
    LocalDate due = today().plusDays(3);

    ClaimDetail assigned = asAdmin.call(() -> factCheck.assign(claim, OTHER_CHECKER, due));
    assertEquals(OTHER_CHECKER, assigned.assignee());
    assertEquals(due, assigned.dueDate());

    String notYours =
        refused(
            () -> asChecker.call(() -> factCheck.giveVerdict(claim, verdict(Rating.TRUE, "x"))));
    assertTrue(notYours.endsWith("is assigned to other-checker; only they can give its verdict."));
    assertThrows(
        EJBAccessException.class,
        () -> asAdmin.call(() -> factCheck.giveVerdict(claim, verdict(Rating.TRUE, "x"))),
        "without the fact-checker role nobody rates (an editor over REST: ClaimsBrowserIT)");
    assertThrows(
        EJBAccessException.class,
        () -> asChecker.call(() -> factCheck.assign(claim, AsChecker.PRINCIPAL, null)),
        "fact-checkers take from the pool; they do not assign");
    assertTrue(asAdmin.call(() -> factCheck.verdicts(claim)).isEmpty(), "nothing was written");

    asAdmin.call(() -> factCheck.assign(claim, AsChecker.PRINCIPAL, null));
    String bad =
        refused(
            () ->
                asChecker.call(
                    () ->
                        factCheck.giveVerdict(
                            claim,
                            new VerdictInput(
                                Rating.FALSE,
                                "why",
                                "x",
                                today(),
                                List.of(new EvidenceInput("file:///etc/passwd", "t", null))))));
    assertTrue(bad.startsWith("Evidence 1: the link must start with http"), bad);
    assertTrue(asAdmin.call(() -> factCheck.verdicts(claim)).isEmpty(), "nothing was written");

    VerdictDetail first =
        asChecker.call(() -> factCheck.giveVerdict(claim, verdict(Rating.MOSTLY_TRUE, "Close.")));
    assertEquals(1, first.revision());
    assertEquals(AsChecker.PRINCIPAL, first.author());
    assertEquals(2, first.evidence().size());
    assertEquals("table 2", first.evidence().get(0).note());
    VerdictDetail second =
        asChecker.call(
            () ->
                factCheck.giveVerdict(
                    claim, verdict(Rating.FALSE, "The April figure was 16,300.")));
    assertEquals(2, second.revision());

    List<VerdictDetail> history = asAdmin.call(() -> factCheck.verdicts(claim));
    assertEquals(List.of(2, 1), history.stream().map(VerdictDetail::revision).toList());
    assertEquals(Rating.MOSTLY_TRUE, history.get(1).rating(), "the earlier verdict is kept");
    ClaimDetail now = asAdmin.call(() -> claims.get(claim));
    assertEquals(ClaimState.CHECKED, now.state());
    assertEquals(Rating.FALSE, now.rating());
    assertEquals(AsChecker.PRINCIPAL, now.checkedBy());
    assertTrue(
        refused(() -> asAdmin.call(() -> claims.dismiss(claim, "late"))).contains("has a verdict"));
  }

  @Test
  void assignmentGoesToAnEnabledFactCheckerWithADueDateNotPassed() {
    user(WRITER, Role.EDITOR);
    long claim = ferryClaim();
    assertEquals(
        "User plain-writer is not a fact-checker; claims go to fact-checkers.",
        refused(() -> asAdmin.call(() -> factCheck.assign(claim, WRITER, null))));
    assertEquals(
        "There is no user \"nobody-here\".",
        refused(() -> asAdmin.call(() -> factCheck.assign(claim, "nobody-here", null))));
    user(OTHER_CHECKER, Role.FACT_CHECKER);
    assertTrue(
        refused(
                () ->
                    asAdmin.call(
                        () -> factCheck.assign(claim, OTHER_CHECKER, today().minusDays(1))))
            .endsWith("has passed."));
    assertNull(asAdmin.call(() -> claims.get(claim)).assignee(), "nothing changed");
  }

  @Test
  void factCheckersTakeFromTheOpenPoolAndGiveBack() {
    long claim = ferryClaim();
    assertTrue(ids(ClaimFilter.openPool()).contains(claim));

    ClaimDetail taken = asChecker.call(() -> factCheck.take(claim));
    assertEquals(AsChecker.PRINCIPAL, taken.assignee());
    assertFalse(ids(ClaimFilter.openPool()).contains(claim));
    assertTrue(ids(ClaimFilter.queueOf(AsChecker.PRINCIPAL)).contains(claim));
    assertEquals(
        "Claim " + claim + " is already yours.",
        refused(() -> asChecker.call(() -> factCheck.take(claim))));
    assertThrows(EJBAccessException.class, () -> asAdmin.call(() -> factCheck.take(claim)));

    asChecker.call(() -> factCheck.release(claim));
    assertTrue(ids(ClaimFilter.openPool()).contains(claim));
    assertFalse(ids(ClaimFilter.queueOf(AsChecker.PRINCIPAL)).contains(claim));
  }

  @Test
  void theQueueIsOrderedByPriorityAndTheWorkloadCountsOpenAndOverdueClaims() {
    user(AsChecker.PRINCIPAL, Role.FACT_CHECKER);
    long later = ferryClaim();
    long sooner = ferryClaim();
    asAdmin.call(() -> factCheck.assign(later, AsChecker.PRINCIPAL, today().plusDays(20)));
    asAdmin.call(() -> factCheck.assign(sooner, AsChecker.PRINCIPAL, today()));

    List<ClaimRow> queue =
        asChecker.call(() -> factCheck.rows(ClaimFilter.queueOf(AsChecker.PRINCIPAL), 0, 200));
    List<Long> order = queue.stream().map(ClaimRow::id).toList();
    assertTrue(order.indexOf(sooner) < order.indexOf(later), order.toString());
    for (int i = 1; i < queue.size(); i++) {
      assertTrue(queue.get(i - 1).priority() >= queue.get(i).priority(), queue.toString());
    }
    Workload mine =
        asAdmin.call(() -> factCheck.workload()).stream()
            .filter(w -> w.username().equals(AsChecker.PRINCIPAL))
            .findFirst()
            .orElseThrow();
    assertEquals(
        asChecker.call(() -> factCheck.count(ClaimFilter.queueOf(AsChecker.PRINCIPAL))),
        mine.open());
    assertTrue(mine.dueThisWeek() >= 1, mine.toString());
    assertThrows(EJBAccessException.class, () -> asChecker.call(() -> factCheck.workload()));
  }

  @Test
  void aClusterOffersItsVerdictToTheSameClaimButNotToAConflictingOne() {
    String[] tellings = {
      "The Ministry of Water said 1,240 wells had run dry in the valley since 2021.",
      "According to the Ministry of Water, 1,240 wells have run dry in the valley since 2021.",
      "The Ministry of Agriculture said 860 wells had run dry in the valley since 2021."
    };
    long[] ids = new long[3];
    for (int i = 0; i < 3; i++) {
      long article = importArticle("Wells Run Dry", tellings[i], "Farmers met on Tuesday.");
      ids[i] = confirm(article, "wells");
    }
    asChecker.call(() -> factCheck.take(ids[0]));
    asChecker.call(
        () -> factCheck.giveVerdict(ids[0], verdict(Rating.MISLEADING, "Counts wells twice.")));

    Suggestion same =
        asAdmin.call(() -> factCheck.suggestions(ids[1])).stream()
            .filter(s -> s.fromClaimId() == ids[0])
            .findFirst()
            .orElseThrow();
    assertTrue(same.acceptable());
    Suggestion conflict =
        asAdmin.call(() -> factCheck.suggestions(ids[2])).stream()
            .filter(s -> s.fromClaimId() == ids[0])
            .findFirst()
            .orElseThrow();
    assertFalse(conflict.acceptable());
    assertFalse(conflict.differences().isEmpty());

    assertTrue(
        refused(() -> asChecker.call(() -> factCheck.acceptSuggestion(ids[2], ids[0])))
            .contains("conflicts with claim"));
    VerdictDetail taken = asChecker.call(() -> factCheck.acceptSuggestion(ids[1], ids[0]));
    assertEquals(Rating.MISLEADING, taken.rating());
    assertEquals("Counts wells twice.", taken.rationale());
    assertEquals(ids[0], taken.suggestedByClaim());
    assertEquals("Ministry of Water", taken.claimant(), "the claimant is this claim's own source");
    assertEquals(AsChecker.PRINCIPAL, asAdmin.call(() -> claims.get(ids[1])).assignee());
  }

  @Test
  void anArticleMovesOnToReadyOnceEveryClaimIsCheckedOrDismissed() {
    long article =
        importArticle(
            "Bridge Repairs Finished Early",
            "The council said the bridge repairs cost 2.4 million euros, 300,000 less than planned.",
            "Engineers said 14 of the 20 cables were replaced in October.");
    ReviewDraft draft = asAdmin.call(() -> reviews.open(article));
    ArticleMetadataForm form = asAdmin.call(() -> reviews.metadata(article));
    draft.acceptAtOrAbove(0);
    assertEquals(
        ArticleState.IN_FACT_CHECK, asAdmin.call(() -> reviews.finish(draft, form)).getToState());
    long cost = confirm(article, "2.4 million");
    long cables = confirm(article, "cables");

    ArticleStateException waiting =
        assertThrows(
            ArticleStateException.class,
            () -> asAdmin.call(() -> factCheck.finishFactCheck(article)));
    assertTrue(
        waiting.getMessage().startsWith("2 confirmed claims still wait"), waiting.getMessage());

    asChecker.call(() -> factCheck.take(cost));
    asChecker.call(() -> factCheck.giveVerdict(cost, verdict(Rating.TRUE, "Matches the budget.")));
    asAdmin.call(() -> claims.dismiss(cables, "engineering detail, not in dispute"));
    FactCheckProgress progress = asAdmin.call(() -> factCheck.progress(article));
    assertEquals(new FactCheckProgress(0, 1, 1), progress);

    assertThrows(
        EJBAccessException.class,
        () -> asChecker.call(() -> factCheck.finishFactCheck(article)),
        "finishing the fact-check is an editor's act");
    assertEquals(
        ArticleState.IN_FACT_CHECK, asAdmin.call(() -> em.find(Article.class, article).getState()));
    assertEquals(
        ArticleState.READY, asAdmin.call(() -> factCheck.finishFactCheck(article)).getToState());
    assertEquals(
        ArticleState.READY, asAdmin.call(() -> em.find(Article.class, article).getState()));
    assertTrue(
        assertThrows(
                ArticleStateException.class,
                () -> asAdmin.call(() -> factCheck.finishFactCheck(article)))
            .getMessage()
            .contains("only an article in fact-check"));
  }

  @Test
  void onlyTheAssigneeOrAnEditorRewordsOrDismissesAClaimAndNobodyOnceItsArticleIsApproved() {
    user(OTHER_CHECKER, Role.FACT_CHECKER);
    user(AsChecker.PRINCIPAL, Role.FACT_CHECKER);
    long article =
        importArticle(
            "Tram Depot Opens",
            "The transport board said the new depot holds 48 trams, twice the old one.",
            "The mayor said the depot cost 91 million euros.");
    ReviewDraft draft = asAdmin.call(() -> reviews.open(article));
    ArticleMetadataForm form = asAdmin.call(() -> reviews.metadata(article));
    draft.acceptAtOrAbove(0);
    asAdmin.call(() -> reviews.finish(draft, form));
    long trams = confirm(article, "48 trams");
    long cost = confirm(article, "91 million");

    // in the open pool, confirmed by someone else: the fact-checker takes it first
    assertTrue(
        refused(() -> asChecker.call(() -> claims.dismiss(cost, "opinion")))
            .endsWith("is in the open pool; take it before you dismiss it."));
    // assigned to another fact-checker: neither reworded nor dismissed by this one
    asAdmin.call(() -> factCheck.assign(cost, OTHER_CHECKER, null));
    assertEquals(
        "Claim " + cost + " is assigned to other-checker; only they or an editor may dismiss it.",
        refused(() -> asChecker.call(() -> claims.dismiss(cost, "opinion"))));
    assertTrue(
        refused(() -> asChecker.call(() -> claims.reword(cost, "Depot cost 1 euro", null)))
            .endsWith("only they or an editor may reword it."));
    ClaimDetail untouched = asAdmin.call(() -> claims.get(cost));
    assertEquals(ClaimState.CONFIRMED, untouched.state());
    assertTrue(untouched.sentence().contains("91 million"), untouched.sentence());
    // an editor may
    assertEquals(
        ClaimState.DISMISSED,
        asAdmin.call(() -> claims.dismiss(cost, "a quote, not in dispute")).state());

    // the assignee rewords their own claim and rates it
    asAdmin.call(() -> factCheck.assign(trams, AsChecker.PRINCIPAL, null));
    String line = "Depot holds 48 trams";
    String sentence = asAdmin.call(() -> claims.get(trams)).sentence();
    assertEquals(line, asChecker.call(() -> claims.reword(trams, line, sentence)).claimReviewed());
    asChecker.call(() -> factCheck.giveVerdict(trams, verdict(Rating.TRUE, "Board report.")));
    asAdmin.call(() -> factCheck.finishFactCheck(article));
    asAdmin.call(
        () -> {
          workflow.setFourEyes(false);
          return null;
        });
    try {
      asAdmin.call(() -> workflow.approve(article));
    } finally {
      asAdmin.call(() -> workflow.setFourEyes(true));
    }

    // approved: the verdict rates the text it saw, so nobody rewords it, editor or assignee
    String approved =
        "Claim "
            + trams
            + " belongs to article "
            + article
            + ", which is approved; reopen the article to reword its claims.";
    assertEquals(
        approved,
        refused(() -> asChecker.call(() -> claims.reword(trams, "Depot holds 4 trams", null))));
    assertEquals(
        approved,
        refused(() -> asAdmin.call(() -> claims.reword(trams, "Depot holds 4 trams", null))));
    assertEquals(line, asAdmin.call(() -> claims.get(trams)).claimReviewed());
  }

  private List<Long> ids(ClaimFilter filter) {
    return asAdmin.call(() -> factCheck.rows(filter, 0, 200)).stream().map(ClaimRow::id).toList();
  }
}
