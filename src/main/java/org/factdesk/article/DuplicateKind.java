package org.factdesk.article;

/** How an article repeats an earlier one. */
public enum DuplicateKind {
  /** The same text once white space and typography are normalised. */
  EXACT,
  /** Mostly the same text: estimated Jaccard similarity of word 5-shingles above the threshold. */
  NEAR
}
