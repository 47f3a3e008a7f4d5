package org.factdesk.claim;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.factdesk.analysis.claim.ClaimDifference;
import org.factdesk.analysis.claim.Claimants;
import org.factdesk.analysis.claim.FoundSpan;
import org.factdesk.analysis.claim.MatchVerdict;
import org.factdesk.article.Article;
import org.factdesk.article.ArticleMoves;
import org.factdesk.article.ArticleTransition;
import org.factdesk.identity.Role;
import org.factdesk.identity.User;

/**
 * The fact-check of claims: who checks which claim (editors assign, fact-checkers take from the
 * open pool), the verdicts, the suggestions a cluster offers, the queues and workloads, and an
 * article's way on to ready once its claims are all checked or dismissed.
 *
 * <p>Only the fact-checker a claim is assigned to gives its verdict: the method is open to the
 * FACT_CHECKER role alone, and the claim must be theirs. An editor who is not a fact-checker
 * cannot, whatever page or REST call they use.
 */
@Stateless
public class FactCheckService {

  private static final Logger LOG = Logger.getLogger(FactCheckService.class.getName());

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  @EJB private ClaimService claims;

  @EJB private org.factdesk.article.StatisticCounts keptCounts;
  @EJB private ArticleMoves moves;

  /** Assigns a claim to a fact-checker, or reassigns it; {@code due} may be null. */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public ClaimDetail assign(long claimId, String checker, LocalDate due) {
    String username = factChecker(checker);
    checkDue(due);
    Claim claim = locked(claimId);
    claim.assign(username, actor(), due);
    LOG.info(() -> "Claim " + claimId + " assigned to " + username + " by " + actor());
    return claims.get(claimId);
  }

  /**
   * Assigns every claim of an article that waits for a verdict; checked and dismissed ones stay as
   * they are.
   *
   * @return how many claims were assigned
   */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public int assignArticle(long articleId, String checker, LocalDate due) {
    String username = factChecker(checker);
    checkDue(due);
    if (em.find(Article.class, articleId) == null) {
      throw new ClaimNotFoundException("Article " + articleId + " does not exist.");
    }
    List<Claim> open =
        em.createQuery(
                "select c from Claim c where c.article.id = :article"
                    + " and c.state = org.factdesk.claim.ClaimState.CONFIRMED order by c.id",
                Claim.class)
            .setParameter("article", articleId)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (open.isEmpty()) {
      throw new ClaimException(
          "Article " + articleId + " has no confirmed claim waiting for a verdict.");
    }
    open.forEach(c -> c.assign(username, actor(), due));
    LOG.info(
        () ->
            open.size()
                + " claims of article "
                + articleId
                + " assigned to "
                + username
                + " by "
                + actor());
    return open.size();
  }

  /**
   * Assigns several claims; a claim that cannot be assigned is left as it is.
   *
   * @return why any could not be assigned
   */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public List<String> assignAll(List<Long> claimIds, String checker, LocalDate due) {
    String username = factChecker(checker);
    checkDue(due);
    List<String> refused = new ArrayList<>();
    for (Long id : claimIds) {
      Claim claim = em.find(Claim.class, id, LockModeType.PESSIMISTIC_WRITE);
      if (claim == null) {
        refused.add("Claim " + id + " does not exist.");
        continue;
      }
      try {
        claim.assign(username, actor(), due);
      } catch (ClaimException e) {
        refused.add(e.getMessage());
      }
    }
    return refused;
  }

  /** A fact-checker takes a claim from the open pool. */
  @RolesAllowed(Role.FACT_CHECKER_NAME)
  public ClaimDetail take(long claimId) {
    locked(claimId).take(actor());
    LOG.info(() -> "Claim " + claimId + " taken by " + actor());
    return claims.get(claimId);
  }

  /** The assigned fact-checker gives a claim back to the open pool. */
  @RolesAllowed(Role.FACT_CHECKER_NAME)
  public ClaimDetail release(long claimId) {
    locked(claimId).release(actor());
    LOG.info(() -> "Claim " + claimId + " given back to the pool by " + actor());
    return claims.get(claimId);
  }

