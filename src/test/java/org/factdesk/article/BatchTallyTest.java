package org.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BatchTallyTest {

  private static final long INTERVAL = 250_000_000L;

  @Test
  void countsAreDueOnceAnIntervalHasPassedAndStartAgainFromZero() {
    BatchTally tally = new BatchTally(INTERVAL, 0);
    tally.add(ImportItem.Outcome.IMPORTED);
    tally.add(ImportItem.Outcome.IMPORTED);
    tally.add(ImportItem.Outcome.DUPLICATE);
    tally.add(ImportItem.Outcome.FAILED);
    assertNull(tally.takeIfDue(INTERVAL - 1), "not before the interval is out");

    BatchTally.Counts first = tally.takeIfDue(INTERVAL);
    assertEquals(new BatchTally.Counts(2, 1, 1), first);
    assertEquals(4, first.processed());

    tally.add(ImportItem.Outcome.IMPORTED);
    assertNull(tally.takeIfDue(INTERVAL + 1), "the next interval starts at the take");
    assertEquals(new BatchTally.Counts(1, 0, 0), tally.takeIfDue(2 * INTERVAL));
  }

  @Test
  void onlyOneOfTheWorkersTakesWhatIsDue() {
    BatchTally tally = new BatchTally(INTERVAL, 0);
    tally.add(ImportItem.Outcome.DUPLICATE);
    assertEquals(new BatchTally.Counts(0, 1, 0), tally.takeIfDue(INTERVAL));
    assertNull(tally.takeIfDue(INTERVAL), "the second worker finds nothing to write");
  }

  @Test
  void nothingIsDueWhenNothingWasCountedAndAnItemDoneElsewhereCountsNothing() {
    BatchTally tally = new BatchTally(INTERVAL, 0);
    tally.add(null);
    assertNull(tally.takeIfDue(10 * INTERVAL));
    tally.add(ImportItem.Outcome.FAILED);
    assertEquals(new BatchTally.Counts(0, 0, 1), tally.takeIfDue(10 * INTERVAL));
  }

  @Test
  void aWorkerNeverRecordsAnOutcomeOfReadingOrInterruption() {
    BatchTally tally = new BatchTally(INTERVAL, 0);
    assertThrows(IllegalArgumentException.class, () -> tally.add(ImportItem.Outcome.SKIPPED));
    assertThrows(IllegalArgumentException.class, () -> tally.add(ImportItem.Outcome.PENDING));
  }
}
