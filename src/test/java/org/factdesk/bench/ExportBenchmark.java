package org.factdesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times publishing a dataset version of every approved article, then each export of it, against a
 * running Factdesk (seeded by {@link ExportSeeder}). Each export is downloaded twice; the body is
 * hashed as it arrives and not kept, and both downloads must give the same sha256. Prints the time,
 * bytes and MB/s per download.
 *
 * <p>Run (after {@code mvn -DskipTests package}, which compiles it): {@code java -cp
 * target/test-classes org.factdesk.bench.ExportBenchmark http://localhost:8080 [downloads per
 * format, default 2]}
 */
public final class ExportBenchmark {

  private ExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    SignedInClient admin = SignedInClient.signIn(base, "admin", "harbour-lamp-42-stone");
    HttpResponse<String> created =
        admin.post(
            "/api/datasets",
            "application/json",
            ("{\"name\":\"Export benchmark " + System.currentTimeMillis() + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    check(created, 201);
    String dataset = field(created.body(), "id");

    long start = System.nanoTime();
    HttpResponse<String> published =
        admin.send(
            "POST", "/api/datasets/" + dataset + "/versions", HttpResponse.BodyHandlers.ofString());
    check(published, 202);
    String version = field(published.body(), "number");
    System.out.printf("publish: started in %.2f s%n", (System.nanoTime() - start) / 1e9);
    // publishing runs in the background: poll the version until it is out
    String state = published.body();
    String lastStep = "";
    while (!state.contains("\"state\":\"PUBLISHED\"")) {
      if (state.contains("\"state\":\"FAILED\"")) {
        throw new IllegalStateException("publishing failed: " + state);
      }
      Thread.sleep(250);
      HttpResponse<String> polled =
          admin.send(
              "GET",
              "/api/datasets/" + dataset + "/versions/" + version,
              HttpResponse.BodyHandlers.ofString());
      check(polled, 200);
      state = polled.body();
      Matcher step = Pattern.compile("\"step\":\"(\\w+)\"").matcher(state);
      if (step.find() && !step.group(1).equals(lastStep)) {
        lastStep = step.group(1);
        System.out.printf("  %6.1f s: %s%n", (System.nanoTime() - start) / 1e9, lastStep);
      }
    }
    double publishSeconds = (System.nanoTime() - start) / 1e9;
    String articles = field(state, "articles");
    System.out.printf(
        "publish: %s articles in %.1f s (%.0f articles/s)%n",
        articles, publishSeconds, Integer.parseInt(articles) / publishSeconds);

    System.out.printf(
        "%-12s %4s %10s %14s %8s  %s%n", "format", "run", "seconds", "bytes", "MB/s", "sha256");
    for (String format : new String[] {"jsonl", "csv", "claimreview", "parquet", "zip"}) {
      String first = null;
      for (int run = 1; run <= runs; run++) {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long[] bytes = {0};
        long t = System.nanoTime();
        HttpResponse<InputStream> response =
            admin.send(
                "GET",
                "/api/datasets/" + dataset + "/versions/" + version + "/export?format=" + format,
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
          throw new IllegalStateException(format + " answered " + response.statusCode());
        }
        drain(response.body(), digest, bytes);
        double seconds = (System.nanoTime() - t) / 1e9;
        String sha = HexFormat.of().formatHex(digest.digest());
        System.out.printf(
            "%-12s %4d %10.2f %,14d %8.1f  %s%n",
            format, run, seconds, bytes[0], bytes[0] / 1e6 / seconds, sha);
        if (first != null && !first.equals(sha)) {
          throw new IllegalStateException(format + ": the second download differs");
        }
        first = sha;
      }
    }
  }

  private static void drain(InputStream in, MessageDigest digest, long[] count) throws IOException {
    try (in) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
        count[0] += n;
      }
    }
  }

  private static void check(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException("answered " + response.statusCode() + ": " + response.body());
    }
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
    if (!m.find()) {
      throw new IllegalStateException("no " + name + " in " + json);
    }
    return m.group(1);
  }
}
