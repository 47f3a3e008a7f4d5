package org.factdesk.identity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class TotpTest {

  /** RFC 6238, appendix B: the SHA-1 key and its 8-digit codes at the given times. */
  @Test
  void matchesTheTestVectorsOfRfc6238() {
    byte[] key = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    long[] times = {59L, 1111111109L, 1111111111L, 1234567890L, 2000000000L, 20000000000L};
    String[] codes = {"94287082", "07081804", "14050471", "89005924", "69279037", "65353130"};
    for (int i = 0; i < times.length; i++) {
      long step = Totp.stepAt(Instant.ofEpochSecond(times[i]));
      assertEquals(codes[i], Totp.code(key, step, 8), "at " + times[i]);
    }
    // Six digits are the last six of the eight.
    assertEquals("287082", Totp.code(Totp.base32(key), 1));
  }

  @Test
  void base32RoundTripsAndReadsTheRfc4648Example() {
    assertEquals("MZXW6YTB", Totp.base32("fooba".getBytes(StandardCharsets.US_ASCII)));
    assertEquals("MZXW6YTBOI", Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII)));
    byte[] secret = Totp.unbase32(Totp.newSecret());
    assertEquals(20, secret.length);
    assertArrayEquals(secret, Totp.unbase32(Totp.base32(secret)));
  }

  @Test
  void acceptsTheNeighbouringStepsButNotACodeTwice() {
    String secret = Totp.newSecret();
    long now = 58_000_000L;
    assertEquals(now - 1, Totp.matchingStep(secret, Totp.code(secret, now - 1), now, 0));
    assertEquals(now + 1, Totp.matchingStep(secret, Totp.code(secret, now + 1), now, 0));
    assertNull(Totp.matchingStep(secret, Totp.code(secret, now - 2), now, 0));
    assertNull(Totp.matchingStep(secret, "12 34", now, 0));

    User user = new User("ines", "Ines", "hash", EnumSet.of(Role.ADMIN));
    TotpCipher cipher = new TotpCipher(new byte[32], java.util.List.of());
    user.enrolSecondFactor(secret, now - 1, cipher);
    String code = Totp.code(secret, now);
    assertTrue(user.acceptCode(code, now, cipher));
    assertFalse(user.acceptCode(code, now, cipher), "the same code is refused the second time");
    assertFalse(user.acceptCode(Totp.code(secret, now - 1), now, cipher), "an older one too");
  }

  @Test
  void theUriNamesIssuerAccountAndSecret() {
    assertEquals(
        "otpauth://totp/Factdesk:ada%20admin?secret=ABC&issuer=Factdesk&algorithm=SHA1&digits=6"
            + "&period=30",
        Totp.uri("ada admin", "ABC"));
  }
}
