package org.factdesk.platform;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Identity, optimistic locking and timestamps for every entity. Ids come from one sequence per
 * entity ({@code <table>_seq}, step 50) so that inserts can be batched.
 */
@MappedSuperclass
public abstract class BaseEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE)
  private Long id;

  @Version
  @Column(nullable = false)
  private long version;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "modified_at", nullable = false)
  private Instant modifiedAt;

  @PrePersist
  void beforeFirstSave() {
    Instant now = Instant.now();
    createdAt = now;
    modifiedAt = now;
  }

  @PreUpdate
  void beforeUpdate() {
    modifiedAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getModifiedAt() {
    return modifiedAt;
  }

  public boolean isNew() {
    return id == null;
  }
}
