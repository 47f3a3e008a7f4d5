package org.factdesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.platform.ResponseHeaders;

/**
 * One mechanism for the whole application:
 *
 * <ul>
 *   <li>pages: a form login ({@code /login.xhtml} calls {@code SecurityContext.authenticate}),
 *       followed by a code step ({@code /login-code.xhtml}) for a user with a second factor; the
 *       caller is then kept in the HTTP session, whose id changes at login and which ends after an
 *       absolute lifetime however busy it is;
 *   <li>REST ({@code /api/*}): a personal API token ({@code Authorization: Bearer}), HTTP Basic, or
 *       the browser's session, whose writes must carry the session's token in {@code X-CSRF-Token};
 *       without any, 401 with no Basic challenge (a browser would cache typed credentials and send
 *       them cross-site);
 *   <li>every request that changes state and says where it comes from ({@code Origin}, else {@code
 *       Referer}) must come from Factdesk's own pages.
 * </ul>
 *
 * Written by hand rather than with the built-in form and Basic mechanisms because an application
 * may declare only one, and Factdesk needs both, plus session revocation (docs/decisions/0003 and
 * 0019).
 */
@ApplicationScoped
public class FactdeskAuthenticationMechanism implements HttpAuthenticationMechanism {

  public static final String LOGIN_PAGE = "/login.xhtml";
  public static final String CODE_PAGE = "/login-code.xhtml";
  public static final String RETURN_TO_KEY = "factdesk.returnTo";

  /** Request attribute: why a sign-in was refused, in words for the person. */
  public static final String PROBLEM_KEY = "factdesk.loginProblem";

  private static final Logger LOG =
      Logger.getLogger(FactdeskAuthenticationMechanism.class.getName());
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject private Authenticator authenticator;
  @Inject private ApiTokens apiTokens;
  @Inject private SecondFactors secondFactors;
  @Inject private SessionRegistry sessions;
  @Inject private SecurityLog securityLog;

  @Inject
  @ConfigProperty(name = "factdesk.session.max-hours", defaultValue = "12")
  private double sessionMaxHours;

  @Inject
  @ConfigProperty(name = "factdesk.public-url", defaultValue = "http://localhost:8080")
  private String publicUrl;

