package org.factdesk.claim;

/**
 * What a claims list shows; null fields do not filter.
 *
 * @param assignee a user name; see {@link #pool} for claims nobody has
 * @param pool only claims in the open pool: confirmed and assigned to nobody
 */
public record ClaimFilter(
    Long articleId,
    ClaimState state,
    String assignee,
    boolean pool,
    Long clusterId,
    Rating rating) {

  public static final ClaimFilter ALL = new ClaimFilter(null, null, null, false, null, null);

  /** The claims assigned to a fact-checker that still wait for a verdict. */
  public static ClaimFilter queueOf(String checker) {
    return new ClaimFilter(null, ClaimState.CONFIRMED, checker, false, null, null);
  }

  /** Confirmed claims nobody has taken. */
  public static ClaimFilter openPool() {
    return new ClaimFilter(null, ClaimState.CONFIRMED, null, true, null, null);
  }
}
