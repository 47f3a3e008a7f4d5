package org.factdesk.audit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One field of an entity that changed between two revisions: its name, the value before and the
 * value after ("" for none). Long values are cut for display; they are compared whole.
 */
public record FieldChange(String field, String before, String after)
    implements java.io.Serializable {

  /** Longest value shown; longer ones end in an ellipsis and their full length. */
  public static final int SHOWN = 300;

  /**
   * The fields whose values differ, in the order of {@code after}'s fields (then any field only
   * {@code before} has). Before the first revision {@code before} is empty; after a deletion {@code
   * after} is.
   */
  public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
    Set<String> fields = new LinkedHashSet<>(after.keySet());
    fields.addAll(before.keySet());
    List<FieldChange> changes = new ArrayList<>();
    for (String field : fields) {
      String old = before.get(field);
      String now = after.get(field);
      if (!Objects.equals(blankToNull(old), blankToNull(now))) {
        changes.add(new FieldChange(field, shown(old), shown(now)));
      }
    }
    return changes;
  }

  /** A value as the timeline shows it: "" for none, cut at {@value #SHOWN} characters. */
  static String shown(String value) {
    if (value == null) {
      return "";
    }
    if (value.length() <= SHOWN) {
      return value;
    }
    return value.substring(0, SHOWN) + "… (" + value.length() + " characters)";
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  /** "title: Old → New", "" standing for no value. */
  @Override
  public String toString() {
    return field
        + ": "
        + (before.isEmpty() ? "—" : before)
        + " → "
        + (after.isEmpty() ? "—" : after);
  }
}
