package org.factdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {

  private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
  private final Instant start = Instant.parse("2026-11-24T09:00:00Z");

  private User cut() {
    return new User("ines", "Ines", "hash", EnumSet.of(Role.EDITOR));
  }

  @Test
  void fifthFailureLocksTheAccountForTheGivenTime() {
    User cut = cut();
    for (int i = 1; i <= 4; i++) {
      assertFalse(cut.recordFailedLogin(start.plusSeconds(i), 5, FIVE_MINUTES));
      assertFalse(cut.isLockedAt(start.plusSeconds(i)));
    }
    assertTrue(cut.recordFailedLogin(start.plusSeconds(5), 5, FIVE_MINUTES));
    assertTrue(cut.isLockedAt(start.plusSeconds(6)));
    assertTrue(cut.isLockedAt(start.plusSeconds(5).plus(FIVE_MINUTES).minusMillis(1)));
    assertFalse(cut.isLockedAt(start.plusSeconds(5).plus(FIVE_MINUTES)));
  }

  @Test
  void failuresDuringTheLockDoNotExtendIt() {
    User cut = cut();
    for (int i = 1; i <= 5; i++) {
      cut.recordFailedLogin(start, 5, FIVE_MINUTES);
    }
    Instant lockedUntil = cut.getLockedUntil();
    cut.recordFailedLogin(start.plusSeconds(60), 5, FIVE_MINUTES);
    assertEquals(lockedUntil, cut.getLockedUntil());
  }

  @Test
  void afterTheLockRunsOutCountingStartsAfresh() {
    User cut = cut();
    for (int i = 1; i <= 5; i++) {
      cut.recordFailedLogin(start, 5, FIVE_MINUTES);
    }
    Instant later = start.plus(FIVE_MINUTES).plusSeconds(1);
    assertFalse(cut.recordFailedLogin(later, 5, FIVE_MINUTES));
    assertEquals(1, cut.getFailedLogins());
    assertFalse(cut.isLockedAt(later));
  }

  @Test
  void successfulLoginClearsTheFailures() {
    User cut = cut();
    cut.recordFailedLogin(start, 5, FIVE_MINUTES);
    cut.recordFailedLogin(start, 5, FIVE_MINUTES);
    cut.recordSuccessfulLogin(start.plusSeconds(1));
    assertEquals(0, cut.getFailedLogins());
    assertEquals(start.plusSeconds(1), cut.getLastLoginAt());
  }

  @Test
  void aUserKeepsAtLeastOneRole() {
    User cut = cut();
    IdentityException e = assertThrows(IdentityException.class, () -> cut.assignRoles(Set.of()));
    assertEquals("A user needs at least one role.", e.getMessage());
    assertEquals(Set.of(Role.EDITOR), cut.getRoles());
  }

  @Test
  void roleNamesAreWhatTheContainerSees() {
    User cut = new User("lee", "Lee", "hash", EnumSet.of(Role.FACT_CHECKER, Role.EDITOR));
    assertEquals(Set.of("EDITOR", "FACT_CHECKER"), cut.roleNames());
  }

  @Test
  void enablingAgainLiftsALock() {
    User cut = cut();
    for (int i = 1; i <= 5; i++) {
      cut.recordFailedLogin(start, 5, FIVE_MINUTES);
    }
    cut.disable();
    cut.enable();
    assertTrue(cut.isEnabled());
    assertFalse(cut.isLockedAt(start));
  }
}
