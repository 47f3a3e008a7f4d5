package org.factdesk.analysis.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 of normalised text, as 64 lower-case hex digits: the exact-duplicate key. */
public final class ContentHash {
  private ContentHash() {}

  /**
   * Hash of the block texts joined by a line break, so re-wrapped white space does not matter. The
   * blocks are fed to the digest one by one, without joining them first: the same bytes, because a
   * line break never completes a surrogate pair, so each block encodes alone as it does inside the
   * joined text.
   */
  public static String ofBlocks(List<String> blockTexts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (int i = 0; i < blockTexts.size(); i++) {
        if (i > 0) {
          sha.update((byte) '\n');
        }
        sha.update(blockTexts.get(i).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
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
