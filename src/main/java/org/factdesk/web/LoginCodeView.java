package org.factdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.factdesk.identity.PendingSignIn;
import org.factdesk.identity.SecondFactorCredential;

/**
 * The second step of sign-in: the code from the authenticator app, and for an admin who must enrol
 * first, the new secret to add to the app.
 */
@Named
@RequestScoped
public class LoginCodeView {

  @Inject private SecurityContext securityContext;

  private String code;

  /** Without a pending sign-in there is nothing to do here: back to the password. */
  public void load() throws IOException {
    if (pending() == null) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
  }

  public void verify() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new SecondFactorCredential(code))
                .newAuthentication(true));
    code = null;
    switch (status) {
      case SUCCESS -> external.redirect(request.getContextPath() + LoginView.returnTo(request));
      case SEND_CONTINUE -> faces.responseComplete();
      default -> {
        Messages.error(LoginView.problem(request));
        if (pending() == null) {
          external.redirect(request.getContextPath() + "/login.xhtml");
        }
      }
    }
  }

  public boolean isEnrolling() {
    PendingSignIn pending = pending();
    return pending != null && pending.enrolSecret() != null;
  }

  public String getSecret() {
    PendingSignIn pending = pending();
    return pending == null ? null : pending.enrolSecret();
  }

  public String getUri() {
    PendingSignIn pending = pending();
    return pending == null ? null : pending.enrolUri();
  }

  /** The enrolment URI as a QR code for the phone's camera, or null. */
  public String getQr() {
    String uri = getUri();
    return uri == null ? null : QrImage.dataUri(uri);
  }

  private static PendingSignIn pending() {
    HttpSession session =
        (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(false);
    return session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.SESSION_KEY);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
