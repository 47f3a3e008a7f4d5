package org.factdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountSetupTest {

  @Test
  void withoutDemoModeAndWithoutAPasswordTheFirstStartIsRefused() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> AccountSetup.firstAdminPassword(Optional.empty()));
    assertTrue(e.getMessage().contains("Set FACTDESK_ADMIN_PASSWORD"), e.getMessage());
    assertThrows(
        IllegalStateException.class, () -> AccountSetup.firstAdminPassword(Optional.of("   ")));
  }

  @Test
  void aWeakFirstAdminPasswordIsRefusedWithTheReason() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> AccountSetup.firstAdminPassword(Optional.of("password1234")));
    assertTrue(
        e.getMessage().contains("not acceptable. The password is too easy to guess"),
        e.getMessage());
  }

  @Test
  void anAcceptablePasswordIsUsedWithoutSurroundingSpace() {
    assertEquals(
        "tidal slate over juniper",
        AccountSetup.firstAdminPassword(Optional.of("  tidal slate over juniper ")));
  }

  @Test
  void losingTheRaceForTheFirstAccountIsToldFromOtherFailures() {
    // As the commit reports it: the transaction manager's exception around Hibernate's around
    // the driver's, whose SQLSTATE 23505 is a unique key (PostgreSQL and H2 alike).
    RollbackException lostRace = new RollbackException("commit failed");
    lostRace.initCause(
        new RuntimeException(
            "could not execute statement",
            new SQLException("duplicate key value violates unique constraint", "23505")));
    assertTrue(AccountSetup.isUniqueViolation(lostRace));

    RollbackException otherFailure = new RollbackException("commit failed");
    otherFailure.initCause(new SQLException("connection refused", "08001"));
    assertFalse(AccountSetup.isUniqueViolation(otherFailure));
    assertFalse(AccountSetup.isUniqueViolation(new IllegalStateException("no users")));
  }
}
