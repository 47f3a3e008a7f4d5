package org.factdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final Instant start = Instant.parse("2026-12-05T09:00:00Z");
  private final LoginThrottle cut =
      new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofSeconds(30));

  @Test
  void theWaitDoublesAfterTheFreeFailuresUpToTheCap() {
    Duration cap = Duration.ofSeconds(30);
    assertEquals(Duration.ZERO, cut.delayAfter(5, cap));
    assertEquals(Duration.ofSeconds(1), cut.delayAfter(6, cap));
    assertEquals(Duration.ofSeconds(2), cut.delayAfter(7, cap));
    assertEquals(Duration.ofSeconds(16), cut.delayAfter(10, cap));
    assertEquals(cap, cut.delayAfter(11, cap));
    assertEquals(cap, cut.delayAfter(500, cap));
  }

  @Test
  void anAttackerWhoKeepsFailingWaitsLongerThanTheAccountsOwner() {
    Instant now = start;
    for (int i = 0; i < 40; i++) {
      Optional<Duration> wait = cut.waitFor("admin", "203.0.113.9", now);
      if (wait.isPresent()) {
        now = now.plus(wait.get());
      }
      cut.failed("admin", "203.0.113.9", now);
    }
    Instant ownerMayTry = now.plusSeconds(30);
    assertEquals(Optional.empty(), cut.waitFor("admin", "198.51.100.7", ownerMayTry));
    assertTrue(cut.waitFor("admin", "203.0.113.9", ownerMayTry).isPresent());
    assertTrue(cut.waitFor("ADMIN ", "198.51.100.7", now.plusSeconds(1)).isPresent());
  }

  @Test
  void unknownNamesAreCountedLikeKnownOnes() {
    for (int i = 0; i < 6; i++) {
      cut.failed("no-such-user", "192.0.2.1", start);
    }
    assertEquals(
        Optional.of(Duration.ofSeconds(1)), cut.waitFor("no-such-user", "192.0.2.99", start));
  }

  @Test
  void successClearsTheAccountButNotTheAddress() {
    for (int i = 0; i < 8; i++) {
      cut.failed("editor", "192.0.2.1", start);
    }
    cut.succeeded("editor");
    assertEquals(Optional.empty(), cut.waitFor("editor", "192.0.2.2", start));
    assertTrue(cut.waitFor("checker", "192.0.2.1", start).isPresent());
  }

  @Test
  void countsAreForgottenAfterAnHour() {
    for (int i = 0; i < 20; i++) {
      cut.failed("lead", "192.0.2.1", start);
    }
    assertEquals(Optional.empty(), cut.waitFor("lead", "192.0.2.1", start.plusSeconds(3601)));
  }
}
