package org.factdesk.claim;

import java.util.Locale;

/** Where a claim stands. */
public enum ClaimState {
  /** Worth checking; no verdict yet. */
  CONFIRMED,
  /** Not worth checking, with a reason. */
  DISMISSED,
  /** Has a verdict (which may still be revised). */
  CHECKED;

  /** "confirmed", "dismissed", "checked". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
