package org.factdesk.analysis.claim;

/** How two claims relate, as decided by {@link ClaimMatcher}. */
public enum MatchVerdict {
  /** Same subject, and every fact both state agrees. */
  SAME,
  /** Same subject, but a number, date, source or place differs. */
  CONFLICT,
  /** Some words in common, not enough to call it the same statement. */
  RELATED,
  /** Different subjects, whatever figures they happen to share. */
  UNRELATED;

  /** Whether the two claims are about the same statement and should be linked. */
  public boolean linked() {
    return this == SAME || this == CONFLICT;
  }
}
