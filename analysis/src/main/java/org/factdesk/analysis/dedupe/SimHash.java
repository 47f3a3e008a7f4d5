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

  /** For each byte value, a long whose byte k is bit k of the value. */
  private static final long[] SPREAD = spread();

  private SimHash() {}

  public static long of(String text) {
    return of(Words.tokens(text));
  }

  /** SimHash of a text already split into lower-case word tokens (see {@link Words#tokens}). */
  public static long of(List<String> words) {
    return ofWordHashes(Hashing.wordHashes(words));
  }

  /** The SimHash of words given by their {@link Hashing#wordHashes}. */
  static long ofWordHashes(long[] wordHashes) {
    int words = wordHashes.length;
    if (words == 0) {
      return 0L;
    }
    // adding each occurrence once is the same as weighting each distinct shingle by its count;
    // a bit's vote is positive when more than half of the shingles set it
    int shingles = Math.max(1, words - SHINGLE_WORDS + 1);
    int[] ones = new int[64];
    // eight byte-wide counters per long, one long per byte of the hash: 8 additions per shingle
    // instead of 64, emptied into ones[] before a counter can overflow
    long[] packed = new long[8];
    int pending = 0;
    for (int s = 0; s < shingles; s++) {
      long h = Hashing.shingle(wordHashes, s, Math.min(words, s + SHINGLE_WORDS));
      for (int b = 0; b < 8; b++) {
        packed[b] += SPREAD[(int) (h >>> (8 * b)) & 0xFF];
      }
      if (++pending == 255) {
        unpack(packed, ones);
        pending = 0;
      }
    }
    unpack(packed, ones);
    long out = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (2 * ones[bit] - shingles > 0) {
        out |= 1L << bit;
      }
    }
    return out;
  }

  private static long[] spread() {
    long[] table = new long[256];
    for (int v = 0; v < 256; v++) {
      for (int k = 0; k < 8; k++) {
        table[v] |= (long) ((v >>> k) & 1) << (8 * k);
      }
    }
    return table;
  }

  private static void unpack(long[] packed, int[] ones) {
    for (int b = 0; b < 8; b++) {
      for (int k = 0; k < 8; k++) {
        ones[8 * b + k] += (int) ((packed[b] >>> (8 * k)) & 0xFF);
      }
      packed[b] = 0;
    }
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
