package org.factdesk.identity;

import java.util.Set;

/** What a login attempt came to. Only {@link #VALID} carries the user's roles. */
public record LoginOutcome(Kind kind, String username, Set<String> roles) {

  /** The kinds of outcome; all but VALID are shown to the person as the same failure. */
  public enum Kind {
    VALID,
    WRONG_CREDENTIALS,
    LOCKED,
    DISABLED
  }

  static LoginOutcome valid(User user) {
    return new LoginOutcome(Kind.VALID, user.getUsername(), user.roleNames());
  }

  static LoginOutcome refused(Kind kind, String username) {
    return new LoginOutcome(kind, username, Set.of());
  }

  public boolean isValid() {
    return kind == Kind.VALID;
  }
}
