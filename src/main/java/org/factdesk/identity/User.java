package org.factdesk.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.factdesk.platform.BaseEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person who signs in to Factdesk, with the roles that say what they may do. */
@Entity
@Audited
@Table(name = "app_user")
@NamedQuery(name = User.BY_USERNAME, query = "select u from User u where u.username = :username")
@NamedQuery(name = User.COUNT_ALL, query = "select count(u) from User u")
@NamedQuery(
    name = User.COUNT_BY_ROLE,
    query = "select r, count(u) from User u join u.roles r where u.enabled = true group by r")
public class User extends BaseEntity {

  public static final String BY_USERNAME = "User.byUsername";
  public static final String COUNT_ALL = "User.countAll";
  public static final String COUNT_BY_ROLE = "User.countByRole";

  @Column(nullable = false, unique = true, length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 128)
  private String displayName;

  @NotAudited
  @Column(name = "password_hash", nullable = false, length = 512)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled = true;

  @NotAudited
  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @NotAudited
  @Column(name = "locked_until")
  private Instant lockedUntil;

  @NotAudited
  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", nullable = false, length = 32)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  protected User() {}

  public User(String username, String displayName, String passwordHash, Set<Role> roles) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    assignRoles(roles);
  }

  /** Replaces the user's roles; a user always keeps at least one. */
  public void assignRoles(Set<Role> newRoles) {
    if (newRoles == null || newRoles.isEmpty()) {
      throw new IdentityException("A user needs at least one role.");
    }
    roles.clear();
    roles.addAll(newRoles);
  }

  public void changePasswordHash(String newHash) {
    this.passwordHash = newHash;
    unlock();
  }

  public void disable() {
    enabled = false;
  }

  public void enable() {
    enabled = true;
    unlock();
  }

  public void rename(String newDisplayName) {
    this.displayName = newDisplayName;
  }

  /** Whether a login attempt at {@code now} is refused because of earlier failures. */
  public boolean isLockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a failed attempt; the one that reaches {@code maxFailures} locks the account for {@code
   * lockFor}. Returns true when this attempt locked it.
   */
  public boolean recordFailedLogin(Instant now, int maxFailures, Duration lockFor) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      // The previous lock has run out: start counting afresh.
      lockedUntil = null;
      failedLogins = 0;
    }
    failedLogins++;
    if (failedLogins >= maxFailures && lockedUntil == null) {
      lockedUntil = now.plus(lockFor);
      return true;
    }
    return false;
  }

  public void recordSuccessfulLogin(Instant now) {
    lastLoginAt = now;
    unlock();
  }

  public void unlock() {
    failedLogins = 0;
    lockedUntil = null;
  }

  public String getUsername() {
    return username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public int getFailedLogins() {
    return failedLogins;
  }

  public Instant getLockedUntil() {
    return lockedUntil;
  }

  public Instant getLastLoginAt() {
    return lastLoginAt;
  }

  public Set<Role> getRoles() {
    return Collections.unmodifiableSet(roles);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /** Role names for the container, e.g. {"ADMIN", "EDITOR"}. */
  public Set<String> roleNames() {
    return roles.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
  }
}
