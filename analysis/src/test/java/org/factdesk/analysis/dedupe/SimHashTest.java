package org.factdesk.analysis.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimHashTest {
  /** The textbook form: each shingle votes +1 or -1 on each of the 64 bits. */
  private static long reference(List<String> words) {
    if (words.isEmpty()) {
      return 0L;
    }
    long[] wordHashes = Hashing.wordHashes(words);
    int[] v = new int[64];
    int shingles = Math.max(1, words.size() - 2);
    for (int s = 0; s < shingles; s++) {
      long h = Hashing.shingle(wordHashes, s, Math.min(words.size(), s + 3));
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

  @Test
  void packedBitCountingGivesTheTextbookFingerprint() {
    SplittableRandom random = new SplittableRandom(42);
    // lengths around the packed counters' flush at 255 shingles, and tiny texts
    for (int length : new int[] {0, 1, 2, 3, 4, 10, 256, 257, 258, 600, 2000}) {
      List<String> words = new ArrayList<>();
      for (int i = 0; i < length; i++) {
        words.add("w" + random.nextInt(length / 3 + 2));
      }
      assertEquals(reference(words), SimHash.of(words), "length " + length);
    }
  }

  @Test
  void repeatedShinglesAreCountedEachTime() {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      words.add(i % 2 == 0 ? "tide" : "gate");
    }
    assertEquals(reference(words), SimHash.of(words));
  }
}
