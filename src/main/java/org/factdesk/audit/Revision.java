package org.factdesk.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.ModifiedEntityNames;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One Envers revision: everything one transaction changed in audited entities, with who changed it
 * ({@link RevisionUser} fills it in) and when, and the names of the entity types it changed (what
 * the Audit page filters on).
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(RevisionUser.class)
public class Revision {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_revision")
  @SequenceGenerator(
      name = "audit_revision",
      sequenceName = "audit_revision_seq",
      allocationSize = 50)
  @RevisionNumber
  private Long id;

  @RevisionTimestamp
  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(nullable = false, length = 64)
  private String username;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "audit_revision_entity", joinColumns = @JoinColumn(name = "rev"))
  @Column(name = "entity_name", nullable = false, length = 255)
  @ModifiedEntityNames
  private Set<String> entityNames = new HashSet<>();

  public Long getId() {
    return id;
  }

  public Instant getChangedAt() {
    return changedAt;
  }

  public String getUsername() {
    return username;
  }

  void setUsername(String username) {
    this.username = username;
  }

  public Set<String> getEntityNames() {
    return Collections.unmodifiableSet(entityNames);
  }
}
