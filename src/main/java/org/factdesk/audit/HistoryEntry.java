package org.factdesk.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One line of an article's history: when, who, what kind of thing happened, a title, and either the
 * fields that changed (old → new) or a text (a comment, a reason).
 */
public record HistoryEntry(
    Instant at, String who, Kind kind, String title, String text, List<FieldChange> changes)
    implements Serializable {

  /** The kinds of entries, each with the word the timeline shows. */
  public enum Kind {
    COMMENT("Comment"),
    STATE("State"),
    DECISION("Flag decision"),
    CHANGE("Change");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
