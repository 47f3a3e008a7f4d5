package org.factdesk.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a user name and password against the database, counts failures and locks the account after
 * too many. Runs before anyone is signed in, so it carries no role restriction; its own transaction
 * keeps the failure count even when the caller's work is rolled back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Authenticator {

  private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher hasher;

  @Inject
  @ConfigProperty(name = "factdesk.login.max-failures", defaultValue = "5")
  private int maxFailures;

  @Inject
  @ConfigProperty(name = "factdesk.login.lock-minutes", defaultValue = "5")
  private int lockMinutes;

  public LoginOutcome authenticate(String username, String password) {
    String name = username == null ? "" : username.trim();
    User user =
        em.createNamedQuery(User.BY_USERNAME, User.class)
            .setParameter("username", name)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (user == null) {
      hasher.matchDecoy(password == null ? "" : password);
      LOG.warning(() -> "Login failed: no user '" + printable(name) + "'");
      return LoginOutcome.refused(LoginOutcome.Kind.WRONG_CREDENTIALS, name);
    }
    Instant now = Instant.now();
    if (user.isLockedAt(now)) {
      LOG.warning(
          () ->
              "Login refused: user '"
                  + name
                  + "' is locked until "
                  + user.getLockedUntil()
                  + " after repeated failures");
      return LoginOutcome.refused(LoginOutcome.Kind.LOCKED, name);
    }
    if (!hasher.matches(password == null ? "" : password, user.getPasswordHash())) {
      boolean lockedNow = user.recordFailedLogin(now, maxFailures, Duration.ofMinutes(lockMinutes));
      if (lockedNow) {
        LOG.warning(
            () ->
                "Login failed: wrong password for '"
                    + name
                    + "', attempt "
                    + user.getFailedLogins()
                    + "; account locked until "
                    + user.getLockedUntil());
        return LoginOutcome.refused(LoginOutcome.Kind.LOCKED, name);
      }
      LOG.warning(
          () ->
              "Login failed: wrong password for '"
                  + name
                  + "', attempt "
                  + user.getFailedLogins()
                  + " of "
                  + maxFailures);
      return LoginOutcome.refused(LoginOutcome.Kind.WRONG_CREDENTIALS, name);
    }
    if (!user.isEnabled()) {
      LOG.warning(() -> "Login refused: user '" + name + "' is disabled");
      return LoginOutcome.refused(LoginOutcome.Kind.DISABLED, name);
    }
    user.recordSuccessfulLogin(now);
    LOG.info(() -> "Login: '" + name + "' signed in with roles " + user.roleNames());
    return LoginOutcome.valid(user);
  }

  /** A user name as typed may hold anything; keep log lines on one line and short. */
  static String printable(String text) {
    String oneLine = text.replaceAll("\\p{Cntrl}", "?");
    return oneLine.length() > 64 ? oneLine.substring(0, 64) + "…" : oneLine;
  }
}
