package org.factdesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.article.ClaimCandidate;
import org.factdesk.article.ImportPipeline;
import org.factdesk.article.ImportRequest;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.FactCheckService;
import org.factdesk.claim.Rating;
import org.factdesk.claim.VerdictInput;
import org.factdesk.claim.VerdictInput.EvidenceInput;
import org.factdesk.identity.Role;
import org.factdesk.identity.SecurityEvent;
import org.factdesk.identity.SecurityEventFilter;
import org.factdesk.identity.User;
import org.factdesk.identity.UserService;
import org.factdesk.review.ArticleMetadataForm;
import org.factdesk.review.ReviewDraft;
import org.factdesk.review.ReviewService;
import org.factdesk.rules.RuleBook;
import org.factdesk.support.AsAdmin;
import org.factdesk.support.AsChecker;
import org.factdesk.workflow.WorkflowService;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail inside Payara Micro on the configured database (H2, and PostgreSQL in CI): a
 * change to an article, flag, claim, verdict, user, rule set or setting is a revision with the
 * right user and the old → new values; comments; failed sign-ins and denied calls in the security
 * log. Changes run through the test helpers, so "who" is {@link AsAdmin#PRINCIPAL} or {@link
 * AsChecker#PRINCIPAL}; imports name their importer.
 */
@ExtendWith(ArquillianExtension.class)
class AuditPersistenceIT {

  @EJB private ImportPipeline pipeline;
  @EJB private ReviewService reviews;
  @EJB private ClaimService claims;
  @EJB private FactCheckService factCheck;
  @EJB private UserService users;
  @EJB private RuleBook rules;
  @EJB private WorkflowService workflow;
  @EJB private ArticleHistory history;
  @EJB private AuditTrail trail;
  @EJB private AsAdmin asAdmin;
  @EJB private AsChecker asChecker;
  @PersistenceContext private EntityManager em;

  private static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private long importArticle(String importer) {
    String text =
        unique("Valley Courier ")
            + "\nTuesday, April 8, 2025\n\nBridge Repairs Finished "
            + unique("")
            + "\n\nThe county said the repairs cost 4.2 million dollars, 300,000 less than planned."
            + "\n\nThe bridge reopens on Monday.\n\nShare post:\n";
    return pipeline
        .importArticle(
            new ImportRequest(
                text.getBytes(StandardCharsets.UTF_8), ContentHint.TEXT, SourceInfo.NONE, "b.txt"),
            importer)
        .articleId();
  }

  private List<HistoryEntry> timeline(long articleId) {
    return asAdmin.call(() -> history.timeline(articleId));
  }

  private static Optional<HistoryEntry> find(
      List<HistoryEntry> entries, Predicate<HistoryEntry> test) {
    return entries.stream().filter(test).findFirst();
  }

  private static boolean has(HistoryEntry entry, String field, String before, String after) {
    return entry.changes().contains(new FieldChange(field, before, after));
  }

  @Test
  void anArticleEditAndFlagDecisionsAreRevisionsWithWhoAndOldToNew() {
    String importer = unique("importer-");
    long id = importArticle(importer);

    List<HistoryEntry> imported = timeline(id);
    HistoryEntry created =
        find(imported, e -> e.title().equals("Article " + id + " created"))
            .orElseThrow(() -> new AssertionError("no creation in " + imported));
    assertEquals(importer, created.who(), "an import names its importer");
    assertTrue(created.changes().stream().anyMatch(c -> c.field().equals("state")));
    assertTrue(
        created.changes().stream().noneMatch(c -> c.field().equals("original bytes")),
        "the original bytes are not audited");

    ReviewDraft draft = asAdmin.call(() -> reviews.open(id));
    draft.acceptAtOrAbove(0);
    ArticleMetadataForm metadata = asAdmin.call(() -> reviews.metadata(id));
    String oldTitle = metadata.getTitle();
    metadata.setTitle("Bridge Repairs Done");
    asAdmin.call(() -> reviews.save(draft, metadata));

    List<HistoryEntry> after = timeline(id);
    HistoryEntry edit =
        find(after, e -> e.title().equals("Article " + id + " changed"))
            .orElseThrow(() -> new AssertionError("no change in " + after));
    assertEquals(AsAdmin.PRINCIPAL, edit.who());
    assertTrue(has(edit, "title", oldTitle, "Bridge Repairs Done"), edit.changes().toString());
    assertTrue(has(edit, "state", "IMPORTED", "IN_REVIEW"), edit.changes().toString());
    assertTrue(has(edit, "edited by", "", AsAdmin.PRINCIPAL), edit.changes().toString());

    HistoryEntry flag =
        find(
                after,
                e ->
                    e.kind() == HistoryEntry.Kind.CHANGE
                        && e.title().startsWith("Flag ")
                        && e.title().endsWith(" changed"))
            .orElseThrow(() -> new AssertionError("no flag change in " + after));
    assertEquals(AsAdmin.PRINCIPAL, flag.who());
    assertTrue(has(flag, "decision", "PENDING", "ACCEPTED"), flag.changes().toString());
    assertTrue(
        find(after, e -> e.kind() == HistoryEntry.Kind.DECISION).isPresent(),
        "the flag events are in the history too");
    assertTrue(
        find(after, e -> e.kind() == HistoryEntry.Kind.STATE && e.title().endsWith("In review"))
            .isPresent(),
        "and the state change");
    for (int i = 1; i < after.size(); i++) {
      assertFalse(after.get(i).at().isAfter(after.get(i - 1).at()), "newest first");
    }

    RevisionRow row =
        asAdmin
            .call(
                () ->
                    trail.revisions(
                        new RevisionFilter(
                            AsAdmin.PRINCIPAL, AuditedType.ARTICLE, today(), today()),
                        0,
                        50))
            .stream()
            .filter(
                r ->
                    asAdmin.call(() -> trail.changes(r.id())).stream()
                        .anyMatch(c -> c.type() == AuditedType.ARTICLE && c.id().equals("" + id)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the Audit page's filter misses the edit"));
    assertTrue(row.types().contains("Article") && row.types().contains("Flag"), row.toString());
    EntityChange articleChange =
        asAdmin.call(() -> trail.changes(row.id())).stream()
            .filter(c -> c.type() == AuditedType.ARTICLE)
            .findFirst()
            .orElseThrow();
    assertTrue(
        articleChange.fields().contains(new FieldChange("title", oldTitle, "Bridge Repairs Done")));
    assertEquals(
        0,
        asAdmin.call(
            () ->
                trail.countRevisions(
                    new RevisionFilter(
                        AsAdmin.PRINCIPAL, AuditedType.ARTICLE, today().plusDays(1), null))),
        "nothing from tomorrow");
    assertThrows(
        EJBAccessException.class,
        () -> asChecker.call(() -> trail.revisions(RevisionFilter.NONE, 0, 10)),
        "the Audit page is for admins");
  }

  @Test
  void commentsAreInTheHistoryAndRefusedWhenEmptyOrTooLong() {
    long id = importArticle("tester");
    asAdmin.call(
        () -> {
          history.comment(id, "  <b>Check</b> the cost figure.  ");
          return null;
        });
    asChecker.call(
        () -> {
          history.comment(id, "The county's release says 4.2 million.");
          return null;
        });
    List<HistoryEntry> entries = timeline(id);
    HistoryEntry mine =
        find(
                entries,
                e -> e.kind() == HistoryEntry.Kind.COMMENT && e.who().equals(AsAdmin.PRINCIPAL))
            .orElseThrow();
    assertEquals("<b>Check</b> the cost figure.", mine.text(), "stored as typed, stripped");
    assertTrue(
        find(
                entries,
                e -> e.kind() == HistoryEntry.Kind.COMMENT && e.who().equals(AsChecker.PRINCIPAL))
            .isPresent());

    CommentException empty =
        assertThrows(CommentException.class, () -> asAdmin.call(() -> comment(id, "   ")));
    assertTrue(empty.getMessage().contains("empty"), empty.getMessage());
    CommentException tooLong =
        assertThrows(
            CommentException.class, () -> asAdmin.call(() -> comment(id, "x".repeat(4001))));
    assertTrue(tooLong.getMessage().contains("4000"), tooLong.getMessage());
    assertThrows(CommentException.class, () -> asAdmin.call(() -> comment(-1, "hello")));
  }

  private Void comment(long id, String text) {
    history.comment(id, text);
    return null;
  }

  @Test
  void claimsAndVerdictsAreRevisionsOfWhoeverMadeThem() {
    ensureUser(AsChecker.PRINCIPAL, Role.FACT_CHECKER);
    long article = importArticle("tester");
    long candidate =
        asAdmin.call(
            () ->
                em.createQuery(
                        "select c from ClaimCandidate c where c.article.id = :a order by c.id",
                        ClaimCandidate.class)
                    .setParameter("a", article)
                    .getResultList()
                    .get(0)
                    .getId());
    long claim = asAdmin.call(() -> claims.confirm(candidate, null)).id();
    asAdmin.call(() -> factCheck.assign(claim, AsChecker.PRINCIPAL, null));
    asChecker.call(
        () ->
            factCheck.giveVerdict(
                claim,
                new VerdictInput(
                    Rating.MOSTLY_TRUE,
                    "The release gives 4.2 million.",
                    "The county",
                    LocalDate.of(2025, 4, 8),
                    List.of(
                        new EvidenceInput(
                            "https://county.example/release", "County release", null)))));

    List<HistoryEntry> entries = timeline(article);
    HistoryEntry confirmed =
        find(entries, e -> e.title().equals("Claim " + claim + " created")).orElseThrow();
    assertEquals(AsAdmin.PRINCIPAL, confirmed.who());
    HistoryEntry verdict =
        find(entries, e -> e.title().startsWith("Verdict ") && e.title().endsWith(" created"))
            .orElseThrow(() -> new AssertionError("no verdict in " + entries));
    assertEquals(AsChecker.PRINCIPAL, verdict.who());
    assertTrue(has(verdict, "rating", "", "MOSTLY_TRUE"), verdict.changes().toString());
    HistoryEntry rated =
        find(
                entries,
                e ->
                    e.title().equals("Claim " + claim + " changed")
                        && e.who().equals(AsChecker.PRINCIPAL))
            .orElseThrow(() -> new AssertionError("no rating on the claim in " + entries));
    assertTrue(has(rated, "rating", "", "MOSTLY_TRUE"), rated.changes().toString());
    HistoryEntry assigned =
        find(
                entries,
                e ->
                    e.title().equals("Claim " + claim + " changed")
                        && e.who().equals(AsAdmin.PRINCIPAL))
            .orElseThrow();
    assertTrue(has(assigned, "assignee", "", AsChecker.PRINCIPAL), assigned.changes().toString());
  }

  @Test
  void usersRuleSetsAndSettingsAreRevisionsWithoutPasswordHashes() {
    String name = unique("audited-");
    User created =
        asAdmin.call(
            () ->
                users.create(
                    name, "Audited", "lantern under the quiet bridge", EnumSet.of(Role.EDITOR)));
    asAdmin.call(
        () -> users.changeRoles(created.getId(), EnumSet.of(Role.EDITOR, Role.FACT_CHECKER), "x"));
    List<EntityChange> userChanges = changesOf(AuditedType.USER, "" + created.getId());
    assertEquals(2, userChanges.size(), userChanges.toString());
    EntityChange roles = userChanges.get(1);
    assertEquals(AsAdmin.PRINCIPAL, roles.username());
    assertTrue(
        roles.fields().contains(new FieldChange("roles", "EDITOR", "EDITOR, FACT_CHECKER")),
        roles.fields().toString());
    assertTrue(
        userChanges.stream()
            .flatMap(c -> c.fields().stream())
            .noneMatch(f -> f.field().contains("password") || f.field().contains("login")),
        "no password hash, no login bookkeeping");

    int number =
        asAdmin.call(() -> rules.save(rules.current().text(), "audit trail test: same rules"));
    EntityChange ruleSet =
        asAdmin
            .call(
                () ->
                    trail.revisions(
                        new RevisionFilter(AsAdmin.PRINCIPAL, AuditedType.RULE_SET, null, null),
                        0,
                        5))
            .stream()
            .flatMap(r -> asAdmin.call(() -> trail.changes(r.id())).stream())
            .filter(c -> c.type() == AuditedType.RULE_SET)
            .filter(c -> c.fields().contains(new FieldChange("number", "", "" + number)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no revision of rule set " + number));
    assertEquals(AsAdmin.PRINCIPAL, ruleSet.username());
    assertTrue(
        ruleSet.fields().contains(new FieldChange("comment", "", "audit trail test: same rules")));

    asAdmin.call(() -> workflow.setFourEyes(false));
    asAdmin.call(() -> workflow.setFourEyes(true));
    List<EntityChange> setting = changesOf(AuditedType.SETTING, "workflow.four-eyes");
    EntityChange on = setting.get(setting.size() - 1);
    EntityChange off = setting.get(setting.size() - 2);
    assertTrue(off.fields().contains(new FieldChange("value", "true", "false")), off.toString());
    assertTrue(on.fields().contains(new FieldChange("value", "false", "true")), on.toString());
    assertEquals(AsAdmin.PRINCIPAL, on.username());
  }

  /** Every revision of one entity, oldest first, through the Audit page's reading. */
  private List<EntityChange> changesOf(AuditedType type, String id) {
    return asAdmin
        .call(() -> trail.revisions(new RevisionFilter(null, type, null, null), 0, 200))
        .stream()
        .sorted(java.util.Comparator.comparingLong(RevisionRow::id))
        .flatMap(r -> asAdmin.call(() -> trail.changes(r.id())).stream())
        .filter(c -> c.type() == type && c.id().equals(id))
        .toList();
  }

  @Test
  void failedSignInsAndDeniedCallsAreInTheSecurityLog() throws Exception {
    String nobody = unique("nobody-");
    HttpResponse<String> refused = get("/api/me", nobody, "not the password");
    assertEquals(401, refused.statusCode());
    SecurityEvent failed = latest(SecurityEvent.Kind.LOGIN_FAILED, nobody);
    assertEquals(SecurityEvent.Channel.BASIC, failed.getChannel());
    assertEquals("GET /api/me", failed.getPath());
    assertFalse(
        String.valueOf(failed.getDetail()).contains("not the password"), "never the password");

    // The demo fact-checker may not analyse text (an EJB role check, answered by ErrorMapper) ...
    HttpResponse<String> analyse =
        send(
            HttpRequest.newBuilder(uri("/api/analyze"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Some text.")),
            "checker",
            "amber-lantern-23-fjord");
    assertEquals(403, analyse.statusCode(), analyse.body());
    SecurityEvent denied = latest(SecurityEvent.Kind.ACCESS_DENIED, "checker");
    assertEquals(SecurityEvent.Channel.API, denied.getChannel());
    assertEquals("POST /api/analyze", denied.getPath());

    // ... nor list users (a web.xml constraint: the container's 403 and its error page).
    HttpResponse<String> usersCall = get("/api/users", "checker", "amber-lantern-23-fjord");
    assertEquals(403, usersCall.statusCode());
    SecurityEvent constraint = latest(SecurityEvent.Kind.ACCESS_DENIED, "checker");
    assertEquals("/api/users", constraint.getPath());

    assertTrue(
        asAdmin.call(
                () ->
                    trail.countSecurityEvents(
                        new SecurityEventFilter(
                            SecurityEvent.Kind.LOGIN_FAILED, nobody, today(), today())))
            == 1);
  }

  private SecurityEvent latest(SecurityEvent.Kind kind, String username) {
    List<SecurityEvent> events =
        asAdmin.call(
            () -> trail.securityEvents(new SecurityEventFilter(kind, username, null, null), 0, 1));
    assertFalse(events.isEmpty(), "no " + kind + " for " + username);
    return events.get(0);
  }

  private static LocalDate today() {
    return LocalDate.now(ZoneOffset.UTC);
  }

  private void ensureUser(String username, Role role) {
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

  /** This server, as the request that runs the test reached it. */
  private static URI uri(String path) {
    HttpServletRequest request = CDI.current().select(HttpServletRequest.class).get();
    assertNotNull(request);
    return URI.create(
        "http://localhost:" + request.getLocalPort() + request.getContextPath() + path);
  }

  private static HttpResponse<String> get(String path, String user, String password)
      throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET(), user, password);
  }

  private static HttpResponse<String> send(
      HttpRequest.Builder request, String user, String password) throws Exception {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient()
        .send(
            request.header("Authorization", "Basic " + token).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
