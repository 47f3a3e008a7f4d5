package org.factdesk.claim;

import java.util.OptionalInt;

/**
 * The rating scale of a verdict, and how each rating is written in a schema.org {@code ClaimReview}
 * (docs/decisions/0008): the five ratings of the truth scale are numbers from {@link #WORST}
 * (false) to {@link #BEST} (true); UNVERIFIABLE is not a point on that scale, so it has no number
 * and is written by its name ({@code alternateName}) alone.
 */
public enum Rating {
  TRUE("True", 5),
  MOSTLY_TRUE("Mostly true", 4),
  MIXED("Mixed", 3),
  MISLEADING("Misleading", 2),
  FALSE("False", 1),
  UNVERIFIABLE("Unverifiable", 0);

  /** ClaimReview's {@code bestRating}. */
  public static final int BEST = 5;

  /** ClaimReview's {@code worstRating}. */
  public static final int WORST = 1;

  private final String label;
  private final int value;

  Rating(String label, int value) {
    this.label = label;
    this.value = value;
  }

  /** The name people read, and ClaimReview's {@code alternateName}. */
  public String label() {
    return label;
  }

  /** ClaimReview's {@code ratingValue}; none for UNVERIFIABLE. */
  public OptionalInt claimReviewValue() {
    return value == 0 ? OptionalInt.empty() : OptionalInt.of(value);
  }
}
