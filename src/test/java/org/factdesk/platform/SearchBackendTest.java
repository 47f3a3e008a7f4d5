package org.factdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchBackendTest {

  private static Map<String, String> settings(Map<String, String> config) {
    return SearchBackend.hibernateProperties(key -> Optional.ofNullable(config.get(key)));
  }

  @Test
  void luceneIsTheDefaultAndSavesWaitForIt() {
    Map<String, String> lucene = settings(Map.of());
    assertEquals("lucene", lucene.get("hibernate.search.backend.type"));
    assertEquals(
        "read-sync", lucene.get("hibernate.search.indexing.plan.synchronization.strategy"));
    assertEquals(
        "class:org.factdesk.article.SearchMapping$Analysis",
        lucene.get("hibernate.search.backend.analysis.configurer"));
    assertFalse(lucene.containsKey("hibernate.search.coordination.strategy"));
    assertTrue(SearchBackend.LUCENE.savesWaitForIndex());
    assertEquals(lucene, settings(Map.of("search.backend", " Lucene ")));
  }

  @Test
  void openSearchGoesThroughTheOutboxWithItsVersionGiven() {
    Map<String, String> open =
        settings(
            Map.of(
                "search.backend", "opensearch",
                "search.opensearch.url", "http://10.0.0.5:9200, http://10.0.0.6:9200"));
    assertEquals("elasticsearch", open.get("hibernate.search.backend.type"));
    assertEquals(
        "http://10.0.0.5:9200, http://10.0.0.6:9200", open.get("hibernate.search.backend.uris"));
    assertEquals("opensearch:2.19", open.get("hibernate.search.backend.version"));
    assertEquals("outbox-polling", open.get("hibernate.search.coordination.strategy"));
    assertEquals(
        "class:org.factdesk.article.SearchMapping$OpenSearchAnalysis",
        open.get("hibernate.search.backend.analysis.configurer"));
    // Hibernate Search refuses a synchronization strategy with the outbox (HSEARCH800042).
    assertFalse(open.containsKey("hibernate.search.indexing.plan.synchronization.strategy"));
    assertFalse(open.containsKey("hibernate.search.backend.lucene_version"));
    assertFalse(SearchBackend.OPENSEARCH.savesWaitForIndex());
  }

  @Test
  void badSettingsAreNamed() {
    assertEquals(
        "search.backend must be \"lucene\" or \"opensearch\", not \"elastic\"",
        assertThrows(
                IllegalArgumentException.class, () -> settings(Map.of("search.backend", "elastic")))
            .getMessage());
    assertEquals(
        "search.backend=opensearch needs search.opensearch.url (e.g. http://127.0.0.1:9200)",
        assertThrows(
                IllegalArgumentException.class,
                () -> settings(Map.of("search.backend", "opensearch")))
            .getMessage());
    assertEquals(
        "search.opensearch.url must list http:// or https:// addresses, not \"127.0.0.1:9200\"",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    settings(
                        Map.of(
                            "search.backend", "opensearch",
                            "search.opensearch.url", "127.0.0.1:9200")))
            .getMessage());
    assertEquals(
        "search.opensearch.version must be an OpenSearch 2.x version such as 2.19, not \"3.0\"",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    settings(
                        Map.of(
                            "search.backend", "opensearch",
                            "search.opensearch.url", "http://127.0.0.1:9200",
                            "search.opensearch.version", "3.0")))
            .getMessage());
  }
}
