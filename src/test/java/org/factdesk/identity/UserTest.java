package org.factdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {

  private final Instant start = Instant.parse("2026-11-24T09:00:00Z");

  private User cut() {
    return new User("ines", "Ines", "hash", EnumSet.of(Role.EDITOR));
  }

  @Test
  void failuresAreCountedButLockNothingAndASignInClearsThem() {
    User cut = cut();
    for (int i = 1; i <= 20; i++) {
      cut.recordFailedLogin();
    }
    assertEquals(20, cut.getFailedLogins());
    assertTrue(cut.isEnabled(), "no lockout: the throttle slows guessing down instead");
    cut.recordSuccessfulLogin(start);
    assertEquals(0, cut.getFailedLogins());
    assertEquals(start, cut.getLastLoginAt());
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
  void enablingAgainClearsTheFailures() {
    User cut = cut();
    cut.recordFailedLogin();
    cut.disable();
    assertFalse(cut.isEnabled());
    cut.enable();
    assertTrue(cut.isEnabled());
    assertEquals(0, cut.getFailedLogins());
  }
}
