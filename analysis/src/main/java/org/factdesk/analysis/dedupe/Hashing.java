package org.factdesk.analysis.dedupe;

import java.util.List;

/** Small, fixed 64-bit hash functions: results must never change, they are stored. */
final class Hashing {
  private Hashing() {}

  static final long FNV_OFFSET = 0xcbf29ce484222325L;
  static final long FNV_PRIME = 0x100000001b3L;

  /**
   * A 64-bit hash of each word (FNV-1a over its UTF-16 units, then mixed), computed once so that
   * shingles can combine word hashes instead of re-reading characters.
   */
  static long[] wordHashes(List<String> words) {
    long[] out = new long[words.size()];
    for (int w = 0; w < out.length; w++) {
      out[w] = wordHash(words.get(w));
    }
    return out;
  }

  /** The hash of one word, as {@link #wordHashes} gives it. */
  static long wordHash(String s) {
    long h = FNV_OFFSET;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  /** Order-sensitive hash of the shingle {@code wordHashes[from, to)}. */
  static long shingle(long[] wordHashes, int from, int to) {
    long h = FNV_OFFSET;
    for (int w = from; w < to; w++) {
      h = (h ^ wordHashes[w]) * FNV_PRIME;
      h = Long.rotateLeft(h, 31);
    }
    return mix(h);
  }

  /** SplitMix64 finaliser: spreads the bits of weak inputs over all 64 bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
