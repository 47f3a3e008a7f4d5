package org.factdesk.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.identity.Role;
import org.factdesk.identity.SecurityEvent;
import org.factdesk.identity.SecurityEventFilter;

/**
 * The Audit page's reading of the trail (ADMIN): revisions one page at a time with their filters,
 * what one revision changed, and the security log.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AuditTrail {

  /** The most rows one page may ask for. */
  public static final int MAX_PAGE = 200;

  @PersistenceContext private EntityManager em;

  /** One page of revisions, newest first. */
  public List<RevisionRow> revisions(RevisionFilter filter, int first, int max) {
    Map<String, Object> parameters = new HashMap<>();
    String where = where(filter, parameters);
    TypedQuery<Revision> query =
        em.createQuery("select r from Revision r" + where + " order by r.id desc", Revision.class)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE));
    parameters.forEach(query::setParameter);
    List<RevisionRow> rows = new ArrayList<>();
    for (Revision revision : query.getResultList()) {
      List<String> types =
          revision.getEntityNames().stream()
              .map(name -> AuditedType.ofEntityName(name).map(AuditedType::label).orElse(name))
              .sorted()
              .toList();
      rows.add(
          new RevisionRow(
              revision.getId(), revision.getChangedAt(), revision.getUsername(), types));
    }
    return rows;
  }

  public long countRevisions(RevisionFilter filter) {
    Map<String, Object> parameters = new HashMap<>();
    TypedQuery<Long> query =
        em.createQuery("select count(r) from Revision r" + where(filter, parameters), Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  /**
   * Everything one revision changed, type by type, each entity compared with its previous state.
   */
  public List<EntityChange> changes(long revision) {
    Revision found = em.find(Revision.class, revision);
    if (found == null) {
      return List.of();
    }
    Revisions revisions = new Revisions(em);
    List<EntityChange> changes = new ArrayList<>();
    for (AuditedType type : AuditedType.values()) {
      if (found.getEntityNames().contains(type.entityName())) {
        changes.addAll(revisions.at(type, revision));
      }
    }
    return changes;
  }

  /** One page of security events, newest first. */
  public List<SecurityEvent> securityEvents(SecurityEventFilter filter, int first, int max) {
    Map<String, Object> parameters = new HashMap<>();
    TypedQuery<SecurityEvent> query =
        em.createQuery(
                "select e from SecurityEvent e"
                    + where(filter, parameters)
                    + " order by e.createdAt desc, e.id desc",
                SecurityEvent.class)
            .setFirstResult(Math.max(0, first))
            .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE));
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  public long countSecurityEvents(SecurityEventFilter filter) {
    Map<String, Object> parameters = new HashMap<>();
    TypedQuery<Long> query =
        em.createQuery(
            "select count(e) from SecurityEvent e" + where(filter, parameters), Long.class);
    parameters.forEach(query::setParameter);
    return query.getSingleResult();
  }

  private static String where(RevisionFilter filter, Map<String, Object> parameters) {
    List<String> terms = new ArrayList<>();
    if (filter.username() != null && !filter.username().isBlank()) {
      terms.add("r.username = :username");
      parameters.put("username", filter.username().strip());
    }
    if (filter.type() != null) {
      terms.add(":type member of r.entityNames");
      parameters.put("type", filter.type().entityName());
    }
    if (filter.from() != null) {
      terms.add("r.changedAt >= :from");
      parameters.put("from", startOf(filter.from()));
    }
    if (filter.to() != null) {
      terms.add("r.changedAt < :to");
      parameters.put("to", startOf(filter.to().plusDays(1)));
    }
    return terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
  }

  private static String where(SecurityEventFilter filter, Map<String, Object> parameters) {
    List<String> terms = new ArrayList<>();
    if (filter.kind() != null) {
      terms.add("e.kind = :kind");
      parameters.put("kind", filter.kind());
    }
    if (filter.username() != null && !filter.username().isBlank()) {
      terms.add("e.username = :username");
      parameters.put("username", filter.username().strip());
    }
    if (filter.from() != null) {
      terms.add("e.createdAt >= :from");
      parameters.put("from", startOf(filter.from()));
    }
    if (filter.to() != null) {
      terms.add("e.createdAt < :to");
      parameters.put("to", startOf(filter.to().plusDays(1)));
    }
    return terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
