package org.factdesk.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals TOTP secrets for the database with AES-256-GCM (docs/decisions/0037): {@code v1.<key
 * id>.<base64url(nonce | ciphertext | tag)>}, a fresh 96-bit nonce each time, the user name as
 * associated data, so a sealed secret copied onto another user's row does not open. The key id (the
 * first 4 bytes of the key's SHA-256) picks the key among the current one and the previous ones, so
 * keys can be replaced without losing the enrolled users.
 *
 * <p>A stored value without the {@code v1.} prefix is a plain base32 secret of a row written before
 * secrets were sealed: it opens as itself, so sign-in keeps working while those rows are sealed (at
 * start, and when used). A sealed value that does not open (another key, changed bytes) is refused,
 * never guessed around.
 */
public final class TotpCipher {

  static final String PREFIX = "v1.";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String currentId;
  private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
  private final String missingKeyMessage;

  /**
   * A cipher with a current key (32 bytes) and keys it only opens with (older ones).
   *
   * @throws IllegalArgumentException when a key is not 32 bytes long
   */
  public TotpCipher(byte[] current, List<byte[]> previous) {
    this.currentId = add(current);
    for (byte[] key : previous) {
      add(key);
    }
    this.missingKeyMessage = null;
  }

  private TotpCipher(String missingKeyMessage, List<byte[]> previous) {
    this.currentId = null;
    for (byte[] key : previous) {
      add(key);
    }
    this.missingKeyMessage = missingKeyMessage;
  }

  /**
   * A cipher without a current key: it opens plain rows (and rows sealed with the previous keys)
   * and refuses to seal, with the message.
   */
  public static TotpCipher withoutKey(String message, List<byte[]> previous) {
    return new TotpCipher(message, previous);
  }

  /** A new random key, base64 as {@code factdesk.totp.key} takes it. */
  public static String newKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  /** The key in a setting's base64, or an exception naming the setting. */
  public static byte[] parseKey(String setting, String base64) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(setting + " is not base64: " + e.getMessage(), e);
    }
    if (key.length != 32) {
      throw new IllegalArgumentException(
          setting
              + " must hold 32 bytes (base64 of 32 random bytes, e.g. `openssl rand -base64 32`),"
              + " not "
              + key.length);
    }
    return key;
  }

  private String add(byte[] key) {
    if (key == null || key.length != 32) {
      throw new IllegalArgumentException("A TOTP key is 32 bytes (AES-256)");
    }
    String id = idOf(key);
    keys.putIfAbsent(id, new SecretKeySpec(key, "AES"));
    return id;
  }

  private static String idOf(byte[] key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key);
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether this cipher can seal (it has a key). */
  public boolean canSeal() {
    return currentId != null;
  }

  /**
   * The secret sealed for the user's row.
   *
   * @throws IdentityException when there is no key, with the message saying how to set one
   */
  public String seal(String username, String secret) {
    if (!canSeal()) {
      throw new IdentityException(missingKeyMessage);
    }
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentId), new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.US_ASCII));
      byte[] whole =
          ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
      return PREFIX
          + currentId
          + "."
          + Base64.getUrlEncoder().withoutPadding().encodeToString(whole);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available: " + e.getMessage(), e);
    }
  }

  /** Whether the stored value is sealed (not a plain row of before). */
  public static boolean isSealed(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  /** Whether the stored value should be sealed again: plain, or sealed with an older key. */
  public boolean needsSealing(String stored) {
    return canSeal()
        && stored != null
        && (!isSealed(stored) || !stored.startsWith(PREFIX + currentId + "."));
  }

  /**
   * The plain secret of a stored value: a plain row as it is, a sealed one opened.
   *
   * @throws IdentityException when a sealed value does not open: unknown key, or changed bytes
   */
  public String open(String username, String stored) {
    if (!isSealed(stored)) {
      return stored;
    }
    String rest = stored.substring(PREFIX.length());
    int dot = rest.indexOf('.');
    SecretKeySpec key = dot < 0 ? null : keys.get(rest.substring(0, dot));
    if (key == null) {
      throw unreadable(username, "it was sealed with a key this server does not have");
    }
    byte[] whole;
    try {
      whole = Base64.getUrlDecoder().decode(rest.substring(dot + 1));
    } catch (IllegalArgumentException e) {
      throw unreadable(username, "it is not valid base64");
    }
    if (whole.length <= NONCE_BYTES + TAG_BITS / 8) {
      throw unreadable(username, "it is too short");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, whole, 0, NONCE_BYTES));
      cipher.updateAAD(username.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(whole, NONCE_BYTES, whole.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.US_ASCII);
    } catch (javax.crypto.AEADBadTagException e) {
      throw unreadable(username, "it was changed, or belongs to another user");
    } catch (GeneralSecurityException e) {
      throw unreadable(username, e.getMessage());
    }
  }

  private static IdentityException unreadable(String username, String why) {
    return new IdentityException(
        "The second factor of '"
            + username
            + "' cannot be read ("
            + why
            + "): give the server the key it was sealed with (factdesk.totp.key or"
            + " factdesk.totp.previous-keys).");
  }
}
