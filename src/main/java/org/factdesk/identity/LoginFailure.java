package org.factdesk.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A sign-in throttle counter shared by every instance: failures of one client address or one
 * account name (stored as a hash of either), see {@link LoginThrottle} and docs/decisions/0026.
 */
@Entity
@Table(name = "login_failure")
public class LoginFailure {

  @Id
  @Column(name = "subject_hash", length = 64)
  private String subjectHash;

  @Column(nullable = false)
  private int failures;

  @Column(name = "last_at", nullable = false)
  private Instant lastAt;

  @Column(name = "next_try_at", nullable = false)
  private Instant nextTryAt;

  protected LoginFailure() {}

  LoginFailure(String subjectHash, LoginThrottle.Count count) {
    this.subjectHash = subjectHash;
    record(count);
  }

  LoginThrottle.Count count() {
    return new LoginThrottle.Count(failures, lastAt, nextTryAt);
  }

  void record(LoginThrottle.Count count) {
    failures = count.failures();
    lastAt = count.last();
    nextTryAt = count.nextTry();
  }
}
