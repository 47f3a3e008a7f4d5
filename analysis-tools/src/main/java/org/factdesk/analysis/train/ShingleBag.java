package org.factdesk.analysis.train;

import java.util.Arrays;

/**
 * The multiset of 4-token shingles of a text as sorted hashes: the measure of {@code
 * eval.web.Overlap#shingles} (tokens split on white space, a text shorter than a shingle is one
 * shingle), fast enough to score every page at many thresholds while choosing one.
 */
final class ShingleBag {
  private static final int SHINGLE = 4;
  private final long[] hashes;

  private ShingleBag(long[] hashes) {
    this.hashes = hashes;
  }

  static ShingleBag of(String text) {
    String trimmed = text.strip();
    String[] tokens = trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    if (tokens.length == 0) {
      return new ShingleBag(new long[0]);
    }
    long[] token = new long[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      token[i] = mix(tokens[i].hashCode());
    }
    int count = Math.max(1, tokens.length - SHINGLE + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 17;
      for (int k = i; k < Math.min(tokens.length, i + SHINGLE); k++) {
        h = mix(h * 31 + token[k]);
      }
      out[i] = h;
    }
    Arrays.sort(out);
    return new ShingleBag(out);
  }

  int size() {
    return hashes.length;
  }

  /** Size of the multiset intersection. */
  int common(ShingleBag other) {
    int i = 0;
    int j = 0;
    int common = 0;
    while (i < hashes.length && j < other.hashes.length) {
      long a = hashes[i];
      long b = other.hashes[j];
      if (a == b) {
        common++;
        i++;
        j++;
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return common;
  }

  /** Shingle F1 of this extracted text against {@code gold}, as Overlap computes it. */
  double f1(ShingleBag gold) {
    if (size() == 0 && gold.size() == 0) {
      return 1;
    }
    int common = common(gold);
    double p = size() == 0 ? 0 : common / (double) size();
    double r = gold.size() == 0 ? 0 : common / (double) gold.size();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