  /**
   * Gives a claim a verdict, or revises it: the earlier verdicts stay in its history. Only the
   * fact-checker the claim is assigned to may.
   */
  @RolesAllowed(Role.FACT_CHECKER_NAME)
  public VerdictDetail giveVerdict(long claimId, VerdictInput input) {
    Claim claim = locked(claimId);
    claim.checkVerdictBy(actor());
    if (input == null) {
      throw new ClaimException("The verdict is missing.");
    }
    return record(claim, input.checked(today()), null);
  }

  /**
   * Takes over the verdict of another claim of the same cluster, with one click: its rating,
   * rationale and evidence; the claimant and claim date are this claim's own ({@link #defaults}). A
   * claim in the open pool is taken first.
   */
  @RolesAllowed(Role.FACT_CHECKER_NAME)
  public VerdictDetail acceptSuggestion(long claimId, long fromClaimId) {
    Claim claim = locked(claimId);
    if (claim.getAssignee() == null && claim.getState() == ClaimState.CONFIRMED) {
      claim.take(actor());
    }
    claim.checkVerdictBy(actor());
    Suggestion suggestion =
        suggestions(claim).stream()
            .filter(s -> s.fromClaimId() == fromClaimId)
            .findFirst()
            .orElseThrow(
                () ->
                    new ClaimException(
                        "Claim "
                            + fromClaimId
                            + " is not linked with claim "
                            + claimId
                            + " or has no verdict; there is nothing to take over."));
    if (!suggestion.acceptable()) {
      throw new ClaimException(
          "Claim "
              + fromClaimId
              + " conflicts with claim "
              + claimId
              + " ("
              + describe(suggestion.differences())
              + "); its verdict rates other facts and is not taken over.");
    }
    VerdictDetail from = suggestion.verdict();
    VerdictDefaults defaults = defaults(claim);
    VerdictInput input =
        new VerdictInput(
            from.rating(),
            from.rationale(),
            defaults.claimant(),
            defaults.claimDate(),
            from.evidence().stream()
                .map(e -> new VerdictInput.EvidenceInput(e.url(), e.title(), e.note()))
                .toList());
    return record(claim, input.checked(today()), fromClaimId);
  }

  /** Every verdict of a claim, newest first. */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  public List<VerdictDetail> verdicts(long claimId) {
    claim(claimId);
    return em
        .createNamedQuery(Verdict.OF_CLAIM, Verdict.class)
        .setParameter("claim", claimId)
        .getResultList()
        .stream()
        .map(VerdictDetail::of)
        .toList();
  }

  /** The verdicts of the other claims of its cluster, as suggestions for this one. */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  public List<Suggestion> suggestions(long claimId) {
    return suggestions(claim(claimId));
  }

  /**
   * What a new verdict's form starts with: the claim's source, or the outlet; the article's date.
   */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  public VerdictDefaults defaults(long claimId) {
    return defaults(claim(claimId));
  }