  @Inject
  @ConfigProperty(name = "factdesk.proxy.trust-forwarded-for", defaultValue = "false")
  private boolean trustForwardedFor;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // This runs before any filter: its own refusals and redirects need the headers too.
    ResponseHeaders.addTo(response);
    boolean changesState = !SAFE_METHODS.contains(request.getMethod());
    if (changesState) {
      Optional<String> foreign =
          SameOrigin.foreignSource(
              request.getHeader("Origin"),
              request.getHeader("Referer"),
              request.getHeader("Host"),
              publicUrl);
      if (foreign.isPresent()) {
        return refuseCrossSite(request, response, foreign.get());
      }
    }
    Credential offered = context.getAuthParameters().getCredential();
    if (offered instanceof SecondFactorCredential code) {
      return codeLogin(request, context, code);
    }
    if (offered instanceof UsernamePasswordCredential login) {
      return formLogin(request, context, login);
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return tokenLogin(request, response, context, authorization.substring(7).trim());
    }
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return basicLogin(request, response, context, authorization.substring(6).trim());
    }
    SignedIn signedIn = signedInTo(request);
    if (signedIn != null) {
      if (changesState && isApi(request) && !carriesCsrfToken(request, signedIn)) {
        return refuseWithoutCsrfToken(request, response, signedIn);
      }
      return context.notifyContainerAboutLogin(signedIn.username(), signedIn.roles());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return unauthorized(response, null, "Sign in with a personal API token or HTTP Basic.");
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
      SignedIn signedIn = (SignedIn) session.getAttribute(SignedIn.SESSION_KEY);
      if (signedIn != null) {
        // Ends the sign-in on every instance, whatever becomes of this session's copies.
        sessions.signedOut(signedIn);
      }
      session.removeAttribute(SignedIn.SESSION_KEY);
      session.removeAttribute(PendingSignIn.SESSION_KEY);
    }
  }

  private AuthenticationStatus formLogin(
      HttpServletRequest request, HttpMessageContext context, UsernamePasswordCredential login) {
    String address = clientAddress(request);
    LoginOutcome outcome =
        authenticator.authenticate(login.getCaller(), login.getPasswordAsString(), address);
    if (!outcome.isValid()) {
      LOG.warning(() -> "Sign-in refused from " + address + " for '" + outcome.username() + "'");
      securityLog.record(
          SecurityEvent.Kind.LOGIN_FAILED,
          outcome.username(),
          SecurityEvent.Channel.FORM,
          path(request),
          outcome.kind() == LoginOutcome.Kind.THROTTLED ? "throttled" : null,
          address);
      request.setAttribute(PROBLEM_KEY, outcome.message());
      // Not responseUnauthorized(): that sends an error page, and the login page shows the message.
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (outcome.secondFactor() != LoginOutcome.SecondFactor.NONE) {
      String enrolSecret =
          outcome.secondFactor() == LoginOutcome.SecondFactor.ENROL ? Totp.newSecret() : null;
      HttpSession session = request.getSession(true);
      request.changeSessionId();
      session.setAttribute(
          PendingSignIn.SESSION_KEY,
          new PendingSignIn(outcome.username(), outcome.roles(), enrolSecret, Instant.now(), 0));
      return context.redirect(request.getContextPath() + CODE_PAGE);
    }
    return signedIn(request, context, outcome.username(), outcome.roles(), "password");
  }

  private AuthenticationStatus codeLogin(
      HttpServletRequest request, HttpMessageContext context, SecondFactorCredential code) {
    HttpSession session = request.getSession(false);
    PendingSignIn pending =
        session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.SESSION_KEY);
    if (pending == null || pending.isOverAt(Instant.now())) {
      if (session != null) {
        session.removeAttribute(PendingSignIn.SESSION_KEY);
      }
      request.setAttribute(PROBLEM_KEY, "That sign-in has run out: enter your password again.");
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (pending.enrolSecret() != null && !secondFactors.canEnrol()) {
      // Admins must have a second factor, but this server cannot store one: say so, not "wrong
      // code".
      request.setAttribute(PROBLEM_KEY, secondFactors.whyNoEnrolment());
      return AuthenticationStatus.SEND_FAILURE;
    }
    if (!secondFactors.signInCode(pending.username(), pending.enrolSecret(), code.code())) {
      session.setAttribute(PendingSignIn.SESSION_KEY, pending.afterWrongCode());
      securityLog.record(
          SecurityEvent.Kind.LOGIN_FAILED,
          pending.username(),
          SecurityEvent.Channel.FORM,
          path(request),
          "wrong second-factor code",
          clientAddress(request));
      request.setAttribute(
          PROBLEM_KEY, "That code is not right (or was used already). Type the newest code.");
      return AuthenticationStatus.SEND_FAILURE;
    }
    session.removeAttribute(PendingSignIn.SESSION_KEY);
    return signedIn(
        request,
        context,
        pending.username(),
        pending.roles(),
        pending.enrolSecret() == null ? "password and code" : "password, second factor enrolled");
  }

  private AuthenticationStatus signedIn(
      HttpServletRequest request,
      HttpMessageContext context,
      String username,
      Set<String> roles,
      String how) {
    // A new session id at login, so that an id planted before login is worth nothing after it.
    HttpSession session = request.getSession(true);
    request.changeSessionId();
    String key = sessions.signedIn(username, session);
    SignedIn signedIn = new SignedIn(username, roles, Instant.now(), newCsrfToken(), key);
    session.setAttribute(SignedIn.SESSION_KEY, signedIn);
    securityLog.record(
        SecurityEvent.Kind.LOGIN,
        signedIn.username(),
        SecurityEvent.Channel.FORM,
        null,
        "roles " + String.join(", ", new TreeSet<>(signedIn.roles())) + "; " + how,
        clientAddress(request));
    return context.notifyContainerAboutLogin(username, roles);
  }

  private AuthenticationStatus tokenLogin(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String token) {
    Optional<User> owner = apiTokens.owner(token);
    if (owner.isEmpty()) {
      securityLog.record(
          SecurityEvent.Kind.LOGIN_FAILED,
          null,
          SecurityEvent.Channel.TOKEN,
          request.getMethod() + " " + path(request),
          "unknown or revoked API token",
          clientAddress(request));
      return unauthorized(
          response,
          "Bearer realm=\"Factdesk\", error=\"invalid_token\"",
          "The API token is not valid: unknown, revoked, or its user is disabled.");
    }
    return context.notifyContainerAboutLogin(owner.get().getUsername(), owner.get().roleNames());
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
      return unauthorized(response, null, "The Authorization header is not valid Base64.");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return unauthorized(response, null, "The Authorization header needs user:password.");
    }
    String address = clientAddress(request);
    LoginOutcome outcome =
        authenticator.authenticate(
            decoded.substring(0, colon), decoded.substring(colon + 1), address);
    if (outcome.isValid() && outcome.secondFactor() != LoginOutcome.SecondFactor.NONE) {
      return unauthorized(
          response,
          null,
          "This account signs in with a second factor: use a personal API token (Account page)"
              + " instead of its password.");
    }
    if (!outcome.isValid()) {
      LOG.warning(() -> "API call refused from " + address + ": " + outcome.kind());
      // Failures always; a successful Basic sign-in is not recorded: every REST call makes one
      // (docs/decisions/0009-audit-trail.md).
      securityLog.record(
          SecurityEvent.Kind.LOGIN_FAILED,
          outcome.username(),
          SecurityEvent.Channel.BASIC,
          request.getMethod() + " " + path(request),
          outcome.kind() == LoginOutcome.Kind.THROTTLED ? "throttled" : null,
          address);
      if (outcome.kind() == LoginOutcome.Kind.THROTTLED
          || outcome.kind() == LoginOutcome.Kind.BUSY) {
        long seconds = Math.max(1, (outcome.retryAfter().toMillis() + 999) / 1000);
        response.setHeader("Retry-After", String.valueOf(seconds));
        return refuse(
            response, outcome.kind() == LoginOutcome.Kind.THROTTLED ? 429 : 503, outcome.message());
      }
      return unauthorized(response, null, "Wrong user name or password.");
    }
    return context.notifyContainerAboutLogin(outcome.username(), outcome.roles());
  }

  /** The signed-in user of the session, unless the session has outlived its absolute lifetime. */
  private SignedIn signedInTo(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    SignedIn signedIn =
        session == null ? null : (SignedIn) session.getAttribute(SignedIn.SESSION_KEY);
    if (signedIn == null) {
      return null;
    }
    if (signedIn.isOverAt(Instant.now(), sessionLifetime())) {
      LOG.info(() -> "Session of '" + signedIn.username() + "' ended: absolute lifetime reached");
      invalidate(session);
      return null;
    }
    // Signed out, disabled or given other roles, perhaps on another instance: this copy of the
    // session, replicated or left behind, is worth nothing any more (docs/decisions/0026).
    if (!sessions.isOpen(signedIn)) {
      LOG.info(() -> "Session of '" + signedIn.username() + "' refused: its sign-in has ended");
      invalidate(session);
      return null;
    }
    return signedIn;
  }

  private static void invalidate(HttpSession session) {
    try {
      session.invalidate();
    } catch (IllegalStateException alreadyInvalid) {
      // Ended meanwhile: the same outcome.
    }
  }

  Duration sessionLifetime() {
    return Duration.ofMinutes(Math.round(sessionMaxHours * 60));
  }

  private static boolean carriesCsrfToken(HttpServletRequest request, SignedIn signedIn) {
    String sent = request.getHeader(SignedIn.CSRF_HEADER);
    return sent != null
        && signedIn.csrfToken() != null
        && MessageDigest.isEqual(
            sent.getBytes(StandardCharsets.UTF_8),
            signedIn.csrfToken().getBytes(StandardCharsets.UTF_8));
  }

  private AuthenticationStatus refuseWithoutCsrfToken(
      HttpServletRequest request, HttpServletResponse response, SignedIn signedIn) {
    securityLog.record(
        SecurityEvent.Kind.ACCESS_DENIED,
        signedIn.username(),
        SecurityEvent.Channel.API,
        request.getMethod() + " " + path(request),
        "REST write on the session without the " + SignedIn.CSRF_HEADER + " header",
        clientAddress(request));
    return refuse(
        response,
        HttpServletResponse.SC_FORBIDDEN,
        "A REST write on a browser session needs the session's token in the "
            + SignedIn.CSRF_HEADER
            + " header (GET /api/me gives it), or a personal API token.");
  }

  private AuthenticationStatus refuseCrossSite(
      HttpServletRequest request, HttpServletResponse response, String source) {
    LOG.warning(
        () ->
            "Cross-site " + request.getMethod() + " " + path(request) + " refused from " + source);
    securityLog.record(
        SecurityEvent.Kind.ACCESS_DENIED,
        null,
        isApi(request) ? SecurityEvent.Channel.API : SecurityEvent.Channel.PAGE,
        request.getMethod() + " " + path(request),
        "cross-site request from " + source,
        clientAddress(request));
    return refuse(
        response,
        HttpServletResponse.SC_FORBIDDEN,
        "This request came from another site (" + source + ") and was refused.");
  }

  private String clientAddress(HttpServletRequest request) {
    return ClientAddress.of(
        request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustForwardedFor);
  }

  private static String newCsrfToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static String path(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  /** Where to go after login: only pages of this application asked for with GET. */
  private static void rememberWhereTo(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return;
    }
    String path = path(request);
    if (path.isEmpty() || path.startsWith("/jakarta.faces.resource") || path.equals(LOGIN_PAGE)) {
      return;
    }
    String query = request.getQueryString();
    request.getSession(true).setAttribute(RETURN_TO_KEY, query == null ? path : path + "?" + query);
  }

  /**
   * 401 for a REST caller. The challenge, when there is one, is never Basic: a browser that got one
   * would ask for a password, keep it, and send it along with requests other sites make.
   */
  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, String challenge, String problem) {
    response.setHeader(
        "WWW-Authenticate", challenge == null ? "Bearer realm=\"Factdesk\"" : challenge);
    return refuse(response, HttpServletResponse.SC_UNAUTHORIZED, problem);
  }

  private static AuthenticationStatus refuse(
      HttpServletResponse response, int status, String problem) {
    response.setStatus(status);
    ResponseHeaders.addNotAPagePolicy(response);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    try {
      response
          .getWriter()
          .write("{\"status\":" + status + ",\"message\":\"" + problem.replace("\"", "'") + "\"}");
    } catch (IOException e) {
      // The client went away; the status line says enough.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
