package org.factdesk.analysis.eval;

import java.util.EnumMap;
import java.util.Map;
import org.factdesk.analysis.FlagType;

/**
 * Block-level scores per flag type. Each block has a gold type ({@code null} = article) and a
 * predicted type (the engine's most confident flag, {@code null} when unflagged):
 *
 * <ul>
 *   <li>predicted == gold, not null: a true positive of that type;
 *   <li>predicted not null and != gold: a false positive of the predicted type;
 *   <li>gold not null and != predicted: a false negative of the gold type.
 * </ul>
 *
 * A block flagged with the wrong type so counts twice, once against each type. The overall row is
 * the micro-average (sums over the types). Separately, {@link #detection()} scores the untyped
 * question "is this block boilerplate?", which is what decides the clean text.
 */
public final class Scoreboard {
  private final Map<FlagType, long[]> counts = new EnumMap<>(FlagType.class);
  private final long[] detection = new long[3];

  public Scoreboard() {
    for (FlagType t : FlagType.values()) {
      counts.put(t, new long[3]);
    }
  }

  public void add(FlagType gold, FlagType predicted) {
    if (predicted != null && predicted == gold) {
      counts.get(predicted)[0]++;
    } else {
      if (predicted != null) {
        counts.get(predicted)[1]++;
      }
      if (gold != null) {
        counts.get(gold)[2]++;
      }
    }
    if (gold != null && predicted != null) {
      detection[0]++;
    } else if (predicted != null) {
      detection[1]++;
    } else if (gold != null) {
      detection[2]++;
    }
  }

  public void addAll(Scoreboard other) {
    for (FlagType t : FlagType.values()) {
      long[] mine = counts.get(t);
      long[] theirs = other.counts.get(t);
      for (int i = 0; i < 3; i++) {
        mine[i] += theirs[i];
      }
    }
    for (int i = 0; i < 3; i++) {
      detection[i] += other.detection[i];
    }
  }

  public Counts of(FlagType type) {
    long[] c = counts.get(type);
    return new Counts(c[0], c[1], c[2]);
  }

  /** Micro-average over all types. */
  public Counts overall() {
    Counts sum = Counts.ZERO;
    for (FlagType t : FlagType.values()) {
      sum = sum.plus(of(t));
    }
    return sum;
  }

  /** Boilerplate or not, whatever the type. */
  public Counts detection() {
    return new Counts(detection[0], detection[1], detection[2]);
  }
}
