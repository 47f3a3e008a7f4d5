package org.factdesk.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP client signed in to a running Factdesk once, through the login form, as a browser is. The
 * benchmarks use it instead of HTTP Basic: with Basic every request also pays for the password hash
 * (PBKDF2, 210,000 iterations), which is not what they measure.
 */
final class SignedInClient {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static final Pattern CSRF_TOKEN = Pattern.compile("\"csrfToken\":\"([^\"]+)\"");

  private final HttpClient http;
  private final String base;

  /** The session's token, sent with every REST write (a session without it may only read). */
  private String csrfToken = "";

  private SignedInClient(HttpClient http, String base) {
    this.http = http;
    this.base = base;
  }

  static SignedInClient signIn(String base, String user, String password) throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    SignedInClient client = new SignedInClient(http, base);
    Matcher state = VIEW_STATE.matcher(client.get("/login.xhtml").body());
    if (!state.find()) {
      throw new IllegalStateException("no view state on the login page");
    }
    String form =
        "loginForm=loginForm&loginForm%3Ausername="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&loginForm%3Apassword="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&loginForm%3AsignIn=&jakarta.faces.ViewState="
            + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> signedIn =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (signedIn.uri().getPath().startsWith("/login")) {
      throw new IllegalStateException("could not sign in as " + user);
    }
    Matcher token = CSRF_TOKEN.matcher(client.get("/api/me").body());
    if (!token.find()) {
      throw new IllegalStateException("no CSRF token for the session of " + user);
    }
    client.csrfToken = token.group(1);
    return client;
  }

  /**
   * Creates a personal API token on the Account page, as a person would (a plain form post of its
   * token form), and returns it as the page shows it once.
   */
  String createApiToken(String name) throws Exception {
    Matcher state = VIEW_STATE.matcher(get("/account.xhtml").body());
    if (!state.find()) {
      throw new IllegalStateException("no view state on the Account page");
    }
    String form =
        "tokensForm=tokensForm&tokensForm%3AtokenName="
            + URLEncoder.encode(name, StandardCharsets.UTF_8)
            + "&tokensForm%3AcreateToken=&jakarta.faces.ViewState="
            + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8);
    HttpResponse<String> page =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/account.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Matcher token = Pattern.compile("id=\"newToken\">(fd_[A-Za-z0-9_-]+)<").matcher(page.body());
    if (!token.find()) {
      throw new IllegalStateException("the Account page showed no new token");
    }
    return token.group(1);
  }

  /** GET of a path or a full URI. */
  HttpResponse<String> get(String pathOrUri) throws Exception {
    URI uri = URI.create(pathOrUri.startsWith("http") ? pathOrUri : base + pathOrUri);
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A request over HTTP/1.1 with the caller's body handler: for long requests and big downloads (an
   * h2c-upgraded connection was cut off while a long publish was still running).
   */
  <T> HttpResponse<T> send(String method, String path, HttpResponse.BodyHandler<T> body)
      throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .version(HttpClient.Version.HTTP_1_1)
            .header("Content-Type", "application/json")
            .header("X-CSRF-Token", csrfToken)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(Duration.ofHours(1))
            .build(),
        body);
  }

  HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", contentType)
            .header("X-CSRF-Token", csrfToken)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
