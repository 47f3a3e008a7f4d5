package org.factdesk.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OpeningsInBackgroundTest {

  private static final OffsetDateTime ROUND =
      OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.UTC);

  @Test
  void aFirstRoundLooksAtTheLastThirtyDays() {
    assertEquals(ROUND.minusDays(30), OpeningsInBackground.searchedFrom(ROUND, null));
  }

  @Test
  void laterRoundsLookOnlyPastWhatAnIdleRoundFoundDone() {
    OffsetDateTime done = ROUND.minusMinutes(12);

    assertEquals(done, OpeningsInBackground.searchedFrom(ROUND, done));
  }

  @Test
  void neverFurtherBackThanThirtyDays() {
    assertEquals(
        ROUND.minusDays(30), OpeningsInBackground.searchedFrom(ROUND, ROUND.minusDays(45)));
  }

  @Test
  void aRoundMakesAQuarterOfItsOpeningsWhileAnImportBatchRuns() {
    assertEquals(20, OpeningsInBackground.perRound(false));
    assertEquals(5, OpeningsInBackground.perRound(true));
  }
}
