package org.factdesk.analysis.detect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The fingerprint of a line for outlet boilerplate detection, in the manner of CCNet: the line is
 * normalised (Unicode NFKC, lower case, digits to 0, punctuation dropped, spaces collapsed) so that
 * "Share post:" and "share post" or "© 2024" and "© 2025" agree, then hashed with SHA-256 truncated
 * to 64 bits and written as 16 hex digits. Stable across JVMs and releases: the persistence layer
 * stores these.
 */
public final class LineFingerprint {
  private LineFingerprint() {}

  /** Fingerprint of one line or block of text. */
  public static String of(String line) {
    String key = normalize(line);
    if (key.isEmpty()) {
      key = line.strip(); // lines of symbols only ("×") still deserve distinct fingerprints
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  static String normalize(String line) {
    String s = Normalizer.normalize(line, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        c = '0';
      }
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }
}
