package org.factdesk.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * The sign-in throttle's counters in the database, shared by every instance (docs/decisions/0026).
 * Subjects are stored hashed: an account name as typed may be someone's password. Each change runs
 * in its own transaction under a row lock; {@link SignInGuard} retries one that lost a race to
 * create the same row.
 */
@Stateless
public class LoginFailures {

  @PersistenceContext private EntityManager em;

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public LoginThrottle.Count get(String key) {
    LoginFailure row = em.find(LoginFailure.class, ApiTokens.hash(key));
    return row == null ? null : row.count();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void update(String key, UnaryOperator<LoginThrottle.Count> change) {
    String hash = ApiTokens.hash(key);
    LoginFailure row = em.find(LoginFailure.class, hash, LockModeType.PESSIMISTIC_WRITE);
    if (row == null) {
      em.persist(new LoginFailure(hash, change.apply(null)));
    } else {
      row.record(change.apply(row.count()));
    }
    em.flush();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void remove(String key) {
    em.createQuery("delete from LoginFailure f where f.subjectHash = :hash")
        .setParameter("hash", ApiTokens.hash(key))
        .executeUpdate();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int forgetBefore(Instant cutoff) {
    return em.createQuery("delete from LoginFailure f where f.lastAt < :cutoff")
        .setParameter("cutoff", cutoff)
        .executeUpdate();
  }
}
