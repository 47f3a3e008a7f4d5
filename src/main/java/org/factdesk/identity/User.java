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
  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  /**
   * The TOTP secret of a user who enrolled a second factor, sealed by {@link TotpCipher} (a plain
   * base32 secret in rows written before V38 until they are sealed); null for the others.
   */
  @NotAudited
  @Column(name = "totp_secret", length = 200)
  private String totpSecret;

  /** The last TOTP time step a code was accepted for: no code is accepted twice. */
  @NotAudited
  @Column(name = "totp_last_step")
  private Long totpLastStep;

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
    failedLogins = 0;
  }

  public void disable() {
    enabled = false;
  }

  public void enable() {
    enabled = true;
    failedLogins = 0;
  }

  public void rename(String newDisplayName) {
    this.displayName = newDisplayName;
  }

  /**
   * Counts a wrong password, for the Users page. It locks nothing: sign-in tries are slowed down by
   * {@link LoginThrottle}, so that nobody can lock the real owner out.
   */
  public void recordFailedLogin() {
    failedLogins++;
  }

  public void recordSuccessfulLogin(Instant now) {
    lastLoginAt = now;
    failedLogins = 0;
  }

  /**
   * Turns on the second factor with a secret the user has just proven to hold, stored sealed.
   *
   * @throws IdentityException when the cipher has no key to seal it with
   */
  public void enrolSecondFactor(String secret, long acceptedStep, TotpCipher cipher) {
    this.totpSecret = cipher.seal(username, secret);
    this.totpLastStep = acceptedStep;
  }

  public void dropSecondFactor() {
    this.totpSecret = null;
    this.totpLastStep = null;
  }

  /**
   * Accepts a TOTP code of the enrolled secret once: a code for a time step at or before the last
   * accepted one is refused, so a code seen over someone's shoulder is worth nothing.
   */
  public boolean acceptCode(String code, long nowStep, TotpCipher cipher) {
    if (totpSecret == null) {
      return false;
    }
    String secret = cipher.open(username, totpSecret);
    long floor = totpLastStep == null ? Long.MIN_VALUE : totpLastStep;
    Long step = Totp.matchingStep(secret, code, nowStep, floor);
    if (step == null) {
      return false;
    }
    totpLastStep = step;
    if (cipher.needsSealing(totpSecret)) {
      // a plain row of before V38, or one sealed with a previous key: sealed now, as it is used
      totpSecret = cipher.seal(username, secret);
    }
    return true;
  }

  public boolean hasSecondFactor() {
    return totpSecret != null;
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
