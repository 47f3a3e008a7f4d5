package org.factdesk.analysis.detect;

/**
 * One detector. Implementations are immutable and stateless between calls, so a single instance
 * serves all threads; everything of one run lives in the context and the sink.
 */
public interface Detector {
  /** Stable id stored with each flag, e.g. "rules"; evaluation reports group by it. */
  String id();

  /**
   * Adds flags for the blocks of {@code context} to {@code sink}. Detectors run in a fixed order
   * and may read what earlier ones flagged.
   */
  void detect(DetectionContext context, FlagSink sink);
}
