package org.factdesk.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One revision in the Audit page's list: when, by whom, and the kinds of things it changed. */
public record RevisionRow(long id, Instant at, String username, List<String> types)
    implements Serializable {

  public String typeLabels() {
    return String.join(", ", types);
  }
}
