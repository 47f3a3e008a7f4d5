package org.factdesk.claim;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One fact-checker's load.
 *
 * @param open assigned and waiting for a verdict
 * @param overdue open and past the due date
 * @param dueThisWeek open and due within seven days
 * @param checkedThisWeek verdicts given in the last seven days (revisions count once)
 * @param oldestAssigned the day the longest-waiting open claim was assigned, or null
 */
public record Workload(
    String username,
    String displayName,
    long open,
    long overdue,
    long dueThisWeek,
    long checkedThisWeek,
    LocalDate oldestAssigned)
    implements Serializable {}
