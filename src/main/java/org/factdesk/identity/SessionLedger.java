package org.factdesk.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The browser sign-ins in the database, shared by every instance (docs/decisions/0026): opened at
 * sign-in, checked on every request of the session, ended by signing out, disabling the user, a
 * role change or a password reset. The HTTP session only carries the key; whether it still counts
 * is decided here, so that it holds whether or not the instances replicate their sessions.
 *
 * <p>Runs before anyone is signed in, so it carries no role restriction; only the identity package
 * calls it.
 */
@Stateless
public class SessionLedger {

  /** Rows this much older than the absolute session lifetime are deleted at the next sign-in. */
  private static final Duration KEEP_AFTER_LIFETIME = Duration.ofDays(1);

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext private EntityManager em;

  /** A new sign-in of the user; returns the key the HTTP session keeps. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public String open(String username, Instant now, Duration lifetime) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    em.persist(new SignedInSession(ApiTokens.hash(key), username, now));
    em.createQuery("delete from SignedInSession s where s.startedAt < :long")
        .setParameter("long", now.minus(lifetime).minus(KEEP_AFTER_LIFETIME))
        .executeUpdate();
    return key;
  }

  /**
   * Whether the sign-in with this key still counts: it was opened, has not ended, and its user is
   * still enabled. One indexed read.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean isOpen(String key, String username) {
    if (key == null) {
      return false;
    }
    List<Boolean> enabled =
        em.createQuery(
                "select u.enabled from SignedInSession s, User u"
                    + " where s.keyHash = :hash and s.endedAt is null"
                    + " and u.username = s.username and s.username = :username",
                Boolean.class)
            .setParameter("hash", ApiTokens.hash(key))
            .setParameter("username", username)
            .getResultList();
    return !enabled.isEmpty() && enabled.get(0);
  }

  /** Ends one sign-in (signing out); false if it had ended already. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean end(String key, String because) {
    return key != null
        && em.createQuery(
                    "update SignedInSession s set s.endedAt = :now, s.endedBecause = :because"
                        + " where s.keyHash = :hash and s.endedAt is null")
                .setParameter("now", Instant.now())
                .setParameter("because", shortened(because))
                .setParameter("hash", ApiTokens.hash(key))
                .executeUpdate()
            > 0;
  }

  /**
   * Ends every open sign-in of the user but the one with key {@code keep} (null: all), in the
   * caller's transaction, so that it ends exactly when the change that caused it commits.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public int endAllOf(String username, String keep, String because) {
    return em.createQuery(
            "update SignedInSession s set s.endedAt = :now, s.endedBecause = :because"
                + " where s.username = :username and s.endedAt is null and s.keyHash <> :keep")
        .setParameter("now", Instant.now())
        .setParameter("because", shortened(because))
        .setParameter("username", username)
        .setParameter("keep", keep == null ? "-" : ApiTokens.hash(keep))
        .executeUpdate();
  }

  /** Open sign-ins of the user on any instance, started within the lifetime. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long openOf(String username, Instant now, Duration lifetime) {
    return em.createQuery(
            "select count(s) from SignedInSession s where s.username = :username"
                + " and s.endedAt is null and s.startedAt > :since",
            Long.class)
        .setParameter("username", username)
        .setParameter("since", now.minus(lifetime))
        .getSingleResult();
  }

  /** How the sign-in with this key ended, if it did: for tests and the security log. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public String endedBecause(String key) {
    SignedInSession row = em.find(SignedInSession.class, ApiTokens.hash(key));
    return row == null ? "unknown" : row.getEndedBecause();
  }

  private static String shortened(String because) {
    return because.length() > 160 ? because.substring(0, 160) : because;
  }
}
