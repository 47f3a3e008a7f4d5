package org.factdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.factdesk.identity.FactdeskAuthenticationMechanism;

/** The login page: user name and password (the code step, if any, is {@link LoginCodeView}). */
@Named
@RequestScoped
public class LoginView {

  @Inject private SecurityContext securityContext;

  private String username;
  private String password;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, password))
                .newAuthentication(true));
    password = null;
    switch (status) {
      case SUCCESS -> external.redirect(request.getContextPath() + returnTo(request));
      case SEND_CONTINUE -> faces.responseComplete();
      default -> Messages.error(problem(request));
    }
  }

  /** Why the mechanism refused, or the usual words. */
  static String problem(HttpServletRequest request) {
    Object problem = request.getAttribute(FactdeskAuthenticationMechanism.PROBLEM_KEY);
    return problem instanceof String text && !text.isEmpty()
        ? text
        : "Wrong user name or password.";
  }

  /** The page asked for before login, or the dashboard. */
  static String returnTo(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object saved =
        session == null
            ? null
            : session.getAttribute(FactdeskAuthenticationMechanism.RETURN_TO_KEY);
    if (session != null) {
      session.removeAttribute(FactdeskAuthenticationMechanism.RETURN_TO_KEY);
    }
    if (saved instanceof String path
        && path.startsWith("/")
        && !path.startsWith("//")
        && !path.startsWith(FactdeskAuthenticationMechanism.LOGIN_PAGE)
        && isPage(path)) {
      return path;
    }
    return "/dashboard.xhtml";
  }

  /**
   * Whether a saved path is a page to return to: not the favicon, an image or a script the browser
   * asked for in the background while the login page showed, nor a REST call.
   */
  static boolean isPage(String path) {
    String p = path.replaceFirst("[?#].*", "");
    return p.equals("/")
        || (p.endsWith(".xhtml")
            && !p.startsWith("/jakarta.faces.resource/")
            && !p.startsWith("/resources/"));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
