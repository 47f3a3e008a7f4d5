package org.factdesk.analysis.dedupe;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.factdesk.analysis.text.Words;

/**
 * A MinHash signature of a text's word 5-shingles: {@value #SIZE} minimum hash values (one
 * permutation, {@value #SIZE} bins, see {@link #of(List)}). The share of positions where two
 * signatures agree estimates the Jaccard similarity of the two shingle sets (standard error about
 * 0.09 at 128 hashes), which is how near-duplicate articles (one story re-told with a few changes)
 * are found. Immutable.
 */
public final class MinHashSignature {
  public static final int SIZE = 128;
  public static final int SHINGLE_WORDS = 5;

  /** Fixed forever: stored signatures must stay comparable. */
  private static final long SEED = 0x5DEECE66DL;

  private static final long VALUE_MASK = (1L << 57) - 1;
  private static final long EMPTY = Long.MAX_VALUE;
  private static final long OFFSET = 0x9e3779b97f4a7c15L & VALUE_MASK;

  private final long[] values;

  private MinHashSignature(long[] values) {
    this.values = values;
  }

  /** Signature of {@code text}; texts shorter than one shingle use what words they have. */
  public static MinHashSignature of(String text) {
    return of(Words.tokens(text));
  }

  /**
   * Signature of a text already split into lower-case word tokens (see {@link Words#tokens}).
   *
   * <p>One-permutation hashing (Li, Owen, Zhang 2012) with rotation densification (Shrivastava and
   * Li 2014): each shingle is hashed once, the top 7 bits choose one of the 128 bins, the rest is
   * the value kept as the bin's minimum; an empty bin borrows the next filled bin's value plus an
   * offset. One hash per shingle instead of 128, with the same estimator.
   */
  public static MinHashSignature of(List<String> words) {
    return ofWordHashes(Hashing.wordHashes(words));
  }

  /** The signature of words given by their {@link Hashing#wordHashes}. */
  static MinHashSignature ofWordHashes(long[] wordHashes) {
    long[] mins = new long[SIZE];
    Arrays.fill(mins, EMPTY);
    int words = wordHashes.length;
    if (words == 0) {
      return new MinHashSignature(mins);
    }
    int shingles = Math.max(1, words - SHINGLE_WORDS + 1);
    for (int s = 0; s < shingles; s++) {
      long h =
          Hashing.mix(Hashing.shingle(wordHashes, s, Math.min(words, s + SHINGLE_WORDS)) ^ SEED);
      int bin = (int) (h >>> 57);
      long v = h & VALUE_MASK;
      if (v < mins[bin]) {
        mins[bin] = v;
      }
    }
    long[] dense = mins.clone();
    for (int bin = 0; bin < SIZE; bin++) {
      if (mins[bin] != EMPTY) {
        continue;
      }
      for (int d = 1; d < SIZE; d++) {
        long borrowed = mins[(bin + d) % SIZE];
        if (borrowed != EMPTY) {
          dense[bin] = (borrowed + d * OFFSET) & VALUE_MASK;
          break;
        }
      }
    }
    return new MinHashSignature(dense);
  }

  /** Estimated Jaccard similarity 0..1 of the two texts' shingle sets. */
  public double similarity(MinHashSignature other) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (values[i] == other.values[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  /** {@value #SIZE} × 8 bytes, big-endian. */
  public byte[] toBytes() {
    ByteBuffer buf = ByteBuffer.allocate(SIZE * Long.BYTES);
    for (long v : values) {
      buf.putLong(v);
    }
    return buf.array();
  }

  public static MinHashSignature fromBytes(byte[] bytes) {
    if (bytes == null || bytes.length != SIZE * Long.BYTES) {
      throw new IllegalArgumentException(
          "a MinHash signature has "
              + SIZE * Long.BYTES
              + " bytes, got "
              + (bytes == null ? "null" : bytes.length));
    }
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    long[] values = new long[SIZE];
    for (int i = 0; i < SIZE; i++) {
      values[i] = buf.getLong();
    }
    return new MinHashSignature(values);
  }

  /** Lower-case hex of {@link #toBytes()}, 2,048 characters. */
  public String toHex() {
    return HexFormat.of().formatHex(toBytes());
  }

  public static MinHashSignature fromHex(String hex) {
    try {
      return fromBytes(HexFormat.of().parseHex(hex));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a MinHash signature in hex: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MinHashSignature m && Arrays.equals(values, m.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return "MinHashSignature[" + toHex().substring(0, 16) + "…]";
  }
}
