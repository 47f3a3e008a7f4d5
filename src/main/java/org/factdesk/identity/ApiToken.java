package org.factdesk.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factdesk.platform.BaseEntity;

/**
 * A personal API token: what a pipeline sends as {@code Authorization: Bearer …} instead of a
 * password. Only the SHA-256 of the token is stored; the token itself is shown once, when it is
 * created. It acts with its owner's roles of the moment and stops working when revoked or when the
 * owner is disabled.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = ApiToken.BY_HASH,
    query = "select t from ApiToken t join fetch t.user where t.tokenHash = :hash")
@NamedQuery(
    name = ApiToken.OF_USER,
    query =
        "select t from ApiToken t join fetch t.user u where u.username = :username"
            + " and t.revokedAt is null"
            + " order by t.createdAt desc, t.id desc")
@NamedQuery(
    name = ApiToken.ACTIVE,
    query =
        "select t from ApiToken t join fetch t.user where t.revokedAt is null"
            + " order by t.createdAt desc, t.id desc")
@NamedQuery(
    name = ApiToken.COUNT_ACTIVE,
    query = "select count(t) from ApiToken t where t.revokedAt is null")
public class ApiToken extends BaseEntity {

  static final String BY_HASH = "ApiToken.byHash";
  static final String OF_USER = "ApiToken.ofUser";
  static final String ACTIVE = "ApiToken.active";
  static final String COUNT_ACTIVE = "ApiToken.countActive";

  public static final int MAX_NAME = 100;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id", nullable = false)
  private User user;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @Column(name = "token_hash", nullable = false, length = 64, unique = true)
  private String tokenHash;

  @Column(name = "token_prefix", nullable = false, length = 16)
  private String tokenPrefix;

  @Column(name = "last_used_at")
  private Instant lastUsedAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 64)
  private String revokedBy;

  protected ApiToken() {}

  ApiToken(User user, String name, String tokenHash, String tokenPrefix) {
    this.user = user;
    this.name = name;
    this.tokenHash = tokenHash;
    this.tokenPrefix = tokenPrefix;
  }

  void revoke(String by, Instant at) {
    if (revokedAt == null) {
      revokedAt = at;
      revokedBy = by;
    }
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  public User getUser() {
    return user;
  }

  public String getOwner() {
    return user.getUsername();
  }

  public String getName() {
    return name;
  }

  public String getTokenPrefix() {
    return tokenPrefix;
  }

  public Instant getLastUsedAt() {
    return lastUsedAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }
}
