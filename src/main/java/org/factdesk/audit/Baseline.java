package org.factdesk.audit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an entity looked like before its first recorded change, where that can be known without a
 * revision. Imports write blocks and flags with plain JDBC (org.factdesk.article.AnalysisRows, kept
 * that way for speed), so Envers never sees them created: their first revision is a change with
 * nothing before it. A flag, though, is always written the same way: pending, undecided, of the
 * type its detector gave. Rows that existed before the trail began (V15) got a baseline revision in
 * that migration, except blocks and flags, too many to copy.
 */
final class Baseline {

  private Baseline() {}

  /**
   * The values the import wrote, given the values after the first recorded change; null when they
   * cannot be known.
   */
  static Map<String, String> asImported(AuditedType type, Map<String, String> after) {
    if (type != AuditedType.FLAG) {
      return null;
    }
    Map<String, String> before = new LinkedHashMap<>(after);
    before.put("decision", "PENDING");
    before.remove("decided by");
    before.remove("decided at");
    if (after.containsKey("original type")) {
      before.put("type", after.get("original type"));
    }
    return before;
  }
}
