package org.factdesk.identity;

import java.time.LocalDate;

/**
 * What the Audit page's security events are narrowed to; null fields narrow nothing. Dates are
 * whole days in UTC, both included.
 */
public record SecurityEventFilter(
    SecurityEvent.Kind kind, String username, LocalDate from, LocalDate to) {

  public static final SecurityEventFilter NONE = new SecurityEventFilter(null, null, null, null);
}
