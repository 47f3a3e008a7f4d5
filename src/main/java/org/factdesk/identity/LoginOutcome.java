package org.factdesk.identity;

import java.time.Duration;
import java.util.Set;

/**
 * What a login attempt came to. Only {@link Kind#VALID} carries the user's roles and whether a
 * second factor must follow; {@code retryAfter} says how long a throttled client must wait. A
 * refused outcome's {@code username} is what may be logged ({@link LoginNames}).
 */
public record LoginOutcome(
    Kind kind, String username, Set<String> roles, SecondFactor secondFactor, Duration retryAfter) {

  /** The kinds of outcome; all but VALID, THROTTLED and BUSY are shown as the same failure. */
  public enum Kind {
    VALID,
    WRONG_CREDENTIALS,
    DISABLED,
    /** Too many failures from this address or for this name: nothing was checked. */
    THROTTLED,
    /** Too many password checks at once: nothing was checked. */
    BUSY
  }

  /** What must follow a right password. */
  public enum SecondFactor {
    NONE,
    /** The user enrolled: a code from their app. */
    CODE,
    /** An admin without one while admins must have one: enrol now. */
    ENROL
  }

  static LoginOutcome valid(User user, SecondFactor secondFactor) {
    return new LoginOutcome(
        Kind.VALID, user.getUsername(), user.roleNames(), secondFactor, Duration.ZERO);
  }

  static LoginOutcome refused(Kind kind, String username) {
    return new LoginOutcome(kind, username, Set.of(), SecondFactor.NONE, Duration.ZERO);
  }

  static LoginOutcome throttled(String username, Duration wait) {
    return new LoginOutcome(Kind.THROTTLED, username, Set.of(), SecondFactor.NONE, wait);
  }

  public boolean isValid() {
    return kind == Kind.VALID;
  }

  /** What the person is told: the same words for a wrong name, password or a disabled account. */
  public String message() {
    return switch (kind) {
      case VALID -> "";
      case THROTTLED ->
          "Too many failed sign-ins: wait "
              + Math.max(1, (retryAfter.toMillis() + 999) / 1000)
              + " seconds, then try again.";
      case BUSY -> "Sign-in is busy; try again in a moment.";
      default -> "Wrong user name or password.";
    };
  }
}
