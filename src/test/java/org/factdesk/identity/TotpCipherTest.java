package org.factdesk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class TotpCipherTest {

  private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) fill);
    return key;
  }

  private final TotpCipher cut = new TotpCipher(key(1), List.of());

  @Test
  void aSealedSecretOpensForItsUserOnlyAndNeverShowsThePlainSecret() {
    String sealed = cut.seal("ines", SECRET);
    assertTrue(sealed.startsWith("v1."), sealed);
    assertFalse(sealed.contains(SECRET), sealed);
    assertTrue(sealed.length() <= 200, "fits the column: " + sealed.length());
    assertEquals(SECRET, cut.open("ines", sealed));
    assertNotEquals(sealed, cut.seal("ines", SECRET), "a fresh nonce every time");

    IdentityException copied = assertThrows(IdentityException.class, () -> cut.open("ada", sealed));
    assertEquals(
        "The second factor of 'ada' cannot be read (it was changed, or belongs to another user):"
            + " give the server the key it was sealed with (factdesk.totp.key or"
            + " factdesk.totp.previous-keys).",
        copied.getMessage());
  }

  @Test
  void aChangedByteAnywhereIsRefused() {
    String sealed = cut.seal("ines", SECRET);
    int start = sealed.lastIndexOf('.') + 1;
    byte[] whole = Base64.getUrlDecoder().decode(sealed.substring(start));
    for (int i = 0; i < whole.length; i++) {
      byte[] changed = whole.clone();
      changed[i] ^= 0x01;
      String tampered =
          sealed.substring(0, start)
              + Base64.getUrlEncoder().withoutPadding().encodeToString(changed);
      assertThrows(IdentityException.class, () -> cut.open("ines", tampered), "byte " + i);
    }
    String cut = sealed.substring(0, sealed.length() - 4);
    assertThrows(IdentityException.class, () -> this.cut.open("ines", cut));
  }

  @Test
  void anotherKeyDoesNotOpenItButAPreviousKeyDoesAndItIsSealedAgain() {
    String sealed = cut.seal("ines", SECRET);
    IdentityException other =
        assertThrows(
            IdentityException.class, () -> new TotpCipher(key(2), List.of()).open("ines", sealed));
    assertTrue(other.getMessage().contains("a key this server does not have"), other.getMessage());

    TotpCipher rotated = new TotpCipher(key(2), List.of(key(1)));
    assertEquals(SECRET, rotated.open("ines", sealed));
    assertTrue(rotated.needsSealing(sealed), "sealed with the previous key");
    assertFalse(rotated.needsSealing(rotated.seal("ines", SECRET)));
  }

  @Test
  void plainRowsOfBeforeOpenAsTheyAreAndAreToBeSealed() {
    assertEquals(SECRET, cut.open("ines", SECRET));
    assertTrue(cut.needsSealing(SECRET));
    assertFalse(cut.needsSealing(cut.seal("ines", SECRET)));
  }

  @Test
  void withoutAKeyNothingIsSealedAndTheMessageSaysWhatToSet() {
    TotpCipher none = TotpCipher.withoutKey(TotpKeys.NO_KEY, List.of());
    assertFalse(none.canSeal());
    assertEquals(SECRET, none.open("ines", SECRET), "plain rows still work");
    assertFalse(none.needsSealing(SECRET));
    IdentityException refused =
        assertThrows(IdentityException.class, () -> none.seal("ines", SECRET));
    assertTrue(refused.getMessage().contains("FACTDESK_TOTP_KEY"), refused.getMessage());
  }

  @Test
  void aKeyMustBeBase64OfThirtyTwoBytes() {
    assertEquals(32, TotpCipher.parseKey("k", TotpCipher.newKey()).length);
    IllegalArgumentException shortKey =
        assertThrows(
            IllegalArgumentException.class,
            () -> TotpCipher.parseKey("factdesk.totp.key", "c2hvcnQ="));
    assertTrue(shortKey.getMessage().startsWith("factdesk.totp.key must hold 32 bytes"));
    assertThrows(
        IllegalArgumentException.class, () -> TotpCipher.parseKey("factdesk.totp.key", "n*t"));
  }
}
