package org.factdesk.identity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** Who is signed in to an HTTP session, kept in the session between requests. */
public record SignedIn(String username, Set<String> roles, Instant since) implements Serializable {

  public static final String SESSION_KEY = "factdesk.signedIn";
}
