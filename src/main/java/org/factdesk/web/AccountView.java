package org.factdesk.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.factdesk.identity.ApiToken;
import org.factdesk.identity.ApiTokens;
import org.factdesk.identity.IdentityException;
import org.factdesk.identity.Role;
import org.factdesk.identity.SecondFactors;
import org.factdesk.identity.Totp;
import org.factdesk.identity.UserService;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The Account page, for every signed-in user: change one's own password, personal API tokens (and,
 * for admins, everyone's, to revoke), and the second factor.
 */
@Named
@ViewScoped
public class AccountView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A token as the page lists it: never its secret or hash. */
  public record TokenRow(
      Long id, String owner, String name, String prefix, Instant created, Instant lastUsed)
      implements Serializable {

    static TokenRow of(ApiToken t) {
      return new TokenRow(
          t.getId(),
          t.getOwner(),
          t.getName(),
          t.getTokenPrefix(),
          t.getCreatedAt(),
          t.getLastUsedAt());
    }
  }

  @Inject private UserService users;
  @Inject private ApiTokens tokens;
  @Inject private SecondFactors secondFactors;
  @Inject private Caller caller;

  private String currentPassword;
  private String newPassword;
  private String repeatPassword;

  private List<TokenRow> myTokens = List.of();
  private String tokenName;
  private String createdToken;
  private final EveryonesTokens everyones = new EveryonesTokens();

  private boolean enrolled;
  private boolean requiredForAdmins;
  private String newSecret;
  private String code;

  @PostConstruct
  void load() {
    myTokens = tokens.mine().stream().map(TokenRow::of).toList();
    enrolled = secondFactors.isEnrolled();
    requiredForAdmins = secondFactors.isRequiredForAdmins();
  }

  public void changePassword() {
    try {
      if (newPassword == null || !newPassword.equals(repeatPassword)) {
        Messages.error("The new password and its repetition differ: nothing changed.");
        return;
      }
      HttpSession session =
          (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
      attempt(
          () -> users.changeOwnPassword(currentPassword, newPassword, session),
          "Password changed; your other sessions were ended.");
    } finally {
      currentPassword = null;
      newPassword = null;
      repeatPassword = null;
    }
  }

  public void createToken() {
    attempt(
        () -> {
          ApiTokens.Created created = tokens.create(tokenName == null ? "" : tokenName);
          createdToken = created.token();
          tokenName = null;
        },
        "Token created. Copy it now: it is shown only this once.");
    load();
  }

  public void revoke(Long id) {
    createdToken = null;
    attempt(() -> tokens.revoke(id), "Token revoked: calls with it are refused from now on.");
    load();
  }

  public void startEnrolment() {
    if (!secondFactors.canEnrol()) {
      Messages.error(secondFactors.whyNoEnrolment());
      return;
    }
    newSecret = Totp.newSecret();
    code = null;
  }

  public void confirmEnrolment() {
    boolean done =
        attempt(
            () -> secondFactors.enrol(newSecret, code),
            "Second factor on: sign-in will ask for a code from your app.");
    code = null;
    if (done) {
      newSecret = null;
      load();
    }
  }

  public void dropSecondFactor() {
    attempt(() -> secondFactors.drop(code), "Second factor off.");
    code = null;
    load();
  }

  private boolean attempt(Runnable action, String success) {
    try {
      action.run();
      Messages.info(success);
      return true;
    } catch (IdentityException e) {
      Messages.error(e.getMessage());
    } catch (EJBException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ConstraintViolationException violations) {
        Messages.error(violations.getConstraintViolations().iterator().next().getMessage());
      } else if (cause instanceof IdentityException identity) {
        Messages.error(identity.getMessage());
      } else {
        Messages.error(
            "That did not work: " + (cause == null ? e.getMessage() : cause.getMessage()));
      }
    }
    return false;
  }

  public boolean isAdmin() {
    return caller.hasAnyRole(Role.ADMIN_NAME);
  }

  public String getUsername() {
    return caller.name();
  }

  public String getNewSecretUri() {
    return newSecret == null ? null : Totp.uri(getUsername(), newSecret);
  }

  /** The same URI as a QR code for the phone's camera. */
  public String getNewSecretQr() {
    return newSecret == null ? null : QrImage.dataUri(getNewSecretUri());
  }

  /** Everyone's working tokens, one page at a time from the database (admins). */
  private class EveryonesTokens extends LazyDataModel<TokenRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return Math.toIntExact(tokens.countEveryones());
    }

    @Override
    public List<TokenRow> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return tokens.everyones(first, pageSize).stream().map(TokenRow::of).toList();
    }

    @Override
    public String getRowKey(TokenRow row) {
      return String.valueOf(row.id());
    }
  }

  public LazyDataModel<TokenRow> getEveryones() {
    return everyones;
  }

  public List<TokenRow> getMyTokens() {
    return myTokens;
  }

  public String getCreatedToken() {
    return createdToken;
  }

  public String getTokenName() {
    return tokenName;
  }

  public void setTokenName(String tokenName) {
    this.tokenName = tokenName;
  }

  public boolean isEnrolled() {
    return enrolled;
  }

  public boolean isRequiredForAdmins() {
    return requiredForAdmins;
  }

  public String getNewSecret() {
    return newSecret;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeatPassword() {
    return repeatPassword;
  }

  public void setRepeatPassword(String repeatPassword) {
    this.repeatPassword = repeatPassword;
  }
}
