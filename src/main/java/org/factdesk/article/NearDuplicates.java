package org.factdesk.article;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.dedupe.MinHashSignature;

/**
 * Locality-sensitive hashing over MinHash signatures: the 128 values are cut into 32 bands of 4;
 * two articles that agree on any whole band become candidates, and only candidates are compared.
 * With 4 rows a band, a pair at similarity 0.8 shares a band with probability above 0.999, a pair
 * at 0.3 with about 0.23, so a real near-duplicate is practically never missed and the number of
 * comparisons stays small.
 */
final class NearDuplicates {

  static final int BANDS = 32;
  static final int ROWS = MinHashSignature.SIZE / BANDS;

  /** Estimated similarity from which an article counts as a near-duplicate. */
  static final double THRESHOLD = 0.8;

  private NearDuplicates() {}

  /** One hash per band (FNV-1a over the band's bytes). */
  static List<Long> bandHashes(MinHashSignature signature) {
    byte[] bytes = signature.toBytes();
    int bandBytes = ROWS * Long.BYTES;
    List<Long> hashes = new ArrayList<>(BANDS);
    for (int band = 0; band < BANDS; band++) {
      long hash = 0xcbf29ce484222325L;
      for (int i = band * bandBytes; i < (band + 1) * bandBytes; i++) {
        hash ^= bytes[i] & 0xff;
        hash *= 0x100000001b3L;
      }
      hashes.add(hash);
    }
    return hashes;
  }
}
