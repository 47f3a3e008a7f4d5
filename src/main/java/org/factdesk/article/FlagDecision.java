package org.factdesk.article;

/** What an editor made of a flag. */
public enum FlagDecision {
  /** Nobody has decided yet. */
  PENDING,
  /** The block is not article: it leaves the clean text. */
  ACCEPTED,
  /** The detector was wrong: the block stays in the clean text. */
  REJECTED
}
