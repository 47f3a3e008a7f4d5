package org.factdesk.analysis.dedupe;

import java.util.List;

/**
 * The two near-duplicate fingerprints of one text, made together so that its words are hashed once
 * for both: the same values as {@link MinHashSignature#of(List)} and {@link SimHash#of(List)}.
 *
 * @param minHash the MinHash signature of the word 5-shingles
 * @param simHash the SimHash of the word 3-shingles
 */
public record NearDuplicateFingerprints(MinHashSignature minHash, long simHash) {

  /** Fingerprints of lower-case word tokens (see {@link org.factdesk.analysis.text.Words}). */
  public static NearDuplicateFingerprints of(List<String> words) {
    return ofWordHashes(Hashing.wordHashes(words));
  }

  /**
   * Fingerprints of words given by their {@link #wordHash}es, for a caller that has numbered the
   * distinct words and hashes each once.
   */
  public static NearDuplicateFingerprints ofWordHashes(long[] wordHashes) {
    return new NearDuplicateFingerprints(
        MinHashSignature.ofWordHashes(wordHashes), SimHash.ofWordHashes(wordHashes));
  }

  /** The hash a lower-case word token contributes to the fingerprints. */
  public static long wordHash(String word) {
    return Hashing.wordHash(word);
  }
}
