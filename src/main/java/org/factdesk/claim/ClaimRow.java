package org.factdesk.claim;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a claims list or queue.
 *
 * @param priority on the day the list was read; see {@link Priority}
 */
public record ClaimRow(
    long id,
    String claimReviewed,
    ClaimState state,
    Double score,
    long priority,
    String assignee,
    LocalDate dueDate,
    Rating rating,
    long articleId,
    String articleTitle,
    String outlet,
    Long clusterId,
    Instant confirmedAt)
    implements Serializable {

  /** Whether the due date has passed without a verdict. */
  public boolean overdue(LocalDate today) {
    return state == ClaimState.CONFIRMED && dueDate != null && dueDate.isBefore(today);
  }
}
