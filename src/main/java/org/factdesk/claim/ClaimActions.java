package org.factdesk.claim;

import java.io.Serializable;

/**
 * What the caller may do with one claim now, as the claim's own rules and the caller's roles decide
 * ({@link ClaimService#actions}); pages show only these, and the services check them again.
 *
 * @param change reword or dismiss ({@link Claim#whyNotChangeableBy})
 * @param take take from the open pool ({@link Claim#whyNotTakenBy})
 * @param release give back to the open pool ({@link Claim#whyNotReleasedBy})
 * @param rate give or revise the verdict ({@link Claim#whyNoVerdictBy})
 */
public record ClaimActions(boolean change, boolean take, boolean release, boolean rate)
    implements Serializable {

  /** Nothing allowed: before a claim is loaded. */
  public static final ClaimActions NONE = new ClaimActions(false, false, false, false);

  /** Take over a suggested verdict: rate it, or take the claim first and then rate it. */
  public boolean takeOver() {
    return rate || take;
  }
}
