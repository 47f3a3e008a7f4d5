package org.factdesk.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the article list against a running Factdesk: the Articles page itself and the list queries
 * behind it (through {@code GET /api/articles}), each asked 5 times to warm up and then 30 times.
 * Prints the median and 95th percentile per case, and the total each case matched.
 *
 * <p>Run (after {@code mvn -DskipTests package}, which compiles it): {@code java -cp
 * target/test-classes org.factdesk.bench.ListBenchmark http://localhost:8080}; add {@code words}
 * after the address for the word-search cases only.
 */
public final class ListBenchmark {

  private static final int WARM_UP = 5;
  private static final int TIMED = 30;

  private ListBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    SignedInClient http = SignedInClient.signIn(base, "editor", "quiet-river-17-maple");
    Map<String, String> cases = new LinkedHashMap<>();
    cases.put("list page (JSF, first 25 rows)", "/articles/list.xhtml");
    cases.put("first page, newest first", "/api/articles?size=25");
    cases.put("page 2,000 (offset 49,975)", "/api/articles?size=25&first=49975");
    cases.put("state = In review", "/api/articles?state=IN_REVIEW");
    cases.put("outlet + flag type", "/api/articles?outlet=Outlet%2017%20Gazette&flag=PROMOTIONAL");
    cases.put(
        "pending flags + date range", "/api/articles?pending=true&from=2025-03-01&to=2025-04-30");
    cases.put("sorted by title", "/api/articles?sort=TITLE&asc=true");
    cases.put("words: lighthouse", "/api/articles?q=lighthouse");
    cases.put("words + state", "/api/articles?q=ferry%20costs&state=APPROVED");
    cases.put("phrase, sorted by title", "/api/articles?q=%22wind%20farm%22&sort=TITLE&asc=true");

    if (args.length > 1 && args[1].equals("words")) {
      // Only the cases the search index answers (comparing search backends, BENCHMARKS.md).
      cases.keySet().removeIf(name -> !name.startsWith("words") && !name.startsWith("phrase"));
    }
    System.out.printf("%-36s %10s %10s %10s%n", "case", "median ms", "p95 ms", "matched");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      List<Double> millis = new ArrayList<>();
      String body = "";
      for (int i = 0; i < WARM_UP + TIMED; i++) {
        long start = System.nanoTime();
        HttpResponse<String> response = http.get(c.getValue());
        double took = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
          throw new IllegalStateException(
              c.getValue() + " answered " + response.statusCode() + ": " + response.body());
        }
        body = response.body();
        if (i >= WARM_UP) {
          millis.add(took);
        }
      }
      Collections.sort(millis);
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(body);
      String total = m.find() ? m.group(1) : "-";
      System.out.printf(
          "%-36s %10.1f %10.1f %10s%n",
          c.getKey(),
          millis.get(millis.size() / 2),
          millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
          total);
    }
  }
}
