/**
 * Duplicate detection fingerprints: an exact content hash, a MinHash signature for near-duplicates
 * (estimated Jaccard similarity of word 5-shingles) and a 64-bit SimHash. All are deterministic and
 * have compact encodings for storage.
 */
package org.factdesk.analysis.dedupe;
