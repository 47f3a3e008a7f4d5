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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
  @EJB private SessionLedger ledger;
  @EJB private LoginFailures loginFailures;
  @EJB private TotpSealing totpSealing;
  @Inject private SessionRegistry registry;
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
   * One account signed in by several people at once (the load test's editors share one): each
   * sign-in counts on the user's row, and none fails because another committed meanwhile (it did,
   * as a 500, when the row was read first and locked in a second, version-checking select). A try
   * the hash gate turns away (busy) is allowed; an exception is not.
   */
  @Test
  void oneAccountSignedInByManyAtOnceLetsEachInWithoutAnError() throws Exception {
    String name = uniqueName("desk");
    createUser(name, EnumSet.of(Role.EDITOR));
    int people = 4;
    ExecutorService pool = Executors.newFixedThreadPool(people);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<LoginOutcome.Kind>> tries = new ArrayList<>();
      for (int i = 0; i < people; i++) {
        String address = "198.51.100." + (10 + i);
        tries.add(
            pool.submit(
                () -> {
                  start.await();
                  return authenticator
                      .authenticate(name, GOOD_PASSWORD, address, Instant.now())
                      .kind();
                }));
      }
      start.countDown();
      int valid = 0;
      for (Future<LoginOutcome.Kind> attempt : tries) {
        LoginOutcome.Kind kind = attempt.get(3, TimeUnit.MINUTES);
        assertTrue(
            kind == LoginOutcome.Kind.VALID || kind == LoginOutcome.Kind.BUSY, "outcome " + kind);
        valid += kind == LoginOutcome.Kind.VALID ? 1 : 0;
      }
      assertTrue(valid >= 2, "at least two of " + people + " signed in at once: " + valid);
    } finally {
      pool.shutdownNow();
    }
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

      String stored = storedTotpSecret(name);
      assertTrue(stored.startsWith("v1."), "stored sealed (decision 0037): " + stored);
      assertFalse(stored.contains(secret), "the plain secret is not in the column: " + stored);

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

  /**
   * Decision 0037: rows of before V38 hold the plain secret. They keep working at sign-in and are
   * sealed when used, or by the step at start for those nobody used; a sealed row changed in the
   * database is refused.
   */
  @Test
  void plainSecretsOfBeforeKeepWorkingAndAreSealedAtUseOrAtStart() throws Exception {
    String used = uniqueName("plain-used");
    String idle = uniqueName("plain-idle");
    createUser(used, EnumSet.of(Role.EDITOR));
    createUser(idle, EnumSet.of(Role.EDITOR));
    String secret = Totp.newSecret();
    storePlainTotpSecret(used, secret);
    storePlainTotpSecret(idle, secret);
    assertEquals(secret, storedTotpSecret(used));

    long step = Totp.stepAt(Instant.now());
    assertEquals(
        LoginOutcome.SecondFactor.CODE,
        authenticator.authenticate(used, GOOD_PASSWORD).secondFactor());
    assertTrue(secondFactors.signInCode(used, null, Totp.code(secret, step)));
    String sealedAtUse = storedTotpSecret(used);
    assertTrue(sealedAtUse.startsWith("v1.") && !sealedAtUse.contains(secret), sealedAtUse);
    assertTrue(secondFactors.signInCode(used, null, Totp.code(secret, step + 1)));

    assertTrue(totpSealing.sealStoredSecrets() >= 1, "the idle row is sealed by the start step");
    String sealedAtStart = storedTotpSecret(idle);
    assertTrue(sealedAtStart.startsWith("v1.") && !sealedAtStart.contains(secret), sealedAtStart);
    assertTrue(secondFactors.signInCode(idle, null, Totp.code(secret, step)));

    // the idle user's sealed secret copied onto the other row: refused, not opened for them
    storePlainTotpSecret(used, storedTotpSecret(idle));
    assertFalse(secondFactors.signInCode(used, null, Totp.code(secret, step + 2)));
  }

  private String storedTotpSecret(String username) {
    return (String)
        em.createNativeQuery("select totp_secret from app_user where username = :name")
            .setParameter("name", username)
            .getSingleResult();
  }

  private void storePlainTotpSecret(String username, String stored) throws Exception {
    tx.begin();
    em.createNativeQuery(
            "update app_user set totp_secret = :stored, totp_last_step = null where username = :name")
        .setParameter("stored", stored)
        .setParameter("name", username)
        .executeUpdate();
    tx.commit();
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  /**
   * Issue 15: a sign-in ended on one instance is refused on every other at its next request,
   * whatever copy of the HTTP session that instance still holds. Here the other instance is the
   * database row ended without touching any HTTP session, which is all an instance sees of a
   * sign-out or a change made on its neighbour.
   */
  @Test
  void aSignInEndedAnywhereIsRefusedAtItsNextCheck() {
    String name = uniqueName("roamer");
    User user = createUser(name, EnumSet.of(Role.EDITOR));
    Instant now = Instant.now();
    Duration lifetime = Duration.ofHours(12);
    SignedIn laptop = signedIn(name, ledger.open(name, now, lifetime));
    SignedIn phone = signedIn(name, ledger.open(name, now, lifetime));
    assertTrue(registry.isOpen(laptop));
    assertTrue(registry.isOpen(phone));
    assertEquals(2, registry.openSessionsOf(name));
    assertFalse(
        registry.isOpen(signedIn(name, "made-up-key")), "a key that was never opened is refused");
    assertFalse(
        registry.isOpen(new SignedIn("someone-else", Set.of("ADMIN"), now, "t", laptop.key())),
        "a key counts only for the user it was opened for");

    assertTrue(ledger.end(laptop.key(), "signed out"), "signing out on instance A");
    assertFalse(registry.isOpen(laptop), "the laptop's session is refused on instance B");
    assertTrue(registry.isOpen(phone), "the other sign-in goes on");
    assertEquals("signed out", ledger.endedBecause(laptop.key()));
    assertFalse(ledger.end(laptop.key(), "signed out"), "a second sign-out changes nothing");

    asAdmin.call(() -> users.changeRoles(user.getId(), EnumSet.of(Role.FACT_CHECKER), "admin"));
    assertFalse(registry.isOpen(phone), "a role change ends the sign-in: the new roles need one");
    assertEquals("roles changed by admin", ledger.endedBecause(phone.key()));

    SignedIn again = signedIn(name, ledger.open(name, Instant.now(), lifetime));
    assertTrue(registry.isOpen(again));
    asAdmin.call(() -> users.disable(user.getId(), "admin"));
    assertFalse(registry.isOpen(again), "disabling ends the sign-in on every instance");
    assertEquals(0, registry.openSessionsOf(name));

    asAdmin.call(() -> users.enable(user.getId(), "admin"));
    assertFalse(registry.isOpen(again), "enabling again does not bring an ended sign-in back");
    Number rows =
        (Number)
            em.createNativeQuery(
                    "select count(*) from signed_in_session where key_hash = :key"
                        + " or key_hash = :hash")
                .setParameter("key", again.key())
                .setParameter("hash", ApiTokens.hash(again.key()))
                .getSingleResult();
    assertEquals(1, rows.intValue(), "only the key's hash is stored, never the key itself");
  }

  /**
   * Issue 15: the sign-in throttle's counters are in the database, so a guesser who alternates
   * between instances waits as long as on one. Two throttles over the same table stand for two
   * instances.
   */
  @Test
  void theThrottleCountersAreSharedByEveryInstance() {
    String name = uniqueName("target");
    String guesser = uniqueName("guesser-address"); // unique: counters outlive a test run on PG
    Instant now = Instant.now();
    LoginThrottle instanceA =
        new LoginThrottle(
            5,
            Duration.ofMinutes(15),
            Duration.ofSeconds(30),
            new SignInGuard.Shared(loginFailures));
    LoginThrottle instanceB =
        new LoginThrottle(
            5,
            Duration.ofMinutes(15),
            Duration.ofSeconds(30),
            new SignInGuard.Shared(loginFailures));
    for (int failure = 1; failure <= 6; failure++) {
      LoginThrottle either = failure % 2 == 0 ? instanceB : instanceA;
      assertEquals(Optional.empty(), either.waitFor(name, guesser, now), "try " + failure);
      either.failed(name, guesser, now);
    }
    assertEquals(
        Optional.of(Duration.ofSeconds(1)),
        instanceA.waitFor(name, guesser, now),
        "six failures, three on each instance, count as six");
    assertEquals(Optional.of(Duration.ofSeconds(1)), instanceB.waitFor(name, guesser, now));

    assertEquals(
        Optional.of(Duration.ofSeconds(1)),
        instanceA.waitFor(name, "198.51.100.20", now),
        "the account waits from any address");

    instanceB.succeeded(name);
    assertEquals(
        Optional.empty(),
        instanceA.waitFor(name, "198.51.100.20", now),
        "the owner's sign-in on B cleared the account's count on A");
    assertTrue(instanceA.waitFor(name, guesser, now).isPresent(), "the guesser still waits");
    Number rows =
        (Number)
            em.createNativeQuery("select count(*) from login_failure where subject_hash = :hash")
                .setParameter("hash", ApiTokens.hash("address:" + guesser))
                .getSingleResult();
    assertEquals(1, rows.intValue(), "the address is stored as a hash");
  }

  private static SignedIn signedIn(String name, String key) {
    return new SignedIn(name, Set.of("EDITOR"), Instant.now(), "token", key);
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
