package org.factdesk.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One browser sign-in, as every instance sees it (docs/decisions/0026). The HTTP session keeps a
 * random key; this row keeps its SHA-256 and whether the sign-in has ended. A session whose row has
 * ended is refused at its next request on any instance.
 */
@Entity
@Table(name = "signed_in_session")
public class SignedInSession {

  @Id
  @Column(name = "key_hash", length = 64)
  private String keyHash;

  @Column(nullable = false, length = 64)
  private String username;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "ended_because", length = 160)
  private String endedBecause;

  protected SignedInSession() {}

  SignedInSession(String keyHash, String username, Instant startedAt) {
    this.keyHash = keyHash;
    this.username = username;
    this.startedAt = startedAt;
  }

  public String getUsername() {
    return username;
  }

  public Instant getEndedAt() {
    return endedAt;
  }

  public String getEndedBecause() {
    return endedBecause;
  }
}
