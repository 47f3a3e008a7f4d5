package org.factdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.factdesk.identity.Role;
import org.factdesk.identity.SecurityEvent;
import org.factdesk.identity.SecurityLog;

/** The frame around every page: who is signed in, which menu entries they get, and logout. */
@Named
@RequestScoped
public class ShellView {

  @Inject private SecurityContext securityContext;

  @Inject private SecurityLog securityLog;

  public String getUsername() {
    Principal caller = securityContext.getCallerPrincipal();
    return caller == null ? "" : caller.getName();
  }

  /** The caller's roles as labels, e.g. "Editor, Fact-checker". */
  public String getRoleLabels() {
    return Arrays.stream(Role.values())
        .filter(role -> securityContext.isCallerInRole(role.name()))
        .map(Role::label)
        .collect(Collectors.joining(", "));
  }

  public boolean isAdmin() {
    return securityContext.isCallerInRole(Role.ADMIN_NAME);
  }

  public boolean isEditor() {
    return securityContext.isCallerInRole(Role.EDITOR_NAME);
  }

  public boolean isFactChecker() {
    return securityContext.isCallerInRole(Role.FACT_CHECKER_NAME);
  }

  public void logout() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    String username = getUsername();
    if (!username.isEmpty()) {
      securityLog.record(
          SecurityEvent.Kind.LOGOUT,
          username,
          SecurityEvent.Channel.PAGE,
          null,
          null,
          request.getRemoteAddr());
    }
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(request.getContextPath() + "/login.xhtml?signedOut=true");
  }
}
