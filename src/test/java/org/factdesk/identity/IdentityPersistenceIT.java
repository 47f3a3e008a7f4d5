package org.factdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.RollbackException;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.factdesk.article.ArticleState;
import org.factdesk.article.ArticleStatistics;
import org.factdesk.platform.DatabaseMigration;
import org.factdesk.support.AsAdmin;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Identity and persistence inside Payara Micro on the configured database: Flyway's migrations,
 * Hibernate's validation, and real services round-tripping through the database. Runs on H2, and
 * again on PostgreSQL when one is configured (the postgres-it profile).
 */
@ExtendWith(ArquillianExtension.class)
class IdentityPersistenceIT {

  private static final String GOOD_PASSWORD = "lantern under the quiet bridge";

  @EJB private AsAdmin asAdmin;
  @EJB private UserService users;
  @EJB private Authenticator authenticator;
  @EJB private AccountSetup accountSetup;
  @EJB private SecondFactors secondFactors;
  @EJB private ArticleStatistics articles;
  @Inject private DatabaseMigration migration;
  @PersistenceContext private EntityManager em;
  @Resource private UserTransaction tx;

  private static String uniqueName(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private User createUser(String name, Set<Role> roles) {
    return asAdmin.call(() -> users.create(name, "Test " + name, GOOD_PASSWORD, roles));
  }

  @Test
  void runsOnTheConfiguredDatabaseWithAllMigrationsApplied() {
    String expected = System.getenv().getOrDefault("FACTDESK_TEST_DATABASE", "h2");
    assertTrue(
        migration.databaseProduct().toLowerCase().contains(expected),
        "expected " + expected + " but runs on " + migration.databaseProduct());
    Number applied =
        (Number)
            em.createNativeQuery(
                    "select count(*) from \"flyway_schema_history\" where \"success\" = true")
                .getSingleResult();
    assertTrue(applied.intValue() >= 2, "migrations applied: " + applied);
  }

  @Test
  void aCreatedUserIsStoredWithAHashedPasswordAndCanSignIn() {
    String name = uniqueName("ines");
    createUser(name, EnumSet.of(Role.EDITOR, Role.FACT_CHECKER));

    User stored =
        em.createNamedQuery(User.BY_USERNAME, User.class)
            .setParameter("username", name)
            .getSingleResult();
    assertEquals(Set.of(Role.EDITOR, Role.FACT_CHECKER), stored.getRoles());
    assertTrue(stored.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:210000:"));
    assertFalse(stored.getPasswordHash().contains(GOOD_PASSWORD));

    LoginOutcome outcome = authenticator.authenticate(name, GOOD_PASSWORD);
    assertEquals(LoginOutcome.Kind.VALID, outcome.kind());
    assertEquals(Set.of("EDITOR", "FACT_CHECKER"), outcome.roles());
  }

  /**
   * Issue 14, part 2: a client that keeps guessing the admin's password neither locks the admin out
   * nor gets many passwords checked; the admin, from another address, signs in once the account's
   * short wait has passed. The throttle's clock is moved on instead of waited for.
   */
  @Test
  void theAdminStillSignsInAfterABurstOfWrongPasswordsFromAnotherClient() {
    String name = uniqueName("boss");
    createUser(name, EnumSet.of(Role.ADMIN));
    String attacker = "203.0.113.9";
    Instant now = Instant.now();
    int checked = 0;
    int throttled = 0;
    for (int attempt = 1; attempt <= 60; attempt++) {
      LoginOutcome outcome = authenticator.authenticate(name, "guess " + attempt, attacker, now);
      if (outcome.kind() == LoginOutcome.Kind.THROTTLED) {
        throttled++;
        assertTrue(outcome.retryAfter().toMillis() > 0);
        assertTrue(outcome.message().startsWith("Too many failed sign-ins: wait "));
        now = now.plus(outcome.retryAfter()); // the attacker tries again the moment it may
      } else {
        assertEquals(LoginOutcome.Kind.WRONG_CREDENTIALS, outcome.kind());
        checked++;
      }
    }
    assertTrue(throttled >= 25, "most tries were refused unchecked: " + throttled);
    assertTrue(checked <= 35, "passwords checked: " + checked);
    LoginOutcome last = authenticator.authenticate(name, "one more", attacker, now);
    while (last.kind() == LoginOutcome.Kind.THROTTLED) {
      now = now.plus(last.retryAfter());
      last = authenticator.authenticate(name, "one more", attacker, now);
    }
    assertEquals(LoginOutcome.Kind.WRONG_CREDENTIALS, last.kind());

    String admin = "198.51.100.7";
    assertEquals(
        LoginOutcome.Kind.THROTTLED,
        authenticator.authenticate(name, GOOD_PASSWORD, admin, now).kind(),
        "right after a failure the account waits a moment, for everyone");
    Instant afterTheWait = now.plusSeconds(31);
    assertEquals(
        LoginOutcome.Kind.VALID,
        authenticator.authenticate(name, GOOD_PASSWORD, admin, afterTheWait).kind(),
        "the admin gets in once the account's wait (at most 30 s) has passed");
    assertEquals(
        LoginOutcome.Kind.THROTTLED,
        authenticator
            .authenticate(name, "guess again", attacker, afterTheWait.plusSeconds(1))
            .kind(),
        "while the guessing address still waits");
    User stored =
        em.createNamedQuery(User.BY_USERNAME, User.class)
            .setParameter("username", name)
            .getSingleResult();
    assertTrue(stored.isEnabled());
    assertEquals(0, stored.getFailedLogins(), "the admin's sign-in cleared the count");
  }

  /** Issue 14, part 2: names that look like passwords are not written to the logs. */
  @Test
  void anUnknownNameIsRefusedAndAPasswordLikeOneIsNotEchoed() {
    LoginOutcome unknown =
        authenticator.authenticate("quiet-harbour-77-lantern", "anything at all", "192.0.2.77");
    assertEquals(LoginOutcome.Kind.WRONG_CREDENTIALS, unknown.kind());
    assertEquals(LoginNames.WITHHELD, unknown.username());
    assertEquals("Wrong user name or password.", unknown.message());
  }

  /**
   * Issue 14, part 3: outside demo mode the start is refused while an enabled account still has a
   * demo password. (This server runs in demo mode, so the check is called as the start would.)
   */
  @Test
  void outsideDemoModeTheStartIsRefusedWhileDemoPasswordsRemain() {
    EJBException refused =
        assertThrows(EJBException.class, () -> accountSetup.refuseDemoPasswords());
    String message = rootMessage(refused);
    assertTrue(message.startsWith("Factdesk refuses to start: demo mode is off"), message);
    assertTrue(message.contains("admin, editor, checker, lead"), message);

    User lead =
        em.createNamedQuery(User.BY_USERNAME, User.class)
            .setParameter("username", "lead")
            .getSingleResult();
    asAdmin.call(() -> users.disable(lead.getId(), "test"));
    try {
      String withoutLead =
          rootMessage(assertThrows(EJBException.class, () -> accountSetup.refuseDemoPasswords()));
      assertTrue(withoutLead.contains("admin, editor, checker still"), withoutLead);
    } finally {
      asAdmin.call(() -> users.enable(lead.getId(), "test"));
    }
    IdentityException policy =
        assertThrows(
            IdentityException.class,
            () ->
                asAdmin.call(
                    () ->
                        users.create(
                            uniqueName("copy"),
                            null,
                            "harbour-lamp-42-stone",
                            EnumSet.of(Role.EDITOR))));
    assertTrue(policy.getMessage().contains("demo passwords"), policy.getMessage());
  }

  /**
   * Issue 14, part 7: while admins must have a second factor, an admin without one enrols during
   * sign-in (the code proves the secret was taken), and from then on signs in with a code.
   */
  @Test
  void anAdminEnrolsASecondFactorAtSignInWhenAdminsMustHaveOne() {
    String name = uniqueName("totp");
    createUser(name, EnumSet.of(Role.ADMIN));
    asAdmin.call(() -> secondFactors.requireForAdmins(true));
    try {
      LoginOutcome first = authenticator.authenticate(name, GOOD_PASSWORD);
      assertEquals(LoginOutcome.Kind.VALID, first.kind());
      assertEquals(LoginOutcome.SecondFactor.ENROL, first.secondFactor());
      String secret = Totp.newSecret();
      long step = Totp.stepAt(Instant.now());
      assertFalse(
          secondFactors.signInCode(
              name, secret, "000000".equals(Totp.code(secret, step)) ? "111111" : "000000"));
      assertTrue(secondFactors.signInCode(name, secret, Totp.code(secret, step)));

      LoginOutcome second = authenticator.authenticate(name, GOOD_PASSWORD);
      assertEquals(LoginOutcome.SecondFactor.CODE, second.secondFactor());
      assertFalse(
          secondFactors.signInCode(name, null, Totp.code(secret, step)), "a code works once");
      assertTrue(secondFactors.signInCode(name, null, Totp.code(secret, step + 1)));
    } finally {
      asAdmin.call(() -> secondFactors.requireForAdmins(false));
    }
    String other = uniqueName("plain");
    createUser(other, EnumSet.of(Role.ADMIN));
    assertEquals(
        LoginOutcome.SecondFactor.NONE,
        authenticator.authenticate(other, GOOD_PASSWORD).secondFactor());
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  @Test
  void aDisabledUserCannotSignIn() {
    String name = uniqueName("gone");
    User user = createUser(name, EnumSet.of(Role.FACT_CHECKER));
    asAdmin.call(() -> users.disable(user.getId(), "admin"));
    assertEquals(
        LoginOutcome.Kind.DISABLED, authenticator.authenticate(name, GOOD_PASSWORD).kind());
  }

  @Test
  void badInputIsRefusedWithAMessageAndNothingIsStored() {
    String name = uniqueName("weak");
    IdentityException tooShort =
        assertThrows(
            IdentityException.class,
            () -> asAdmin.call(() -> users.create(name, null, "short", EnumSet.of(Role.EDITOR))));
    assertEquals("The password is too short: 5 characters, at least 12.", tooShort.getMessage());

    IdentityException badName =
        assertThrows(
            IdentityException.class,
            () ->
                asAdmin.call(
                    () -> users.create("Bad Name!", null, GOOD_PASSWORD, EnumSet.of(Role.EDITOR))));
    assertTrue(badName.getMessage().startsWith("User name 'Bad Name!' is not allowed"));

    createUser(name + "x", EnumSet.of(Role.EDITOR));
    IdentityException taken =
        assertThrows(
            IdentityException.class,
            () ->
                asAdmin.call(
                    () -> users.create(name + "x", null, GOOD_PASSWORD, EnumSet.of(Role.EDITOR))));
    assertEquals("User name '" + name + "x' is taken.", taken.getMessage());

    assertEquals(
        0L,
        em.createQuery("select count(u) from User u where u.username = :n", Long.class)
            .setParameter("n", name)
            .getSingleResult());
  }

  @Test
  void userAdministrationNeedsTheAdminRole() {
    assertThrows(EJBAccessException.class, () -> users.count(null));
  }

  @Test
  void anAdminCannotDisableThemselves() {
    String name = uniqueName("boss");
    User boss = createUser(name, EnumSet.of(Role.ADMIN));
    IdentityException self =
        assertThrows(
            IdentityException.class, () -> asAdmin.call(() -> users.disable(boss.getId(), name)));
    assertEquals("You cannot disable your own account.", self.getMessage());
  }

  @Test
  void aStaleCopyCannotOverwriteANewerChange() throws Exception {
    User user = createUser(uniqueName("race"), EnumSet.of(Role.EDITOR));
    long before = user.getVersion();

    tx.begin();
    em.find(User.class, user.getId()).rename("First editor's change");
    tx.commit();

    tx.begin();
    User stale = user; // still at the old version
    stale.rename("Second editor's change");
    Exception e =
        assertThrows(
            Exception.class,
            () -> {
              em.merge(stale);
              em.flush();
            });
    tx.rollback();
    assertTrue(
        e instanceof OptimisticLockException
            || e.getCause() instanceof OptimisticLockException
            || e instanceof RollbackException,
        "expected an optimistic lock failure, got " + e);
    assertEquals("First editor's change", em.find(User.class, user.getId()).getDisplayName());
    assertEquals(before + 1, em.find(User.class, user.getId()).getVersion());
  }

  @Test
  void demoModeImportedTheDemoArticles() {
    assertTrue(articles.countByState().get(ArticleState.IMPORTED) >= 7);
  }
}
