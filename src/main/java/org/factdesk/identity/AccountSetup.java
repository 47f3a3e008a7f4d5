package org.factdesk.identity;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.platform.DemoMode;

/**
 * The accounts that must exist before anyone can sign in. In demo mode, the demo users (created
 * once, never reset). Otherwise, on a database without users, {@code admin} with the password from
 * {@code FACTDESK_ADMIN_PASSWORD}; without one the start is refused: there is no fixed default
 * admin password. And with demo mode off, the start is refused while an enabled account still has
 * its public demo password (docs/decisions/0019).
 *
 * <p>Cluster-safe: instances started at once on an empty database both find no users and both
 * create them; the database's unique user name lets one commit and refuses the other. The refused
 * instance then looks again (its own transaction, hence bean-managed) and finds the accounts the
 * other created, instead of failing its deployment (docs/decisions/0028).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class AccountSetup {

  /** SQLSTATE of a unique-key violation, the same in PostgreSQL and H2. */
  private static final String UNIQUE_VIOLATION = "23505";

  private static final int ATTEMPTS = 3;

  private static final Logger LOG = Logger.getLogger(AccountSetup.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher hasher;

  @Resource private UserTransaction transaction;

  @Inject
  @ConfigProperty(name = "factdesk.admin.password")
  private Optional<String> adminPassword;

  @PostConstruct
  void ensureAccounts() {
    boolean demo = DemoMode.isOn();
    for (int attempt = 1; ; attempt++) {
      try {
        transaction.begin();
        ensureAccountsFor(demo);
        transaction.commit();
        return;
      } catch (IllegalStateException refused) {
        rollBack();
        throw refused;
      } catch (Exception e) {
        rollBack();
        if (attempt >= ATTEMPTS || !isUniqueViolation(e)) {
          throw new IllegalStateException("Could not set up the first accounts: " + e, e);
        }
        LOG.info("Another instance created the first accounts at the same time; looking again");
      }
    }
  }

  /** Whether a unique key refused the insert: another instance got there first. */
  static boolean isUniqueViolation(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private void rollBack() {
    try {
      if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (Exception e) {
      LOG.warning("Rollback of the account setup failed: " + e);
    }
  }

  private void ensureAccountsFor(boolean demo) {
    if (demo) {
      LOG.warning(
          "DEMO MODE: demo accounts with the public passwords of the README can sign in."
              + " Never use demo mode for real data.");
      createDemoAccounts();
      return;
    }
    refuseDemoPasswords();
    long users = em.createNamedQuery(User.COUNT_ALL, Long.class).getSingleResult();
    if (users > 0) {
      return;
    }
    String password = firstAdminPassword(adminPassword);
    em.persist(new User("admin", "Administrator", hasher.hash(password), EnumSet.of(Role.ADMIN)));
    LOG.info("First start: created user 'admin' from FACTDESK_ADMIN_PASSWORD");
  }

  /**
   * The password for the first admin, or the reason Factdesk refuses to start: none given, or one
   * the password policy does not accept. There is no fixed default.
   */
  static String firstAdminPassword(Optional<String> configured) {
    String password = configured.map(String::strip).orElse("");
    if (password.isEmpty()) {
      String message =
          "Factdesk refuses to start: the database has no users and demo mode is off."
              + " Set FACTDESK_ADMIN_PASSWORD (at least 12 characters) to create the first admin,"
              + " or FACTDESK_DEMO=true to try it with demo accounts.";
      LOG.severe(message);
      throw new IllegalStateException(message);
    }
    new PasswordPolicy()
        .problemWith(password, "admin")
        .ifPresent(
            problem -> {
              String message =
                  "Factdesk refuses to start: FACTDESK_ADMIN_PASSWORD is not acceptable. "
                      + problem;
              LOG.severe(message);
              throw new IllegalStateException(message);
            });
    return password;
  }

  /**
   * Outside demo mode, no enabled account may keep a password printed in the README: the start is
   * refused, naming them. Refusing rather than disabling them quietly: an admin account among them
   * would leave no one to administer, and a refused start cannot be missed.
   */
  public void refuseDemoPasswords() {
    List<String> exposed = new ArrayList<>();
    for (DemoAccounts.Account account : DemoAccounts.ALL) {
      em.createNamedQuery(User.BY_USERNAME, User.class)
          .setParameter("username", account.username())
          .getResultStream()
          .filter(User::isEnabled)
          .filter(user -> hasher.matches(account.password(), user.getPasswordHash()))
          .forEach(user -> exposed.add(user.getUsername()));
    }
    if (!exposed.isEmpty()) {
      String message =
          "Factdesk refuses to start: demo mode is off, but the enabled account(s) "
              + String.join(", ", exposed)
              + " still have the public demo passwords of the README. Start once more with"
              + " FACTDESK_DEMO=true, then change those passwords or disable those accounts on the"
              + " Users page; or point DB_URL at a database demo mode never used.";
      LOG.severe(message);
      throw new IllegalStateException(message);
    }
  }

  private void createDemoAccounts() {
    int created = 0;
    for (DemoAccounts.Account account : DemoAccounts.ALL) {
      boolean exists =
          !em.createNamedQuery(User.BY_USERNAME, User.class)
              .setParameter("username", account.username())
              .getResultList()
              .isEmpty();
      if (!exists) {
        em.persist(
            new User(
                account.username(),
                account.displayName(),
                hasher.hash(account.password()),
                account.roles()));
        created++;
      }
    }
    int count = created;
    LOG.info(
        () -> "Demo mode: " + count + " demo account(s) created; see README for their passwords");
  }
}
