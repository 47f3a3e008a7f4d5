package org.factdesk.identity;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): HMAC-SHA1, 30-second steps, 6
 * digits, the settings every authenticator app understands. Written with the JDK's HMAC: the
 * algorithm is twenty lines, and the test checks it against the RFC's own test vectors.
 */
public final class Totp {

  static final long STEP_SECONDS = 30;
  static final int DIGITS = 6;

  /** Codes of the step before and after now are accepted too: clocks drift, people type slowly. */
  static final int WINDOW = 1;

  private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Totp() {}

  /** A new secret of 160 random bits (RFC 4226's recommended length), in base32. */
  public static String newSecret() {
    byte[] key = new byte[20];
    RANDOM.nextBytes(key);
    return base32(key);
  }

  public static long stepAt(Instant time) {
    return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
  }

  /** The 6-digit code of a secret at a time step. */
  public static String code(String secret, long step) {
    return code(unbase32(secret), step, DIGITS);
  }

  static String code(byte[] key, long step, int digits) {
    byte[] counter = new byte[8];
    for (int i = 7, value = 0; i >= 0; i--, value++) {
      counter[i] = (byte) (step >>> (8 * value));
    }
    byte[] hash;
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      hash = mac.doFinal(counter);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every JDK has HmacSHA1", e);
    }
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    int modulo = (int) Math.pow(10, digits);
    return String.format(Locale.ROOT, "%0" + digits + "d", binary % modulo);
  }

  /**
   * The time step near {@code nowStep} whose code {@code typed} is, if it is later than {@code
   * afterStep}; else null.
   */
  static Long matchingStep(String secret, String typed, long nowStep, long afterStep) {
    if (typed == null) {
      return null;
    }
    String code = typed.replaceAll("\\s", "");
    if (!code.matches("\\d{" + DIGITS + "}")) {
      return null;
    }
    Long found = null;
    for (long step = nowStep - WINDOW; step <= nowStep + WINDOW; step++) {
      boolean same =
          MessageDigest.isEqual(
              code(secret, step).getBytes(StandardCharsets.US_ASCII),
              code.getBytes(StandardCharsets.US_ASCII));
      if (same && step > afterStep && found == null) {
        found = step;
      }
    }
    return found;
  }

  /** The otpauth URI an authenticator app reads (Google's Key Uri Format). */
  public static String uri(String account, String secret) {
    String label = enc("Factdesk") + ":" + enc(account);
    return "otpauth://totp/"
        + label
        + "?secret="
        + secret
        + "&issuer=Factdesk&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + STEP_SECONDS;
  }

  private static String enc(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(BASE32.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(BASE32.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  static byte[] unbase32(String text) {
    String clean = text.replaceAll("[\\s=]", "").toUpperCase(Locale.ROOT);
    byte[] out = new byte[clean.length() * 5 / 8];
    int buffer = 0;
    int bits = 0;
    int n = 0;
    for (char c : clean.toCharArray()) {
      int value = BASE32.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("Not base32: '" + c + "'");
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out[n++] = (byte) (buffer >> (bits - 8));
        bits -= 8;
      }
    }
    return out;
  }
}
