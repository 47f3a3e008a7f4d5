package org.factdesk.cluster;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's HTTP client for the cluster, either signed in through the login page (a cookie jar,
 * shared by every instance: cookies belong to the host 127.0.0.1, not to a port, as a browser's
 * would behind one address) or sending HTTP Basic on each call. Every call names the instance it
 * goes to.
 */
final class Client {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

  /**
   * What a browser sends back with a page's forms: the view state and the script nonce, which
   * PrimeFaces' script adds to every form of the page.
   */
  record Form(String viewState, String nonce) {

    static Form of(HttpResponse<String> page) {
      Matcher state = VIEW_STATE.matcher(page.body());
      Matcher nonce = NONCE.matcher(page.body());
      if (!state.find() || !nonce.find()) {
        throw new IllegalStateException(
            "No view state or nonce in the page " + page.uri() + ": " + page.statusCode());
      }
      return new Form(state.group(1), nonce.group(1));
    }
  }

  private final HttpClient http;
  private final String basic;
  private CookieManager cookies;
  private String fixedCookies;
  private String csrfToken;

  private Client(HttpClient http, String basic) {
    this.http = http;
    this.basic = basic;
  }

  /**
   * The cookies this client holds now, as a {@code Cookie} header: what an attacker who copied
   * them, or a browser tab still open, would send later.
   */
  String cookieHeader() {
    StringBuilder header = new StringBuilder();
    for (java.net.HttpCookie cookie : cookies.getCookieStore().getCookies()) {
      header.append(header.length() == 0 ? "" : "; ").append(cookie.getName()).append('=');
      header.append(cookie.getValue());
    }
    return header.toString();
  }

  /** A client that sends exactly these cookies on every call and keeps none it is given. */
  static Client withCookies(String cookieHeader) {
    Client client = new Client(plain(null), null);
    client.fixedCookies = cookieHeader;
    return client;
  }

  /** HTTP Basic on every call (what a pipeline script does). */
  static Client basic(String user, String password) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Client(plain(null), "Basic " + credentials);
  }

  /**
   * Signed in through the login form of {@code instance}, as a browser: the session cookie is kept
   * and the session's CSRF token is read from {@code GET /api/me} for REST writes.
   */
  static Client signIn(Instance instance, String user, String password) throws Exception {
    CookieManager jar = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    Client client = new Client(plain(jar), null);
    client.cookies = jar;
    Form page = Form.of(client.get(instance, "/login.xhtml"));
    String form =
        "loginForm=loginForm&loginForm%3Ausername="
            + encode(user)
            + "&loginForm%3Apassword="
            + encode(password)
            + "&loginForm%3AsignIn=&jakarta.faces.ViewState="
            + encode(page.viewState())
            + "&primefaces.nonce="
            + encode(page.nonce());
    HttpResponse<String> signedIn =
        client.send(
            instance,
            "/login.xhtml",
            HttpRequest.newBuilder()
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    HttpResponse<String> me = client.get(instance, "/api/me");
    if (me.statusCode() != 200) {
      throw new IllegalStateException(
          "Sign-in of "
              + user
              + " on "
              + instance.name
              + " failed: login answered "
              + signedIn.statusCode()
              + ", /api/me "
              + me.statusCode());
    }
    client.csrfToken = json(me.body()).getString("csrfToken", null);
    return client;
  }

  /** Signs out through the page header's "Log out" button on {@code instance}, as a browser. */
  HttpResponse<String> signOut(Instance instance) throws IOException {
    Form page = Form.of(get(instance, "/dashboard.xhtml"));
    return send(
        instance,
        "/dashboard.xhtml",
        HttpRequest.newBuilder()
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "logoutForm=logoutForm&logoutForm%3Alogout=&jakarta.faces.ViewState="
                        + encode(page.viewState())
                        + "&primefaces.nonce="
                        + encode(page.nonce()))));
  }

  /**
   * A PrimeFaces ajax postback of {@code form} on {@code instance}, as the page's script sends it;
   * {@code withNonce} false leaves the script nonce out, as a client without the script would.
   */
  HttpResponse<String> ajax(
      Instance instance, String path, Form form, boolean withNonce, Map<String, String> fields)
      throws IOException {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("jakarta.faces.partial.ajax", "true");
    all.put("jakarta.faces.ViewState", form.viewState());
    if (withNonce) {
      all.put("primefaces.nonce", form.nonce());
    }
    StringBuilder body = new StringBuilder();
    all.forEach(
        (name, value) ->
            body.append(body.length() == 0 ? "" : "&")
                .append(encode(name))
                .append('=')
                .append(encode(value)));
    return send(
        instance,
        path,
        HttpRequest.newBuilder()
            .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
            .header("Faces-Request", "partial/ajax")
            .header("X-Requested-With", "XMLHttpRequest")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
  }

  private static HttpClient plain(CookieManager cookies) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10));
    if (cookies != null) {
      builder.cookieHandler(cookies);
    }
    return builder.build();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }

  HttpResponse<String> get(Instance instance, String path) throws IOException {
    return send(instance, path, HttpRequest.newBuilder().GET());
  }

  HttpResponse<String> post(Instance instance, String path, String contentType, String body)
      throws IOException {
    return send(
        instance,
        path,
        HttpRequest.newBuilder()
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** A REST call that must answer {@code expected}; its JSON body. */
  JsonObject call(Instance instance, String method, String path, String json, int expected)
      throws IOException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder()
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response = send(instance, path, request);
    if (response.statusCode() != expected) {
      throw new AssertionError(
          method
              + " "
              + path
              + " on "
              + instance.name
              + " answered "
              + response.statusCode()
              + " (expected "
              + expected
              + "): "
              + response.body());
    }
    return response.body().isBlank() ? JsonObject.EMPTY_JSON_OBJECT : json(response.body());
  }

  HttpResponse<String> send(Instance instance, String path, HttpRequest.Builder request)
      throws IOException {
    request.uri(URI.create(instance.base() + path)).timeout(Duration.ofSeconds(60));
    if (basic != null) {
      request.header("Authorization", basic);
    }
    if (csrfToken != null) {
      request.header("X-CSRF-Token", csrfToken);
    }
    if (fixedCookies != null) {
      request.header("Cookie", fixedCookies);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
