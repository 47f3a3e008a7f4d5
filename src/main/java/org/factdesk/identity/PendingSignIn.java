package org.factdesk.identity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A sign-in whose password was right and whose second factor is still to come, kept in the session
 * for a few minutes. {@code enrolSecret} is the new secret shown to an admin who must enrol first.
 */
public record PendingSignIn(
    String username, Set<String> roles, String enrolSecret, Instant since, int wrongCodes)
    implements Serializable {

  public static final String SESSION_KEY = "factdesk.pendingSignIn";
  static final Duration LIFETIME = Duration.ofMinutes(5);
  static final int MAX_WRONG_CODES = 5;

  boolean isOverAt(Instant now) {
    return since.plus(LIFETIME).isBefore(now) || wrongCodes >= MAX_WRONG_CODES;
  }

  PendingSignIn afterWrongCode() {
    return new PendingSignIn(username, roles, enrolSecret, since, wrongCodes + 1);
  }

  /** For the code page: the otpauth URI of the secret to enrol, or null. */
  public String enrolUri() {
    return enrolSecret == null ? null : Totp.uri(username, enrolSecret);
  }
}
