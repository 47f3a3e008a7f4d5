package org.factdesk.analysis.dedupe;

import java.util.List;
import org.factdesk.analysis.text.Words;

/**
 * A 64-bit SimHash (Charikar) of a text's word 3-shingles weighted by frequency: texts that differ
 * a little have fingerprints a few bits apart. Cheap to store and to compare; {@link
 * #hammingDistance} of 3 or less usually means a near-duplicate.
 */
public final class SimHash {
  private static final int SHINGLE_WORDS = 3;

  private SimHash() {}

  public static long of(String text) {
    return of(Words.tokens(text));
  }

  /** SimHash of a text already split into lower-case word tokens (see {@link Words#tokens}). */
  public static long of(List<String> words) {
    if (words.isEmpty()) {
      return 0L;
    }
    long[] wordHashes = Hashing.wordHashes(words);
    // adding each occurrence once is the same as weighting each distinct shingle by its count
    int[] v = new int[64];
    int shingles = Math.max(1, words.size() - SHINGLE_WORDS + 1);
    for (int s = 0; s < shingles; s++) {
      long h = Hashing.shingle(wordHashes, s, Math.min(words.size(), s + SHINGLE_WORDS));
      for (int bit = 0; bit < 64; bit++) {
        v[bit] += (int) ((h >>> bit) & 1L) * 2 - 1;
      }
    }
    long out = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (v[bit] > 0) {
        out |= 1L << bit;
      }
    }
    return out;
  }

  public static int hammingDistance(long a, long b) {
    return Long.bitCount(a ^ b);
  }

  /** 16 lower-case hex digits, for storage and display. */
  public static String toHex(long simHash) {
    return String.format("%016x", simHash);
  }

  public static long fromHex(String hex) {
    return Long.parseUnsignedLong(hex, 16);
  }
}
