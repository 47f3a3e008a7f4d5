package org.factdesk.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Personal API tokens: a user creates and revokes their own; an admin revokes anyone's. A token is
 * {@code fd_} and 43 base64url characters (256 random bits); checking one is a SHA-256 and one
 * indexed lookup, where HTTP Basic costs a full PBKDF2 (docs/decisions/0019).
 */
@Stateless
public class ApiTokens {

  private static final Logger LOG = Logger.getLogger(ApiTokens.class.getName());
  static final String PREFIX = "fd_";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A token just created: the secret, shown once, and the stored record. */
  public record Created(String token, ApiToken record) {}

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext context;

  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public Created create(@NotNull(message = "Give the token a name.") String name) {
    String label = name.strip();
    if (label.isEmpty()) {
      throw new IdentityException("Give the token a name, e.g. the pipeline that will use it.");
    }
    if (label.length() > ApiToken.MAX_NAME) {
      throw new IdentityException(
          "The token's name is too long: " + label.length() + " characters, at most 100.");
    }
    User owner = me();
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    ApiToken record = new ApiToken(owner, label, hash(token), token.substring(0, 8));
    em.persist(record);
    LOG.info(() -> "API token '" + label + "' created by '" + owner.getUsername() + "'");
    return new Created(token, record);
  }

  /** The caller's tokens that still work, newest first. */
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public List<ApiToken> mine() {
    return em.createNamedQuery(ApiToken.OF_USER, ApiToken.class)
        .setParameter("username", caller())
        .getResultList();
  }

  /** One page of everyone's working tokens, newest first (ADMIN). */
  @RolesAllowed(Role.ADMIN_NAME)
  public List<ApiToken> everyones(int first, int size) {
    return em.createNamedQuery(ApiToken.ACTIVE, ApiToken.class)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public long countEveryones() {
    return em.createNamedQuery(ApiToken.COUNT_ACTIVE, Long.class).getSingleResult();
  }

  /** Revokes a token: the caller's own, or anyone's when the caller is an admin. */
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public ApiToken revoke(@NotNull(message = "Which token?") Long id) {
    ApiToken token = em.find(ApiToken.class, id);
    String caller = caller();
    if (token == null
        || !(token.getOwner().equals(caller) || context.isCallerInRole(Role.ADMIN_NAME))) {
      throw new IdentityException("There is no token " + id + " of yours.");
    }
    token.revoke(caller, Instant.now());
    LOG.info(
        () ->
            "API token '"
                + token.getName()
                + "' of '"
                + token.getOwner()
                + "' revoked by "
                + caller);
    return token;
  }

  /**
   * The user a token belongs to, when the token is known, not revoked and its owner enabled. Runs
   * before anyone is signed in.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Optional<User> owner(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    Optional<ApiToken> found =
        em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
            .setParameter("hash", hash(token))
            .getResultStream()
            .findFirst();
    if (found.isEmpty() || !found.get().isActive() || !found.get().getUser().isEnabled()) {
      return Optional.empty();
    }
    // At most one write a minute per token, and a bulk update: calls of one pipeline in parallel
    // must not trip over the row's version.
    Instant now = Instant.now();
    em.createQuery(
            "update ApiToken t set t.lastUsedAt = :now where t.id = :id"
                + " and (t.lastUsedAt is null or t.lastUsedAt < :minuteAgo)")
        .setParameter("now", now)
        .setParameter("id", found.get().getId())
        .setParameter("minuteAgo", now.minusSeconds(60))
        .executeUpdate();
    return Optional.of(found.get().getUser());
  }

  static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }

  private User me() {
    return em.createNamedQuery(User.BY_USERNAME, User.class)
        .setParameter("username", caller())
        .getSingleResult();
  }
}
