package org.factdesk.article;

/**
 * The outcomes a batch's workers recorded since its counts were last written to the batch's row
 * (docs/decisions/0072). Each item's transaction used to add one to the batch row, so the two
 * workers' transactions queued on that row until the other's commit; now the items are the record,
 * and the row's counts follow them every {@code interval} at most: one worker, the first to see the
 * interval out, takes what was counted and writes it in its own short transaction. When the batch
 * finishes (or is taken over) its counts are read again from the items, so a count lost with an
 * instance that died never shows in a finished batch.
 */
final class BatchTally {

  /** What was counted since the last write. */
  record Counts(int imported, int duplicates, int failed) {
    int processed() {
      return imported + duplicates + failed;
    }
  }

  private final long intervalNanos;
  private int imported;
  private int duplicates;
  private int failed;
  private long lastTaken;

  /**
   * A tally whose counts are due every {@code intervalNanos}; {@code now} (of {@link
   * System#nanoTime}) is when it starts, so the first are due one interval later.
   */
  BatchTally(long intervalNanos, long now) {
    this.intervalNanos = intervalNanos;
    this.lastTaken = now;
  }

  /** Counts one item's outcome; {@code null} (done by another instance) counts nothing. */
  synchronized void add(ImportItem.Outcome outcome) {
    if (outcome == null) {
      return;
    }
    switch (outcome) {
      case IMPORTED -> imported++;
      case DUPLICATE -> duplicates++;
      case FAILED -> failed++;
      default -> throw new IllegalArgumentException("a worker does not record " + outcome);
    }
  }

  /**
   * What was counted since the last take, and zero again, if an interval has passed since then and
   * something was counted; otherwise null (so only one of the workers writes it).
   */
  synchronized Counts takeIfDue(long now) {
    if (now - lastTaken < intervalNanos || imported + duplicates + failed == 0) {
      return null;
    }
    Counts counts = new Counts(imported, duplicates, failed);
    imported = 0;
    duplicates = 0;
    failed = 0;
    lastTaken = now;
    return counts;
  }
}
