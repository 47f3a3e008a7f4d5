package org.factdesk.claim;

import java.io.Serializable;
import java.util.List;
import org.factdesk.analysis.claim.ClaimDifference;

/**
 * The verdict of another claim of the same cluster, offered for this one. A claim linked with this
 * one as a conflict (the same subject, different facts) is shown but cannot be taken over: its
 * verdict rates other facts.
 *
 * @param differences this claim's value first; empty unless {@code conflict}
 */
public record Suggestion(
    long fromClaimId,
    long fromArticleId,
    String fromArticleTitle,
    String fromClaimReviewed,
    VerdictDetail verdict,
    boolean conflict,
    List<ClaimDifference> differences)
    implements Serializable {

  public Suggestion {
    differences = List.copyOf(differences);
  }

  /** Whether it can be taken over with one click. */
  public boolean acceptable() {
    return !conflict;
  }
}
