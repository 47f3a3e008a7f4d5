package org.factdesk.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.factdesk.platform.Setting;

/**
 * Checks a user name and password against the database, slowed down by {@link LoginThrottle} and
 * capped by {@link HashGate} (docs/decisions/0019). Every path that can refuse a name spends the
 * same work for a known and an unknown one: a throttled or busy try hashes nothing for either, a
 * checked one hashes once (the decoy when there is no such user). Runs before anyone is signed in,
 * so it carries no role restriction; its own transaction keeps its writes when the caller's work is
 * rolled back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Authenticator {

  private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());

  @PersistenceContext private EntityManager em;

  @Inject private PasswordHasher hasher;

  @Inject private SignInGuard guard;

  /** A check with no client address known (in-process callers, the identity store). */
  public LoginOutcome authenticate(String username, String password) {
    return authenticate(username, password, "local", Instant.now());
  }

  public LoginOutcome authenticate(String username, String password, String address) {
    return authenticate(username, password, address, Instant.now());
  }

  /** As at {@code now}: the throttle's clock, which tests move on instead of waiting. */
  public LoginOutcome authenticate(String username, String password, String address, Instant now) {
    String name = username == null ? "" : username.trim();
    String secret = password == null ? "" : password;
    User user =
        em.createNamedQuery(User.BY_USERNAME, User.class)
            .setParameter("username", name)
            .getResultStream()
            .findFirst()
            .orElse(null);
    String shown = LoginNames.loggable(name, user != null);
    LoginThrottle throttle = guard.throttle();
    Optional<Duration> wait = throttle.waitFor(name, address, now);
    if (wait.isPresent()) {
      LOG.warning(
          () ->
              "Login throttled: '"
                  + shown
                  + "' from "
                  + address
                  + ", next try in "
                  + wait.get().toSeconds()
                  + " s");
      return LoginOutcome.throttled(shown, wait.get());
    }
    boolean matches;
    try {
      matches =
          guard
              .gate()
              .run(
                  () -> {
                    if (user == null) {
                      hasher.matchDecoy(secret);
                      return false;
                    }
                    return hasher.matches(secret, user.getPasswordHash());
                  });
    } catch (HashGate.Busy busy) {
      LOG.warning(() -> "Login refused: too many password checks at once ('" + shown + "')");
      return LoginOutcome.refused(LoginOutcome.Kind.BUSY, shown);
    }
    if (user == null) {
      throttle.failed(name, address, now);
      LOG.warning(() -> "Login failed: no user '" + shown + "' (from " + address + ")");
      return LoginOutcome.refused(LoginOutcome.Kind.WRONG_CREDENTIALS, shown);
    }
    // Read again under the row lock, not just locked: another sign-in of the same user (on this
    // instance or another of the cluster) may have counted meanwhile, and locking the stale copy
    // failed with "Row was updated or deleted by another transaction" (found by ClusterIT). The
    // lock first, by a plain SELECT … FOR UPDATE, then the read: refresh(user, PESSIMISTIC_WRITE)
    // reads the row and then locks it in a second select that checks the version it read
    // (Hibernate's follow-on locking for an entity with collections), so a sign-in committed in
    // between still failed it, as a 500 (found by the load test: 25 people on one account).
    em.createNativeQuery("select id from app_user where id = ?1 for update")
        .setParameter(1, user.getId())
        .getResultList();
    em.refresh(user);
    if (!matches) {
      throttle.failed(name, address, now);
      user.recordFailedLogin();
      LOG.warning(
          () ->
              "Login failed: wrong password for '"
                  + name
                  + "' from "
                  + address
                  + ", "
                  + user.getFailedLogins()
                  + " in a row");
      return LoginOutcome.refused(LoginOutcome.Kind.WRONG_CREDENTIALS, shown);
    }
    if (!user.isEnabled()) {
      throttle.failed(name, address, now);
      LOG.warning(() -> "Login refused: user '" + name + "' is disabled");
      return LoginOutcome.refused(LoginOutcome.Kind.DISABLED, name);
    }
    throttle.succeeded(name);
    user.recordSuccessfulLogin(now);
    LOG.info(() -> "Login: '" + name + "' password accepted, roles " + user.roleNames());
    return LoginOutcome.valid(user, secondFactorFor(user));
  }

  private LoginOutcome.SecondFactor secondFactorFor(User user) {
    if (user.hasSecondFactor()) {
      return LoginOutcome.SecondFactor.CODE;
    }
    if (user.hasRole(Role.ADMIN) && adminsNeedSecondFactor()) {
      return LoginOutcome.SecondFactor.ENROL;
    }
    return LoginOutcome.SecondFactor.NONE;
  }

  private boolean adminsNeedSecondFactor() {
    Setting setting = em.find(Setting.class, Setting.ADMIN_SECOND_FACTOR);
    return setting != null && "true".equals(setting.getValue());
  }

  /** A user name as typed may hold anything; keep log lines on one line and short. */
  static String printable(String text) {
    String oneLine = text.replaceAll("\\p{Cntrl}", "?");
    return oneLine.length() > 64 ? oneLine.substring(0, 64) + "…" : oneLine;
  }
}
