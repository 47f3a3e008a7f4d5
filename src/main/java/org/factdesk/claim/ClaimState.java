package org.factdesk.claim;

/** Where a claim stands before any verdict. */
public enum ClaimState {
  /** Worth checking. */
  CONFIRMED,
  /** Not worth checking, with a reason. */
  DISMISSED
}
