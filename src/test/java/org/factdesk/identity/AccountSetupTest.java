package org.factdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