  /** One page of claims, the most urgent first (see {@link Priority}). */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  public List<ClaimRow> rows(ClaimFilter filter, int first, int max) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
    Root<Claim> claim = query.from(Claim.class);
    Join<Claim, Article> article = claim.join("article");
    query.multiselect(
        claim.get("id"),
        claim.get("claimReviewed"),
        claim.get("state"),
        claim.get("score"),
        claim.get("priorityKey"),
        claim.get("assignee"),
        claim.get("dueDate"),
        claim.get("rating"),
        article.get("id"),
        article.get("title"),
        article.get("outlet"),
        claim.get("clusterId"),
        claim.get("createdAt"));
    query.where(where(cb, claim, filter));
    query.orderBy(cb.desc(claim.get("priorityKey")), cb.asc(claim.get("id")));
    LocalDate today = today();
    return em.createQuery(query).setFirstResult(first).setMaxResults(max).getResultList().stream()
        .map(
            r ->
                new ClaimRow(
                    (Long) r[0],
                    (String) r[1],
                    (ClaimState) r[2],
                    (Double) r[3],
                    Priority.at((Double) r[4], today),
                    (String) r[5],
                    (LocalDate) r[6],
                    (Rating) r[7],
                    (Long) r[8],
                    (String) r[9],
                    (String) r[10],
                    (Long) r[11],
                    (Instant) r[12]))
        .toList();
  }

  /** How many claims a filter matches. */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  public long count(ClaimFilter filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Claim> claim = query.from(Claim.class);
    query.select(cb.count(claim)).where(where(cb, claim, filter));
    return em.createQuery(query).getSingleResult();
  }

  /** The enabled fact-checkers, by display name: whom an editor can assign claims to. */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  public List<Checker> factCheckers() {
    return em
        .createQuery(
            "select u from User u join u.roles r where r = :role and u.enabled = true"
                + " order by u.displayName",
            User.class)
        .setParameter("role", Role.FACT_CHECKER)
        .getResultList()
        .stream()
        .map(u -> new Checker(u.getUsername(), u.getDisplayName()))
        .toList();
  }

  /** A fact-checker to choose from. */
  public record Checker(String username, String displayName) implements java.io.Serializable {}

  /** Each fact-checker's load, and how many claims wait in the open pool (the last line). */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public List<Workload> workload() {
    LocalDate today = today();
    Map<String, Object[]> open = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select c.assignee, count(c),"
                    + " sum(case when c.dueDate < :today then 1 else 0 end),"
                    + " sum(case when c.dueDate <= :week then 1 else 0 end),"
                    + " min(c.assignedAt)"
                    + " from Claim c where c.state = org.factdesk.claim.ClaimState.CONFIRMED"
                    + " and c.assignee is not null group by c.assignee",
                Object[].class)
            .setParameter("today", today)
            .setParameter("week", today.plusDays(7))
            .getResultList()) {
      open.put((String) r[0], r);
    }
    Map<String, Long> checked = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select v.author, count(distinct v.claim.id) from Verdict v"
                    + " where v.createdAt >= :since group by v.author",
                Object[].class)
            .setParameter("since", Instant.now().minus(7, ChronoUnit.DAYS))
            .getResultList()) {
      checked.put((String) r[0], (Long) r[1]);
    }
    List<Workload> rows = new ArrayList<>();
    for (Checker checker : factCheckers()) {
      Object[] o = open.remove(checker.username());
      rows.add(
          new Workload(
              checker.username(),
              checker.displayName(),
              o == null ? 0 : (Long) o[1],
              o == null ? 0 : number(o[2]),
              o == null ? 0 : number(o[3]),
              checked.getOrDefault(checker.username(), 0L),
              o == null || o[4] == null
                  ? null
                  : LocalDate.ofInstant((Instant) o[4], ZoneOffset.UTC)));
    }
    // claims of people who are no longer (enabled) fact-checkers still need someone
    open.forEach(
        (username, o) ->
            rows.add(
                new Workload(
                    username,
                    username + " (not an active fact-checker)",
                    (Long) o[1],
                    number(o[2]),
                    number(o[3]),
                    checked.getOrDefault(username, 0L),
                    o[4] == null ? null : LocalDate.ofInstant((Instant) o[4], ZoneOffset.UTC))));
    return rows;
  }

  /** Claims per newest rating. */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  public Map<Rating, Long> countByRating() {
    Map<Rating, Long> counts = new java.util.EnumMap<>(Rating.class);
    for (Rating r : Rating.values()) {
      counts.put(r, 0L);
    }
    if (keptCounts.kept()) {
      keptCounts
          .read(org.factdesk.article.StatisticCounts.CLAIM_RATING)
          .forEach((rating, n) -> counts.put(Rating.valueOf(rating), n));
      return counts;
    }
    for (Object[] r :
        em.createQuery(
                "select c.rating, count(c) from Claim c where c.rating is not null"
                    + " group by c.rating",
                Object[].class)
            .getResultList()) {
      counts.put((Rating) r[0], (Long) r[1]);
    }
    return counts;
  }

  /** The caller's own queue at a glance: open, overdue, and the open pool. */
  @RolesAllowed(Role.FACT_CHECKER_NAME)
  public MyQueue myQueue() {
    String me = actor();
    long overdue =
        em.createQuery(
                "select count(c) from Claim c where c.assignee = :me"
                    + " and c.state = org.factdesk.claim.ClaimState.CONFIRMED and c.dueDate < :today",
                Long.class)
            .setParameter("me", me)
            .setParameter("today", today())
            .getSingleResult();
    return new MyQueue(count(ClaimFilter.queueOf(me)), overdue, count(ClaimFilter.openPool()));
  }

  /** A fact-checker's queue at a glance. */
  public record MyQueue(long open, long overdue, long pool) implements Serializable {}

  /** How far an article's fact-check is. */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  public FactCheckProgress progress(long articleId) {
    Map<ClaimState, Long> byState = new HashMap<>();
    for (Object[] r :
        em.createQuery(
                "select c.state, count(c) from Claim c where c.article.id = :article"
                    + " group by c.state",
                Object[].class)
            .setParameter("article", articleId)
            .getResultList()) {
      byState.put((ClaimState) r[0], (Long) r[1]);
    }
    return new FactCheckProgress(
        byState.getOrDefault(ClaimState.CONFIRMED, 0L),
        byState.getOrDefault(ClaimState.CHECKED, 0L),
        byState.getOrDefault(ClaimState.DISMISSED, 0L));
  }

  /**
   * Moves an article in fact-check on to ready: every confirmed claim must have a verdict or be
   * dismissed with a reason. An editor's act: the fact-checkers each see their own claims, the
   * editor answers for the whole article.
   */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public ArticleTransition finishFactCheck(long articleId) {
    return moves
        .move(
            articleId,
            (article, actor) -> article.finishFactCheck(actor, progress(articleId).confirmed()))
        .orElseThrow(() -> new ClaimNotFoundException("Article " + articleId + " does not exist."));
  }

  /**
   * Whether the caller may move the article on to ready now: an editor's act ({@link
   * #finishFactCheck}), when the article's own rule allows it.
   */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  public boolean canFinishFactCheck(long articleId) {
    if (!context.isCallerInRole(Role.EDITOR_NAME) && !context.isCallerInRole(Role.ADMIN_NAME)) {
      return false;
    }
    Article article = em.find(Article.class, articleId);
    return article != null
        && article.whyFactCheckCannotFinish(progress(articleId).confirmed()).isEmpty();
  }

  private VerdictDetail record(Claim claim, VerdictInput.Checked checked, Long suggestedBy) {
    int revision =
        em.createQuery(
                "select coalesce(max(v.revision), 0) from Verdict v where v.claim = :claim",
                Integer.class)
            .setParameter("claim", claim)
            .getSingleResult();
    Verdict verdict = new Verdict(claim, revision + 1, checked, actor(), suggestedBy);
    em.persist(verdict);
    claim.checked(verdict);
    em.flush();
    LOG.info(
        () ->
            "Claim "
                + claim.getId()
                + " rated "
                + verdict.getRating()
                + " (revision "
                + verdict.getRevision()
                + ") by "
                + actor());
    return VerdictDetail.of(verdict);
  }

  private List<Suggestion> suggestions(Claim claim) {
    if (claim.getClusterId() == null) {
      return List.of();
    }
    List<Claim> cluster =
        em.createNamedQuery(Claim.OF_CLUSTER, Claim.class)
            .setParameter("cluster", claim.getClusterId())
            .getResultList();
    List<Long> others =
        cluster.stream()
            .filter(c -> !c.getId().equals(claim.getId()) && c.getRating() != null)
            .map(Claim::getId)
            .toList();
    if (others.isEmpty()) {
      return List.of();
    }
    Map<Long, List<ClaimDifference>> conflicts = new HashMap<>();
    for (LinkedClaim link :
        em.createNamedQuery(LinkedClaim.OF_CLAIMS, LinkedClaim.class)
            .setParameter("claims", List.of(claim.getId()))
            .getResultList()) {
      if (link.getVerdict() == MatchVerdict.CONFLICT) {
        boolean left = link.getLeft().getId().equals(claim.getId());
        conflicts.put(
            left ? link.getRight().getId() : link.getLeft().getId(),
            left
                ? link.getDifferences()
                : link.getDifferences().stream()
                    .map(d -> new ClaimDifference(d.type(), d.right(), d.left()))
                    .toList());
      }
    }
    List<Suggestion> suggestions = new ArrayList<>();
    for (Verdict v :
        em.createNamedQuery(Verdict.NEWEST_OF_CLAIMS, Verdict.class)
            .setParameter("claims", others)
            .getResultList()) {
      Claim from = v.getClaim();
      List<ClaimDifference> differences = conflicts.get(from.getId());
      suggestions.add(
          new Suggestion(
              from.getId(),
              from.getArticle().getId(),
              from.getArticle().getTitle(),
              from.getClaimReviewed(),
              VerdictDetail.of(v),
              differences != null,
              differences == null ? List.of() : differences));
    }
    suggestions.sort(
        java.util.Comparator.comparing(Suggestion::conflict)
            .thenComparing(s -> s.verdict().givenAt(), java.util.Comparator.reverseOrder()));
    return suggestions;
  }

  private VerdictDefaults defaults(Claim claim) {
    Article article = claim.getArticle();
    String claimant =
        Claimants.named(
                claim.getSentence(),
                claim.getSpans().stream()
                    .map(
                        s ->
                            new FoundSpan(
                                s.getType(), s.getText(), s.getStartOffset(), s.getEndOffset()))
                    .toList())
            .orElse(article.getOutlet() == null ? "" : article.getOutlet());
    LocalDate date =
        article.getPublished() != null
            ? article.getPublished()
            : LocalDate.ofInstant(article.getCreatedAt(), ZoneOffset.UTC);
    return new VerdictDefaults(claimant, date);
  }

  private static Predicate[] where(CriteriaBuilder cb, Root<Claim> claim, ClaimFilter filter) {
    List<Predicate> p = new ArrayList<>();
    if (filter.articleId() != null) {
      p.add(cb.equal(claim.get("article").get("id"), filter.articleId()));
    }
    if (filter.state() != null) {
      p.add(cb.equal(claim.get("state"), filter.state()));
    }
    if (filter.pool()) {
      p.add(cb.equal(claim.get("state"), ClaimState.CONFIRMED));
      p.add(cb.isNull(claim.get("assignee")));
    } else if (filter.assignee() != null) {
      p.add(cb.equal(claim.get("assignee"), filter.assignee()));
    }
    if (filter.clusterId() != null) {
      p.add(cb.equal(claim.get("clusterId"), filter.clusterId()));
    }
    if (filter.rating() != null) {
      p.add(cb.equal(claim.get("rating"), filter.rating()));
    }
    return p.toArray(Predicate[]::new);
  }

  private static String describe(List<ClaimDifference> differences) {
    return differences.isEmpty()
        ? "they disagree"
        : String.join(
            "; ",
            differences.stream()
                .map(d -> d.type() + ": " + d.left() + " vs " + d.right())
                .toList());
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  /** The user name of an enabled fact-checker, or a message saying why it is not one. */
  private String factChecker(String username) {
    if (username == null || username.isBlank()) {
      throw new ClaimException("Choose the fact-checker to assign to.");
    }
    User user =
        em.createNamedQuery(User.BY_USERNAME, User.class)
            .setParameter("username", username.strip())
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new ClaimException("There is no user \"" + username + "\"."));
    if (!user.isEnabled()) {
      throw new ClaimException("User " + user.getUsername() + " is disabled.");
    }
    if (!user.hasRole(Role.FACT_CHECKER)) {
      throw new ClaimException(
          "User " + user.getUsername() + " is not a fact-checker; claims go to fact-checkers.");
    }
    return user.getUsername();
  }

  private static void checkDue(LocalDate due) {
    if (due != null && due.isBefore(today())) {
      throw new ClaimException("The due date " + due + " has passed.");
    }
  }

  private Claim locked(long id) {
    Claim claim = em.find(Claim.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (claim == null) {
      throw new ClaimNotFoundException("Claim " + id + " does not exist.");
    }
    return claim;
  }

  private Claim claim(long id) {
    Claim claim = em.find(Claim.class, id);
    if (claim == null) {
      throw new ClaimNotFoundException("Claim " + id + " does not exist.");
    }
    return claim;
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private String actor() {
    return context.getCallerPrincipal().getName();
  }
}
