package org.factdesk.audit;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

/**
 * Reads Envers' revisions of audited entities and turns each into an {@link EntityChange} by
 * comparing it with the previous revision of the same entity.
 */
final class Revisions {

  /** Most entity revisions read in one go; a history longer than this shows its newest part. */
  static final int MAX_ROWS = 1000;

  private static final int IN_CHUNK = 500;

  private final AuditReader reader;

  Revisions(EntityManager em) {
    this.reader = AuditReaderFactory.get(em);
  }

  /**
   * Every revision (the newest {@value #MAX_ROWS} at most) of the entities of one type that match,
   * oldest first, each compared with the one before it.
   */
  List<EntityChange> of(AuditedType type, AuditCriterion criterion) {
    List<Object[]> rows =
        rows(
            reader
                .createQuery()
                .forRevisionsOfEntity(type.entity(), false, true)
                .add(criterion)
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(MAX_ROWS)
                .getResultList());
    rows.sort(Comparator.comparingLong(row -> ((Revision) row[1]).getId()));
    Map<Object, Map<String, String>> previous = new HashMap<>();
    List<EntityChange> changes = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      Object id = Snapshot.idOf(row[0]);
      Map<String, String> now = Snapshot.of(row[0]);
      changes.add(change(type, id, row, previous.getOrDefault(id, Map.of()), now));
      previous.put(id, now);
    }
    return changes;
  }

  /** What one revision did to entities of one type (at most {@value #MAX_ROWS} of them). */
  List<EntityChange> at(AuditedType type, long revision) {
    List<Object[]> rows =
        rows(
            reader
                .createQuery()
                .forRevisionsOfEntity(type.entity(), false, true)
                .add(AuditEntity.revisionNumber().eq(revision))
                .setMaxResults(MAX_ROWS)
                .getResultList());
    Map<Object, Object[]> byId = new LinkedHashMap<>();
    rows.forEach(row -> byId.put(Snapshot.idOf(row[0]), row));
    Map<Object, Map<String, String>> before = before(type, byId.keySet(), revision);
    List<EntityChange> changes = new ArrayList<>(rows.size());
    byId.forEach(
        (id, row) ->
            changes.add(
                change(type, id, row, before.getOrDefault(id, Map.of()), Snapshot.of(row[0]))));
    changes.sort(Comparator.comparing(c -> c.id(), Comparator.comparing(Revisions::numericFirst)));
    return changes;
  }

  /** The state of each entity at its last revision before {@code revision}. */
  private Map<Object, Map<String, String>> before(
      AuditedType type, Collection<Object> ids, long revision) {
    Map<Object, Map<String, String>> before = new HashMap<>();
    List<Object> all = new ArrayList<>(ids);
    for (int i = 0; i < all.size(); i += IN_CHUNK) {
      List<Object> chunk = all.subList(i, Math.min(all.size(), i + IN_CHUNK));
      List<Object[]> rows =
          rows(
              reader
                  .createQuery()
                  .forRevisionsOfEntity(type.entity(), false, true)
                  .add(AuditEntity.id().in(chunk))
                  .add(AuditEntity.revisionNumber().lt(revision))
                  .addOrder(AuditEntity.revisionNumber().asc())
                  .getResultList());
      for (Object[] row : rows) {
        before.put(Snapshot.idOf(row[0]), Snapshot.of(row[0])); // the newest wins
      }
    }
    return before;
  }

  private static EntityChange change(
      AuditedType type,
      Object id,
      Object[] row,
      Map<String, String> before,
      Map<String, String> now) {
    Revision revision = (Revision) row[1];
    RevisionType kind = (RevisionType) row[2];
    EntityChange.Action action =
        switch (kind) {
          case ADD -> EntityChange.Action.CREATED;
          case MOD -> EntityChange.Action.CHANGED;
          case DEL -> EntityChange.Action.DELETED;
        };
    if (action == EntityChange.Action.CHANGED && before.isEmpty()) {
      Map<String, String> assumed = Baseline.asImported(type, now);
      if (assumed == null) {
        action = EntityChange.Action.FIRST_RECORDED;
      } else {
        before = assumed;
      }
    }
    List<FieldChange> fields =
        action == EntityChange.Action.DELETED
            ? FieldChange.between(before.isEmpty() ? now : before, Map.of())
            : FieldChange.between(before, now);
    String subject = subject(type, action == EntityChange.Action.DELETED ? before : now);
    return new EntityChange(
        type,
        String.valueOf(id),
        action,
        revision.getId(),
        revision.getChangedAt(),
        revision.getUsername(),
        subject,
        fields);
  }

  /** A word on which entity it is, beside its id: a flag's type, a user's name, a block's place. */
  private static String subject(AuditedType type, Map<String, String> values) {
    return switch (type) {
      case FLAG -> values.getOrDefault("type", "");
      case USER -> values.getOrDefault("username", "");
      case BLOCK -> values.containsKey("position") ? "at " + values.get("position") : "";
      case RULE_SET -> values.containsKey("number") ? "version " + values.get("number") : "";
      case VERDICT -> values.getOrDefault("rating", "");
      default -> "";
    };
  }

  @SuppressWarnings("unchecked")
  private static List<Object[]> rows(List<?> result) {
    return new ArrayList<>((List<Object[]>) result);
  }

  /** Ids sort as numbers where they are numbers (setting names are not). */
  private static String numericFirst(String id) {
    return id.matches("\\d+") ? String.format("%020d", Long.parseLong(id)) : id;
  }
}
