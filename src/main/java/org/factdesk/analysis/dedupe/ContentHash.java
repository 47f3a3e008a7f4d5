package org.factdesk.analysis.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 of normalised text, as 64 lower-case hex digits: the exact-duplicate key. */
public final class ContentHash {
  private ContentHash() {}

  /** Hash of the block texts joined by a line break, so re-wrapped white space does not matter. */
  public static String ofBlocks(List<String> blockTexts) {
    return of(String.join("\n", blockTexts));
  }

  public static String of(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
