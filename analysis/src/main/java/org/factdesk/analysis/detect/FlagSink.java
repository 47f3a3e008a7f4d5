package org.factdesk.analysis.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;

/**
 * Collects the flags of one analysis run. A block keeps at most one flag per type: when two
 * detectors disagree on confidence the more confident one wins, and on a tie the first one. Not
 * thread-safe: one sink belongs to one run.
 */
public final class FlagSink {
  private final List<Map<FlagType, DetectorFlag>> flags;

  /** Blocks a detector found to be a list of the article itself (decision 0048). */
  private final java.util.BitSet articleLists = new java.util.BitSet();

  public FlagSink(int blockCount) {
    flags = new ArrayList<>(blockCount);
    for (int i = 0; i < blockCount; i++) {
      flags.add(new EnumMap<>(FlagType.class));
    }
  }

  public void add(int block, DetectorFlag flag) {
    flags
        .get(block)
        .merge(flag.type(), flag, (old, neu) -> neu.confidence() > old.confidence() ? neu : old);
  }

  public void add(int block, FlagType type, double confidence, String detector, String reason) {
    double rounded = Math.round(Math.max(0.0, Math.min(1.0, confidence)) * 100) / 100.0;
    add(block, new DetectorFlag(type, rounded, detector, reason));
  }

  /**
   * Takes back the block's flags of the given detectors: a later, better-informed detector
   * (decision 0023) retypes or clears what a generic one said. Flags of other detectors stay.
   */
  public void withdraw(int block, java.util.Set<String> detectors) {
    flags.get(block).values().removeIf(f -> detectors.contains(f.detector()));
  }

  /**
   * Takes back every flag of the detectors that flagged the block with a type {@code types}
   * accepts: a retyper (site name, offers, stray datelines) replaces their call with its own type.
   */
  public void withdrawDetectorsFlagging(int block, java.util.function.Predicate<FlagType> types) {
    java.util.Set<String> detectors = new java.util.HashSet<>();
    for (DetectorFlag f : flags.get(block).values()) {
      if (types.test(f.type())) {
        detectors.add(f.detector());
      }
    }
    withdraw(block, detectors);
  }

  /**
   * Marks a block as an entry of a list that belongs to the article (the structure detector's
   * judgement of a run of short lines between its paragraphs or announced by it, decision 0048):
   * the generic detectors that run later (line model, learned types) leave it unflagged.
   */
  public void holdAsArticleList(int block) {
    articleLists.set(block);
  }

  /** Whether {@link #holdAsArticleList} marked the block. */
  public boolean heldAsArticleList(int block) {
    return articleLists.get(block);
  }

  public boolean isFlagged(int block) {
    return !flags.get(block).isEmpty();
  }

  public boolean has(int block, FlagType type) {
    return flags.get(block).containsKey(type);
  }

  /** The block's flags, most confident first (ties in type order), for the result. */
  public List<DetectorFlag> flagsOf(int block) {
    List<DetectorFlag> list = new ArrayList<>(flags.get(block).values());
    list.sort(
        Comparator.comparingDouble(DetectorFlag::confidence)
            .reversed()
            .thenComparing(DetectorFlag::type));
    return List.copyOf(list);
  }
}
