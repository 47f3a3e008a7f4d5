package org.factdesk.analysis.claim;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of comparing two claims.
 *
 * @param similarity 0..1, see {@link ClaimMatcher}
 * @param verdict how they relate
 * @param differences the facts that differ, in the order the first claim states them; empty unless
 *     both claims state a fact of the same kind with different values
 * @param reason the verdict in words for a fact-checker
 */
public record ClaimMatch(
    double similarity, MatchVerdict verdict, List<ClaimDifference> differences, String reason) {
  public ClaimMatch {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
    differences = List.copyOf(differences);
  }

  /** Whether a difference of {@code type} was found. */
  public boolean differs(FactType type) {
    return differences.stream().anyMatch(d -> d.type() == type);
  }
}
