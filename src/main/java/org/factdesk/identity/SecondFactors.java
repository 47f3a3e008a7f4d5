package org.factdesk.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import org.factdesk.platform.Setting;

/**
 * The second factor at sign-in (TOTP, RFC 6238): enrolment from the Account page or, for an admin
 * while admins must have one, during sign-in; the code step of sign-in; and the admins' rule.
 */
@Stateless
public class SecondFactors {

  private static final Logger LOG = Logger.getLogger(SecondFactors.class.getName());

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext context;
  @Inject private TotpKeys keys;

  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public boolean isRequiredForAdmins() {
    Setting setting = em.find(Setting.class, Setting.ADMIN_SECOND_FACTOR);
    return setting != null && "true".equals(setting.getValue());
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public Setting requireForAdmins(boolean required) {
    String actor = caller();
    Setting setting =
        em.find(Setting.class, Setting.ADMIN_SECOND_FACTOR, LockModeType.PESSIMISTIC_WRITE);
    if (setting == null) {
      setting = new Setting(Setting.ADMIN_SECOND_FACTOR, String.valueOf(required), actor);
      em.persist(setting);
    } else {
      setting.change(String.valueOf(required), actor);
    }
    LOG.info(
        () -> "Second factor for admins " + (required ? "required" : "optional") + " by " + actor);
    return setting;
  }

  /** Whether second factors can be enrolled: the server has a key to seal their secrets. */
  @PermitAll
  public boolean canEnrol() {
    return keys.cipher().canSeal();
  }

  /** Why nobody can enrol, and what an operator does about it. */
  @PermitAll
  public String whyNoEnrolment() {
    return TotpKeys.NO_KEY;
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public boolean isEnrolled() {
    return em.createNamedQuery(User.BY_USERNAME, User.class)
        .setParameter("username", caller())
        .getSingleResult()
        .hasSecondFactor();
  }

  /** Turns the caller's second factor on, once they typed a code of the new secret. */
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public void enrol(String secret, String code) {
    enrol(me(), secret, code);
  }

  /** Turns the caller's second factor off; needs a current code, and not for a required admin. */
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public void drop(String code) {
    User user = me();
    if (user.hasRole(Role.ADMIN) && isRequiredForAdmins()) {
      throw new IdentityException("Admins must keep a second factor (Settings).");
    }
    if (!user.acceptCode(code, Totp.stepAt(Instant.now()), keys.cipher())) {
      throw new IdentityException("That code is not right (or was used already): nothing changed.");
    }
    user.dropSecondFactor();
    LOG.info(() -> "Second factor of '" + user.getUsername() + "' turned off");
  }

  /**
   * The code step of a sign-in whose password was right; {@code enrolSecret} is the secret shown
   * during sign-in to an admin who must enrol, null for an enrolled user.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean signInCode(String username, String enrolSecret, String code) {
    User user =
        em.createNamedQuery(User.BY_USERNAME, User.class)
            .setParameter("username", username)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (user == null || !user.isEnabled()) {
      return false;
    }
    if (enrolSecret != null && !user.hasSecondFactor()) {
      try {
        enrol(user, enrolSecret, code);
        return true;
      } catch (IdentityException wrong) {
        return false;
      }
    }
    try {
      return user.acceptCode(code, Totp.stepAt(Instant.now()), keys.cipher());
    } catch (IdentityException unreadable) {
      LOG.severe(unreadable.getMessage());
      return false;
    }
  }

  private void enrol(User user, String secret, String code) {
    if (!keys.cipher().canSeal()) {
      throw new IdentityException(TotpKeys.NO_KEY);
    }
    Long step = Totp.matchingStep(secret, code, Totp.stepAt(Instant.now()), Long.MIN_VALUE);
    if (step == null) {
      throw new IdentityException(
          "That code does not match the secret: check the time on your device and type the"
              + " newest code.");
    }
    user.enrolSecondFactor(secret, step, keys.cipher());
    LOG.info(() -> "Second factor of '" + user.getUsername() + "' turned on");
  }

  private String caller() {
    return context.getCallerPrincipal().getName();
  }

  private User me() {
    return em.createNamedQuery(User.BY_USERNAME, User.class)
        .setParameter("username", caller())
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getSingleResult();
  }
}
