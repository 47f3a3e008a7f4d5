package org.factdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The small parts of signing in: origins, logged names, the hash cap, the session lifetime. */
class SignInPartsTest {

  @Test
  void aStateChangeFromAnotherOriginIsForeign() {
    String pub = "https://factdesk.example.org";
    assertEquals(
        Optional.empty(),
        SameOrigin.foreignSource("http://localhost:8080", null, "localhost:8080", pub));
    assertEquals(
        Optional.empty(),
        SameOrigin.foreignSource("https://factdesk.example.org", null, "10.0.0.5:8080", pub));
    assertEquals(Optional.empty(), SameOrigin.foreignSource(null, null, "localhost:8080", pub));
    assertEquals(
        Optional.of("http://localhost:9999"),
        SameOrigin.foreignSource("http://localhost:9999", null, "localhost:8080", pub));
    assertEquals(
        Optional.of("null"), SameOrigin.foreignSource("null", null, "localhost:8080", pub));
    assertEquals(
        Optional.of("https://evil.example/page"),
        SameOrigin.foreignSource(null, "https://evil.example/page", "localhost:8080", pub));
    assertEquals(
        Optional.empty(),
        SameOrigin.foreignSource(null, "http://localhost:8080/articles", "localhost:8080", pub));
  }

  @Test
  void anUnknownNameThatLooksLikeAPasswordIsNotLogged() {
    assertEquals("editor", LoginNames.loggable("editor", true));
    assertEquals("jsmith", LoginNames.loggable("jsmith", false));
    assertEquals("editor.smith-2024", LoginNames.loggable("editor.smith-2024", false));
    assertEquals("ghost-3fa9c1d2e7", LoginNames.loggable("ghost-3fa9c1d2e7", false));
    assertEquals(LoginNames.WITHHELD, LoginNames.loggable("quiet-river-17-maple", false));
    assertEquals(LoginNames.WITHHELD, LoginNames.loggable("Admin", false));
    assertEquals(LoginNames.WITHHELD, LoginNames.loggable("harbour-lamp-42-stone", false));
    assertEquals(LoginNames.WITHHELD, LoginNames.loggable("Tr0ub4dor&3", false));
    assertEquals(LoginNames.WITHHELD, LoginNames.loggable("lantern under the bridge", false));
  }

  @Test
  void theHashGateRefusesWhenEveryTurnIsTaken() throws Exception {
    HashGate cut = new HashGate(1, 50);
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread busy =
        new Thread(
            () ->
                cut.run(
                    () -> {
                      holding.countDown();
                      try {
                        return release.await(5, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        return false;
                      }
                    }));
    busy.start();
    assertTrue(holding.await(5, TimeUnit.SECONDS));
    assertThrows(HashGate.Busy.class, () -> cut.run(() -> true));
    release.countDown();
    busy.join();
    assertTrue(cut.run(() -> true), "free again once the first is done");
  }

  @Test
  void aSessionEndsAfterItsAbsoluteLifetime() {
    Instant since = Instant.parse("2026-12-05T08:00:00Z");
    SignedIn cut = new SignedIn("editor", Set.of("EDITOR"), since, "t", "k");
    assertFalse(
        cut.isOverAt(since.plus(Duration.ofHours(12)).minusSeconds(1), Duration.ofHours(12)));
    assertTrue(cut.isOverAt(since.plus(Duration.ofHours(12)), Duration.ofHours(12)));
  }

  @Test
  void theClientAddressComesFromTheProxyOnlyWhenTrusted() {
    assertEquals("10.0.0.1", ClientAddress.of("10.0.0.1", "203.0.113.9", false));
    assertEquals("203.0.113.9", ClientAddress.of("10.0.0.1", "1.2.3.4, 203.0.113.9", true));
    assertEquals("10.0.0.1", ClientAddress.of("10.0.0.1", null, true));
  }
}
