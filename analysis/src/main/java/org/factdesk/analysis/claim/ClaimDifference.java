package org.factdesk.analysis.claim;

import java.io.Serializable;
import java.util.Objects;

/**
 * One fact on which two claims disagree, with each side's value as written.
 *
 * @param type what kind of fact
 * @param left the value in the first claim ("1,200")
 * @param right the value in the second claim ("900")
 */
public record ClaimDifference(FactType type, String left, String right) implements Serializable {
  public ClaimDifference {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
  }

  /** "the number differs: 1,200 vs 900". */
  public String describe() {
    return "the " + type.label() + " differs: " + left + " vs " + right;
  }
}
