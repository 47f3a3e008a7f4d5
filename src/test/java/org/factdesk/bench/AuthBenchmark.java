package org.factdesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/**
 * What authenticating a REST call costs: {@code GET /api/me} with HTTP Basic (a PBKDF2 check per
 * call) against the same call with a personal API token (a SHA-256 and one lookup), one call at a
 * time, 10 to warm up and then 100 each. Creates the token on the Account page first.
 *
 * <p>Run (after {@code mvn -DskipTests package}, which compiles it): {@code java -cp
 * target/test-classes org.factdesk.bench.AuthBenchmark http://localhost:8080 editor
 * quiet-river-17-maple}
 */
public final class AuthBenchmark {

  private static final int WARM_UP = 10;
  private static final int TIMED = 100;

  private AuthBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    String user = args.length > 1 ? args[1] : "editor";
    String password = args.length > 2 ? args[2] : "quiet-river-17-maple";
    String token = SignedInClient.signIn(base, user, password).createApiToken("AuthBenchmark");
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpClient http = HttpClient.newHttpClient();
    System.out.printf("%-22s %10s %10s%n", "GET /api/me with", "median ms", "p95 ms");
    for (String[] c : new String[][] {{"HTTP Basic", basic}, {"API token", "Bearer " + token}}) {
      List<Double> millis = new ArrayList<>();
      for (int i = 0; i < WARM_UP + TIMED; i++) {
        long start = System.nanoTime();
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/me"))
                    .header("Authorization", c[1])
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        double took = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
          throw new IllegalStateException(c[0] + " answered " + response.statusCode());
        }
        if (i >= WARM_UP) {
          millis.add(took);
        }
      }
      Collections.sort(millis);
      System.out.printf(
          "%-22s %10.1f %10.1f%n",
          c[0], millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.95)));
    }
  }
}
