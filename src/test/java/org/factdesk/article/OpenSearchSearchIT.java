package org.factdesk.article;

import static org.factdesk.support.DemoUsers.EDITOR;
import static org.factdesk.support.DemoUsers.EDITOR_PASSWORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.factdesk.support.Deployments;
import org.factdesk.support.Http;
import org.factdesk.support.SearchNodeProcess;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The app with {@code search.backend=opensearch} (decision 0027): word searches answered by a real
 * OpenSearch node (module search-node, started by {@link SearchNodeProcess} before the server),
 * changes carried there through the outbox table. Runs in its own failsafe execution, which
 * configures the server for OpenSearch (webapp-pom.xml, integration-tests-opensearch).
 */
@ExtendWith({SearchNodeProcess.class, ArquillianExtension.class})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchSearchIT {

  /** Shared by the ordered steps: the batch's words and its articles. */
  private static final String MARKER = "kestrel" + UUID.randomUUID().toString().substring(0, 6);

  private static long rejectedId;

  @Deployment
  static WebArchive deployment() {
    return Deployments.factdesk(OpenSearchSearchIT.class, SearchNodeProcess.class, Http.class);
  }

  @ArquillianResource private URL base;

  @PersistenceContext private EntityManager em;

  private final HttpClient client = HttpClient.newHttpClient();

  private static String line(String title, String outlet, String text) {
    return Json.createObjectBuilder()
            .add("title", title)
            .add("outlet", outlet)
            .add("text", text)
            .build()
            .toString()
        + "\n";
  }

  @Test
  @Order(1)
  @RunAsClient
  void aBatchImportedIsFoundByWordsThroughOpenSearch() throws Exception {
    Http http = new Http(base);
    String batch =
        line(
                "Harbour Tariffs Rise " + MARKER,
                "Ridgeway Courier",
                "The harbour council in Zürich raised its tariffs on grain ferries by 4 percent on"
                    + " Monday, the council said in a statement.\n\nFerry operators said the rise"
                    + " would cost them $2.1 million a year.")
            + line(
                "Valley Line Reopens " + MARKER,
                "Ridgeway Courier",
                "The valley rail line reopened on Sunday after 3 weeks of repairs, the operator"
                    + " said.\n\nTrains will run every 30 minutes, up from every hour before the"
                    + " closure.")
            + line(
                "Market Survey Published",
                "Lowland Ledger",
                "A survey of 1,200 farmers published on Friday found that most expect lower prices"
                    + " for wheat this autumn, the "
                    + MARKER
                    + " institute said.");
    HttpResponse<String> started =
        http.post("/api/imports", "application/x-ndjson", batch, EDITOR, EDITOR_PASSWORD);
    assertEquals(202, started.statusCode(), started.body());
    long batchId = json(started.body()).getJsonNumber("batchId").longValue();
    JsonObject finished =
        poll(
            () ->
                http.get("/api/imports/" + batchId + "?items=false", EDITOR, EDITOR_PASSWORD)
                    .body(),
            b -> !"RUNNING".equals(b.getString("state")),
            "batch " + batchId + " finished");
    assertEquals(3, finished.getInt("imported"), finished.toString());

    // All three carry the marker word; found once OpenSearch has the outbox's events.
    JsonObject all = search(http, MARKER, "", r -> r.getInt("total") == 3);
    assertEquals(3, all.getInt("total"), all.toString());
    // Stems and folded accents, as with the embedded index: "tariff" and "zurich".
    JsonObject one = search(http, "tariff zurich " + MARKER, "", r -> r.getInt("total") == 1);
    JsonObject row = one.getJsonArray("rows").getJsonObject(0);
    assertEquals("Harbour Tariffs Rise " + MARKER, row.getString("title"));
    rejectedId = row.getJsonNumber("id").longValue();
    assertEquals(0, search(http, "pipeline " + MARKER, "", r -> true).getInt("total"));

    // The documents are in OpenSearch, not in a Lucene directory of the server.
    JsonObject count =
        json(
            send(
                    "POST",
                    SearchNodeProcess.url() + "/article-read/_count",
                    "{\"query\": {\"match\": {\"text\": \"" + MARKER + "\"}}}")
                .body());
    assertTrue(count.getInt("count") >= 1, count.toString());
  }

  @Test
  @Order(2)
  @RunAsClient
  void aChangeIsSeenBySearch() throws Exception {
    Http http = new Http(base);
    assertEquals(0, search(http, MARKER, "&state=REJECTED", r -> true).getInt("total"));
    HttpResponse<String> rejected =
        http.post(
            "/api/articles/" + rejectedId + "/reject",
            "application/json",
            "{\"reason\": \"A press release, not reporting.\"}",
            EDITOR,
            EDITOR_PASSWORD);
    assertEquals(200, rejected.statusCode(), rejected.body());
    // The state filter goes to the index together with the words: the new state must be there.
    JsonObject now = search(http, MARKER, "&state=REJECTED", r -> r.getInt("total") == 1);
    assertEquals(
        rejectedId, now.getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue());
    assertEquals(
        2, search(http, MARKER, "&state=IMPORTED", r -> r.getInt("total") == 2).getInt("total"));
  }

  @Test
  @Order(3)
  void theOutboxEmptiesAndThisInstanceIsAnAgent() throws Exception {
    long waiting = -1;
    for (int i = 0; i < 100 && waiting != 0; i++) {
      waiting = count("select count(*) from hsearch_outbox_event");
      if (waiting != 0) {
        Thread.sleep(100);
      }
    }
    assertEquals(0, waiting, "events still waiting in the outbox after 10 s");
    // The instance's event processor registers itself (only with outbox-polling coordination).
    assertTrue(
        count("select count(*) from hsearch_agent where type like 'EVENT_PROCESSING%'") >= 1,
        "no event processor registered in hsearch_agent");
  }

  @Test
  @Order(4)
  @RunAsClient
  void openSearchAnalyzesWordsAsTheEmbeddedIndexDoes() throws Exception {
    String sample =
        "In Zürich the Ministère raised TARIFFS on ferries; naïve operators were running.";
    var lucene = CustomAnalyzer.builder().withTokenizer(StandardTokenizerFactory.class);
    SearchMapping.TEXT_FILTERS.forEach(
        filter -> {
          try {
            lucene.addTokenFilter(filter.lucene());
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    List<String> expected = new ArrayList<>();
    try (var analyzer = lucene.build();
        TokenStream tokens = analyzer.tokenStream("text", sample)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        expected.add(term.toString());
      }
      tokens.end();
    }
    JsonObject analyzed =
        json(
            send(
                    "POST",
                    SearchNodeProcess.url() + "/article-read/_analyze",
                    Json.createObjectBuilder()
                        .add("analyzer", SearchMapping.TEXT)
                        .add("text", sample)
                        .build()
                        .toString())
                .body());
    List<String> actual =
        analyzed.getJsonArray("tokens").getValuesAs(JsonObject.class).stream()
            .map(t -> t.getString("token"))
            .toList();
    assertEquals(expected, actual);
    assertTrue(actual.contains("zurich") && actual.contains("tariff"), actual.toString());
  }

  private long count(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  private JsonObject search(Http http, String words, String filters, Predicate<JsonObject> until)
      throws Exception {
    String path = "/api/articles?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8) + filters;
    return poll(() -> http.get(path, EDITOR, EDITOR_PASSWORD).body(), until, "search " + path);
  }

  /**
   * Asks until the answer satisfies {@code until}, for at most 10 s (the outbox works after the
   * commit).
   */
  private static JsonObject poll(Call call, Predicate<JsonObject> until, String what)
      throws Exception {
    JsonObject last = null;
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline) {
      last = json(call.body());
      if (until.test(last)) {
        return last;
      }
      Thread.sleep(100);
    }
    return last;
  }

  interface Call {
    String body() throws Exception;
  }

  private HttpResponse<String> send(String method, String url, String body) throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    }
  }
}
