package org.factdesk.analysis;

import java.util.Objects;

/**
 * A detector's opinion that a block is not article body.
 *
 * @param type what kind of material the block is
 * @param confidence 0..1, how sure the detector is
 * @param detector stable id of the detector that raised it ("rules", "structure", ...)
 * @param reason a sentence a person understands, naming the evidence
 */
public record DetectorFlag(FlagType type, double confidence, String detector, String reason) {
  public DetectorFlag {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(detector, "detector");
    Objects.requireNonNull(reason, "reason");
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
    }
  }
}
