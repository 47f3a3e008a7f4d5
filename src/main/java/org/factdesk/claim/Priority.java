package org.factdesk.claim;

import java.time.LocalDate;

/**
 * How urgent a claim is in a fact-checker's queue: its check-worthiness score, how long it has
 * waited and how close its due date is, in points:
 *
 * <pre>
 *   priority = 100 × score + 2 × days waited − 5 × days until due
 * </pre>
 *
 * A claim without a due date is due {@value #DEFAULT_DAYS_TO_DUE} days after it was confirmed. So a
 * score higher by 0.1 weighs as much as 5 days of waiting or 2 days less to the due date, and an
 * overdue claim climbs 7 points a day.
 *
 * <p>Every claim gains 7 points a day, so the order of two claims does not change with time: the
 * database sorts by the time-free part, {@link #key} ({@code priority_key}, written whenever the
 * score or due date changes), and the priority shown is {@link #at} = key + 7 × today + 70.
 */
public final class Priority {

  static final int DEFAULT_DAYS_TO_DUE = 14;
  private static final double SCORE_POINTS = 100;
  private static final double WAIT_POINTS = 2;
  private static final double DUE_POINTS = 5;

  private Priority() {}

  /** The part of the priority that does not change with time. */
  public static double key(double score, LocalDate confirmed, LocalDate due) {
    LocalDate dueDate = due != null ? due : confirmed.plusDays(DEFAULT_DAYS_TO_DUE);
    return SCORE_POINTS * score
        - WAIT_POINTS * confirmed.toEpochDay()
        - DUE_POINTS * dueDate.toEpochDay();
  }

  /** The priority on a given day, rounded to whole points. */
  public static long at(double key, LocalDate today) {
    return Math.round(
        key + (WAIT_POINTS + DUE_POINTS) * today.toEpochDay() + DUE_POINTS * DEFAULT_DAYS_TO_DUE);
  }
}
