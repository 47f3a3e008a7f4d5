package org.factdesk.audit;

import java.time.LocalDate;

/**
 * What the Audit page's revision list is narrowed to; null fields narrow nothing. Dates are whole
 * days in UTC, both included.
 */
public record RevisionFilter(String username, AuditedType type, LocalDate from, LocalDate to) {

  public static final RevisionFilter NONE = new RevisionFilter(null, null, null, null);
}
