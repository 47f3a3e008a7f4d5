package org.factdesk.bench;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the article list, word search, the dashboard and the claims queue against a running
 * Factdesk: the Articles page itself, the list queries behind it (through {@code GET
 * /api/articles}: every sort, every filter, the deepest page by offset and a deep one by keyset),
 * the dashboard as an editor and as a fact-checker, and the fact-checker's queue (page and API).
 * Each case is asked a few times to warm up and then timed; prints the median and the 95th
 * percentile, what the case matched, and the machine's load average while it ran (the figures mean
 * little on a busy machine).
 *
 * <p>Run (after {@code mvn -DskipTests package}, which compiles it): {@code java -cp
 * target/test-classes org.factdesk.bench.ListBenchmark http://localhost:8080 [timed runs, default
 * 30] [only the cases whose names contain one of these |-separated words, default all] [runs to
 * warm up, default 5]}. The times are round trips on the same machine: the server's time plus a
 * loopback hop.
 */
public final class ListBenchmark {

  private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
  private static final Pattern EXACT = Pattern.compile("\"totalExact\":(true|false)");
  private static final Pattern IDS = Pattern.compile("\"id\":(\\d+)");

  private ListBenchmark() {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int timed = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    String only = args.length > 2 ? args[2] : "";
    int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    SignedInClient editor = SignedInClient.signIn(base, "editor", "quiet-river-17-maple");
    SignedInClient checker = SignedInClient.signIn(base, "checker", "amber-lantern-23-fjord");

    // offsets go 10,000 deep (first + size); the keyset case starts half way down the ids, at an
    // article that exists
    String deep = "/api/articles?size=25&first=9975";
    List<String> newest = ids(editor.get("/api/articles?size=1").body());
    long after = newest.isEmpty() ? 1 : Long.parseLong(newest.get(0)) / 2;
    while (after > 1 && editor.get("/api/articles/" + after).statusCode() != 200) {
      after--;
    }

    Map<String, SignedInClient> as = new LinkedHashMap<>();
    Map<String, String> cases = new LinkedHashMap<>();
    add(cases, as, editor, "Articles page (JSF, first 25 rows)", "/articles/list.xhtml");
    add(cases, as, editor, "first page, newest first", "/api/articles?size=25");
    add(cases, as, editor, "sorted by published", "/api/articles?sort=PUBLISHED");
    add(cases, as, editor, "sorted by title", "/api/articles?sort=TITLE&asc=true");
    add(cases, as, editor, "sorted by outlet", "/api/articles?sort=OUTLET&asc=true");
    add(cases, as, editor, "sorted by state", "/api/articles?sort=STATE");
    add(cases, as, editor, "sorted by pending flags", "/api/articles?sort=PENDING");
    add(cases, as, editor, "state = In review", "/api/articles?state=IN_REVIEW");
    add(cases, as, editor, "outlet", "/api/articles?outlet=Outlet%2017%20Post");
    add(cases, as, editor, "flag type", "/api/articles?flag=PROMOTIONAL");
    add(
        cases,
        as,
        editor,
        "outlet + flag type",
        "/api/articles?outlet=Outlet%2017%20Post&flag=PROMOTIONAL");
    add(cases, as, editor, "pending flags", "/api/articles?pending=true");
    add(
        cases,
        as,
        editor,
        "pending flags + date range",
        "/api/articles?pending=true&from=2025-03-01&to=2025-04-30");
    add(cases, as, editor, "duplicates", "/api/articles?duplicates=true");
    add(cases, as, editor, "deepest page by offset (first=9975)", deep);
    add(cases, as, editor, "deep page by keyset (after=)", "/api/articles?size=25&after=" + after);
    add(cases, as, editor, "words: lighthouse (index)", "/api/articles?q=lighthouse");
    add(cases, as, editor, "words + state (index)", "/api/articles?q=ferry%20costs&state=APPROVED");
    add(
        cases,
        as,
        editor,
        "phrase, sorted by title (index)",
        "/api/articles?q=%22wind%20farm%22&sort=TITLE&asc=true");
    add(cases, as, editor, "dashboard, editor (JSF)", "/dashboard.xhtml");
    add(cases, as, checker, "dashboard, fact-checker (JSF)", "/dashboard.xhtml");
    add(cases, as, checker, "claims queue (JSF)", "/claims/queue.xhtml");
    add(cases, as, checker, "claims queue: mine (API)", "/api/claims?assignee=me&state=CONFIRMED");
    add(cases, as, checker, "claims queue: open pool (API)", "/api/claims?pool=true");

    System.out.printf(
        "%-38s %10s %10s %10s %6s%n", "case", "median ms", "p95 ms", "matched", "load");
    for (Map.Entry<String, String> c : cases.entrySet()) {
      if (!only.isEmpty() && Arrays.stream(only.split("\\|")).noneMatch(c.getKey()::contains)) {
        continue;
      }
      SignedInClient http = as.get(c.getKey());
      List<Double> millis = new ArrayList<>();
      String body = "";
      double loadBefore = load();
      for (int i = 0; i < warmUp + timed; i++) {
        long start = System.nanoTime();
        HttpResponse<String> response = http.get(c.getValue());
        double took = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
          throw new IllegalStateException(
              c.getValue() + " answered " + response.statusCode() + ": " + response.body());
        }
        body = response.body();
        if (i >= warmUp) {
          millis.add(took);
        }
      }
      Collections.sort(millis);
      Matcher total = TOTAL.matcher(body);
      Matcher exact = EXACT.matcher(body);
      String matched =
          total.find()
              ? total.group(1) + (exact.find() && exact.group(1).equals("false") ? "+" : "")
              : "-";
      System.out.printf(
          "%-38s %10.1f %10.1f %10s %6s%n",
          c.getKey(),
          millis.get(millis.size() / 2),
          millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
          matched,
          String.format("%.0f–%.0f", Math.min(loadBefore, load()), Math.max(loadBefore, load())));
    }
  }

  private static void add(
      Map<String, String> cases,
      Map<String, SignedInClient> as,
      SignedInClient client,
      String name,
      String path) {
    cases.put(name, path);
    as.put(name, client);
  }

  private static List<String> ids(String body) {
    List<String> ids = new ArrayList<>();
    Matcher m = IDS.matcher(body);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  /** The one-minute load average (Linux), or -1 elsewhere. */
  static double load() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (Exception e) {
      return -1;
    }
  }
}
