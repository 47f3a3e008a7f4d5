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
    long[] wordHashes = Hashing.wordHashes(words);
    return new NearDuplicateFingerprints(
        MinHashSignature.ofWordHashes(wordHashes), SimHash.ofWordHashes(wordHashes));
  }
}
