package org.factdesk.analysis.claim;

import java.util.Objects;

/**
 * Two linked claims, by their positions in the list given to {@link ClaimClusterer#cluster}.
 *
 * @param left the lower position
 * @param right the higher position
 * @param match how they compare, {@code left} as the first claim
 */
public record ClaimLink(int left, int right, ClaimMatch match) {
  public ClaimLink {
    Objects.requireNonNull(match, "match");
    if (left >= right) {
      throw new IllegalArgumentException("left must come before right: " + left + ", " + right);
    }
  }
}
