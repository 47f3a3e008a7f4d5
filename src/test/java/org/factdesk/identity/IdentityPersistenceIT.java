package org.factdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.RollbackException;
import jakarta.transaction.UserTransaction;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.factdesk.article.ArticleState;
import org.factdesk.article.ArticleStatistics;
import org.factdesk.platform.DatabaseMigration;
import org.factdesk.support.AsAdmin;
import org.factdesk.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
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

  @Deployment
  static WebArchive deployment() {
    return Deployments.factdesk(IdentityPersistenceIT.class, AsAdmin.class, Deployments.class);
  }

  @EJB private AsAdmin asAdmin;
  @EJB private UserService users;
  @EJB private Authenticator authenticator;
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

  @Test
  void theFifthWrongPasswordLocksTheAccountEvenForTheRightOne() {
    String name = uniqueName("locky");
    createUser(name, EnumSet.of(Role.EDITOR));
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertEquals(
          LoginOutcome.Kind.WRONG_CREDENTIALS,
          authenticator.authenticate(name, "wrong " + attempt).kind());
    }
    assertEquals(LoginOutcome.Kind.LOCKED, authenticator.authenticate(name, "wrong 5").kind());
    assertEquals(LoginOutcome.Kind.LOCKED, authenticator.authenticate(name, GOOD_PASSWORD).kind());

    User stored =
        em.createNamedQuery(User.BY_USERNAME, User.class)
            .setParameter("username", name)
            .getSingleResult();
    assertEquals(5, stored.getFailedLogins());
    assertTrue(stored.getLockedUntil() != null);

    asAdmin.call(() -> users.enable(stored.getId(), "test"));
    assertEquals(LoginOutcome.Kind.VALID, authenticator.authenticate(name, GOOD_PASSWORD).kind());
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
