package org.factdesk.article;

/** How an article repeats an earlier one. */
public enum DuplicateKind {
  /** The same text once white space and typography are normalised. */
  EXACT,
  /** Mostly the same text: estimated Jaccard similarity of word 5-shingles above the threshold. */
  NEAR,
  /**
   * The same event reported in other words: claims of the two articles are linked, and their
   * openings are alike (decision 0018). Found when claims are confirmed, not at import.
   */
  SAME_STORY
}
