package org.factdesk.support;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Plain HTTP calls against the deployed app, with HTTP Basic when a user is given. */
public final class Http {

  private final HttpClient client = HttpClient.newHttpClient();
  private final URL base;

  public Http(URL base) {
    this.base = base;
  }

  /** A path of the application, e.g. "/api/me". */
  public URI uri(String path) {
    return URI.create(base.toExternalForm().replaceAll("/$", "") + path);
  }

  /** A path of the server itself, whatever the application's context root (e.g. health). */
  public URI serverUri(String path) {
    try {
      return base.toURI().resolve(path);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  public HttpResponse<String> get(String path, String user, String password) throws Exception {
    return send(HttpRequest.newBuilder(uri(path)).GET(), user, password);
  }

  public HttpResponse<String> post(
      String path, String type, String body, String user, String password) throws Exception {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
        user,
        password);
  }

  /** A call with a personal API token instead of a password. */
  public HttpResponse<String> withToken(HttpRequest.Builder request, String token)
      throws Exception {
    request.header("Authorization", "Bearer " + token);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> send(HttpRequest.Builder request, String user, String password)
      throws Exception {
    if (user != null) {
      String token =
          Base64.getEncoder()
              .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
      request.header("Authorization", "Basic " + token);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
