package org.factdesk.searchnode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real node: started on a free port, an index written and searched over HTTP, stopped. */
class SearchNodeTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void startsIndexesFindsAndStops(@TempDir Path home) throws Exception {
    String url;
    try (SearchNode node = SearchNode.start(0, 0, home, "search-node-test")) {
      url = node.url();
      assertTrue(node.httpPort() > 0, "a free port was bound: " + node.httpPort());

      HttpResponse<String> health = send("GET", url + "/_cluster/health", null);
      assertEquals(200, health.statusCode());
      assertTrue(health.body().contains("\"cluster_name\":\"search-node-test\""), health.body());

      String mapping =
          """
          {"settings": {"number_of_replicas": 0,
                        "analysis": {"analyzer": {"english_folded": {"type": "custom",
                           "tokenizer": "standard",
                           "filter": ["lowercase", "asciifolding", "porter_stem"]}}}},
           "mappings": {"properties": {"title": {"type": "text", "analyzer": "english_folded"}}}}
          """;
      assertEquals(200, send("PUT", url + "/articles", mapping).statusCode());
      HttpResponse<String> indexed =
          send(
              "PUT",
              url + "/articles/_doc/7?refresh=true",
              "{\"title\": \"Ministère confirms ethane shipments\"}");
      assertEquals(201, indexed.statusCode(), indexed.body());

      // Stemmed and accent-folded by the analysis-common plugin's filters.
      HttpResponse<String> found =
          send(
              "POST",
              url + "/articles/_search",
              "{\"query\": {\"match\": {\"title\": \"ministere shipment\"}}}");
      assertEquals(200, found.statusCode(), found.body());
      assertTrue(found.body().contains("\"_id\":\"7\""), found.body());
      HttpResponse<String> missed =
          send(
              "POST",
              url + "/articles/_search",
              "{\"query\": {\"match\": {\"title\": \"pipeline\"}}}");
      assertTrue(missed.body().contains("\"hits\":[]"), missed.body());

      // Hibernate Search's purge runs _delete_by_query (the reindex plugin).
      HttpResponse<String> purged =
          send(
              "POST",
              url + "/articles/_delete_by_query?refresh=true",
              "{\"query\": {\"match_all\": {}}}");
      assertEquals(200, purged.statusCode(), purged.body());
      assertTrue(purged.body().contains("\"deleted\":1"), purged.body());
    }
    assertThrows(ConnectException.class, () -> send("GET", url + "/_cluster/health", null));
  }

  @Test
  void badOptionsAreNamed() {
    IllegalArgumentException port =
        assertThrows(
            IllegalArgumentException.class,
            () -> SearchNode.Options.parse(new String[] {"--http-port", "92OO"}));
    assertEquals(
        "--http-port must be a port number from 0 to 65535, not \"92OO\"", port.getMessage());
    IllegalArgumentException unknown =
        assertThrows(
            IllegalArgumentException.class,
            () -> SearchNode.Options.parse(new String[] {"--port", "1"}));
    assertTrue(unknown.getMessage().startsWith("unknown option --port"), unknown.getMessage());
    assertEquals(
        Path.of("/tmp/x"),
        SearchNode.Options.parse(new String[] {"--data", "/tmp/x", "--http-port", "9201"}).home());
  }

  private HttpResponse<String> send(String method, String url, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json");
    request.method(
        method,
        json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
