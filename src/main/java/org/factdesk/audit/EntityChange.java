package org.factdesk.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * What one revision did to one entity: created, changed or deleted it, and the fields that differ
 * from the entity's previous revision.
 */
public record EntityChange(
    AuditedType type,
    String id,
    Action action,
    long revision,
    Instant at,
    String username,
    String subject,
    List<FieldChange> fields)
    implements Serializable {

  /** Envers' revision types, in words. */
  public enum Action {
    CREATED("created"),
    CHANGED("changed"),
    /**
     * Changed, but its earlier state is not in the trail: the row was written outside Envers (by
     * the import's plain JDBC writer, see {@link Baseline}); the fields show the values after.
     */
    FIRST_RECORDED("changed (earlier values not recorded)"),
    DELETED("deleted");

    private final String label;

    Action(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** "Flag 345 · PROMOTIONAL changed". */
  public String title() {
    return type.label()
        + " "
        + id
        + (subject == null || subject.isEmpty() ? "" : " · " + subject)
        + " "
        + action.label();
  }
}
