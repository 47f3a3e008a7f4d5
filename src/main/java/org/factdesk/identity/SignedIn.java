package org.factdesk.identity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Who is signed in to an HTTP session, kept in the session between requests, with the token a REST
 * write on this session must send in {@link #CSRF_HEADER} and the key of the sign-in in the {@link
 * SessionLedger}, which every request checks (docs/decisions/0026).
 */
public record SignedIn(
    String username, Set<String> roles, Instant since, String csrfToken, String key)
    implements Serializable {

  public static final String SESSION_KEY = "factdesk.signedIn";

  /** The request header that carries the session's token on REST writes. */
  public static final String CSRF_HEADER = "X-CSRF-Token";

  /** Whether the session has outlived its absolute lifetime, however busy it was. */
  public boolean isOverAt(Instant now, Duration lifetime) {
    return !since.plus(lifetime).isAfter(now);
  }
}
