package org.factdesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.logging.Logger;
import org.factdesk.audit.SecurityEvent;
import org.factdesk.audit.SecurityLog;

/**
 * One mechanism for the whole application:
 *
 * <ul>
 *   <li>pages: a form login ({@code /login.xhtml} calls {@code SecurityContext.authenticate}); the
 *       caller is then kept in the HTTP session, whose id changes at login;
 *   <li>REST ({@code /api/*}): HTTP Basic on each request, or the browser's session; without
 *       either, 401 with a challenge instead of a redirect.
 * </ul>
 *
 * Written by hand rather than with the built-in form and Basic mechanisms because an application
 * may declare only one, and Factdesk needs both, plus session revocation.
 */
@ApplicationScoped
public class FactdeskAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";
  public static final String RETURN_TO_KEY = "factdesk.returnTo";
  private static final Logger LOG =
      Logger.getLogger(FactdeskAuthenticationMechanism.class.getName());

  @Inject private IdentityStoreHandler identityStores;

  @Inject private SessionRegistry sessions;

  @Inject private SecurityLog securityLog;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential offered = context.getAuthParameters().getCredential();
    if (offered != null) {
      return formLogin(request, context, offered);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basicLogin(request, response, context, authorization.substring(6).trim());
    }
    SignedIn signedIn = signedInTo(request);
    if (signedIn != null) {
      return context.notifyContainerAboutLogin(signedIn.username(), signedIn.roles());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return challenge(response, "Sign in with HTTP Basic or a browser session.");
    }
    rememberWhereTo(request);
    boolean sessionEnded =
        request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    return context.redirect(
        request.getContextPath() + LOGIN_PAGE + (sessionEnded ? "?expired=true" : ""));
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SignedIn.SESSION_KEY);
    }
  }

  private AuthenticationStatus formLogin(
      HttpServletRequest request, HttpMessageContext context, Credential offered) {
    CredentialValidationResult result = identityStores.validate(offered);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      LOG.warning(
          () -> "Sign-in refused from " + request.getRemoteAddr() + " for " + caller(offered));
      securityLog.record(
          SecurityEvent.Kind.LOGIN_FAILED,
          triedName(offered),
          SecurityEvent.Channel.FORM,
          request.getRequestURI().substring(request.getContextPath().length()),
          null,
          request.getRemoteAddr());
      // Not responseUnauthorized(): that sends an error page, and the login page shows the message.
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A new session id at login, so that an id planted before login is worth nothing after it.
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    SignedIn signedIn =
        new SignedIn(
            result.getCallerPrincipal().getName(),
            new HashSet<>(result.getCallerGroups()),
            Instant.now());
    session.setAttribute(SignedIn.SESSION_KEY, signedIn);
    sessions.signedIn(signedIn.username(), session);
    securityLog.record(
        SecurityEvent.Kind.LOGIN,
        signedIn.username(),
        SecurityEvent.Channel.FORM,
        null,
        "roles " + String.join(", ", new java.util.TreeSet<>(signedIn.roles())),
        request.getRemoteAddr());
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus basicLogin(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return challenge(response, "The Authorization header is not valid Base64.");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return challenge(response, "The Authorization header needs user:password.");
    }
    CredentialValidationResult result =
        identityStores.validate(
            new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1)));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      LOG.warning(() -> "API call refused from " + request.getRemoteAddr() + ": bad credentials");
      // Failures always; a successful Basic sign-in is not recorded: every REST call makes one
      // (docs/decisions/0009-audit-trail.md).
      securityLog.record(
          SecurityEvent.Kind.LOGIN_FAILED,
          decoded.substring(0, colon),
          SecurityEvent.Channel.BASIC,
          request.getMethod()
              + " "
              + request.getRequestURI().substring(request.getContextPath().length()),
          null,
          request.getRemoteAddr());
      return challenge(response, "Wrong user name or password.");
    }
    return context.notifyContainerAboutLogin(result);
  }

  private SignedIn signedInTo(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (SignedIn) session.getAttribute(SignedIn.SESSION_KEY);
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  /** Where to go after login: only pages of this application asked for with GET. */
  private static void rememberWhereTo(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.isEmpty() || path.startsWith("/jakarta.faces.resource") || path.equals(LOGIN_PAGE)) {
      return;
    }
    String query = request.getQueryString();
    request.getSession(true).setAttribute(RETURN_TO_KEY, query == null ? path : path + "?" + query);
  }

  private static AuthenticationStatus challenge(HttpServletResponse response, String problem) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Factdesk\", charset=\"UTF-8\"");
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    try {
      response
          .getWriter()
          .write("{\"status\":401,\"message\":\"" + problem.replace("\"", "'") + "\"}");
    } catch (IOException e) {
      // The client went away; the status line says enough.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  /** The user name someone typed, never the password. */
  private static String triedName(Credential credential) {
    return credential instanceof UsernamePasswordCredential login ? login.getCaller() : null;
  }

  private static String caller(Credential credential) {
    return credential instanceof UsernamePasswordCredential login
        ? "'" + Authenticator.printable(login.getCaller()) + "'"
        : credential.getClass().getSimpleName();
  }
}
