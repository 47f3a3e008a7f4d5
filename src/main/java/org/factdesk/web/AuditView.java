package org.factdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.audit.AuditTrail;
import org.factdesk.audit.AuditedType;
import org.factdesk.audit.EntityChange;
import org.factdesk.audit.RevisionFilter;
import org.factdesk.audit.RevisionRow;
import org.factdesk.identity.SecurityEvent;
import org.factdesk.identity.SecurityEventFilter;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The Audit page (ADMIN): revisions one page at a time from the database, filtered by user, entity
 * type and dates, each opening onto its changes; and the security log with its own filters.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditTrail trail;

  private final RevisionTable revisions = new RevisionTable();
  // Holds a page of SecurityEvent entities: not replicated with the session, made again where
  // needed.
  private transient EventTable events;
  private final Map<Long, List<EntityChange>> opened = new HashMap<>();

  private String username;
  private AuditedType type;
  private LocalDate from;
  private LocalDate to;

  private SecurityEvent.Kind eventKind;
  private String eventUsername;
  private LocalDate eventFrom;
  private LocalDate eventTo;

  public LazyDataModel<RevisionRow> getRevisions() {
    return revisions;
  }

  public LazyDataModel<SecurityEvent> getEvents() {
    if (events == null) {
      events = new EventTable();
    }
    return events;
  }

  /** What one revision changed; read once per page view. */
  public List<EntityChange> changes(long revision) {
    return opened.computeIfAbsent(revision, trail::changes);
  }

  public List<AuditedType> getTypes() {
    return List.of(AuditedType.values());
  }

  public List<SecurityEvent.Kind> getKinds() {
    return List.of(SecurityEvent.Kind.values());
  }

  public String when(Instant instant) {
    return instant == null ? "" : Pages.minute(instant);
  }

  private RevisionFilter revisionFilter() {
    return new RevisionFilter(username, type, from, to);
  }

  private SecurityEventFilter eventFilter() {
    return new SecurityEventFilter(eventKind, eventUsername, eventFrom, eventTo);
  }

  private class RevisionTable extends LazyDataModel<RevisionRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(trail.countRevisions(revisionFilter()));
    }

    @Override
    public List<RevisionRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return trail.revisions(revisionFilter(), first, pageSize);
    }

    @Override
    public String getRowKey(RevisionRow row) {
      return String.valueOf(row.id());
    }
  }

  private class EventTable extends LazyDataModel<SecurityEvent> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(trail.countSecurityEvents(eventFilter()));
    }

    @Override
    public List<SecurityEvent> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return trail.securityEvents(eventFilter(), first, pageSize);
    }

    @Override
    public String getRowKey(SecurityEvent event) {
      return String.valueOf(event.getId());
    }
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public AuditedType getType() {
    return type;
  }

  public void setType(AuditedType type) {
    this.type = type;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public SecurityEvent.Kind getEventKind() {
    return eventKind;
  }

  public void setEventKind(SecurityEvent.Kind eventKind) {
    this.eventKind = eventKind;
  }

  public String getEventUsername() {
    return eventUsername;
  }

  public void setEventUsername(String eventUsername) {
    this.eventUsername = eventUsername;
  }

  public LocalDate getEventFrom() {
    return eventFrom;
  }

  public void setEventFrom(LocalDate eventFrom) {
    this.eventFrom = eventFrom;
  }

  public LocalDate getEventTo() {
    return eventTo;
  }

  public void setEventTo(LocalDate eventTo) {
    this.eventTo = eventTo;
  }
}
