package org.factdesk.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the word-search index lives, chosen by configuration at deploy time
 * (docs/decisions/0027-search-in-a-cluster.md):
 *
 * <ul>
 *   <li>{@code search.backend=lucene} (the default): an embedded Lucene index in the directory of
 *       the system property {@code hibernate.search.backend.directory.root}; a save waits until the
 *       index shows it. One instance.
 *   <li>{@code search.backend=opensearch}: an OpenSearch 2.x cluster at {@code
 *       search.opensearch.url} (comma-separated for several nodes), written through Hibernate
 *       Search's Elasticsearch backend; changes reach it through the database's outbox table
 *       (outbox-polling coordination, tables from V31), so every instance sees every instance's
 *       changes, a moment after the commit.
 * </ul>
 *
 * Each key may also come from the environment ({@code SEARCH_BACKEND}, {@code
 * SEARCH_OPENSEARCH_URL}, {@code SEARCH_OPENSEARCH_VERSION}). {@link FactdeskPersistenceProvider}
 * hands {@link #hibernateProperties} to Hibernate when the persistence unit starts.
 */
public enum SearchBackend {
  LUCENE,
  OPENSEARCH;

  public static final String BACKEND = "search.backend";
  public static final String URL = "search.opensearch.url";
  public static final String VERSION = "search.opensearch.version";

  /**
   * The OpenSearch version Hibernate Search is told (it then does not ask the cluster at start-up).
   * Hibernate Search 7.2.5 knows OpenSearch 2.x up to 2.16; for a later 2.x minor it uses the
   * dialects of 2.14-2.16 and logs HSEARCH400085 once at start: expected, see decision 0027.
   */
  static final String DEFAULT_VERSION = "2.19";

  private static final String ANALYSIS = "class:org.factdesk.article.SearchMapping$";

  private static volatile Optional<SearchBackend> configured = Optional.empty();

  /** The backend this deployment was configured with (MicroProfile Config, read once). */
  public static SearchBackend configured() {
    return configured.orElseGet(
        () -> {
          SearchBackend backend =
              parse(ConfigProvider.getConfig().getOptionalValue(BACKEND, String.class));
          configured = Optional.of(backend);
          return backend;
        });
  }

  /** The backend named by a {@code search.backend} value; lucene when none is set. */
  static SearchBackend parse(Optional<String> value) {
    String name = value.map(v -> v.trim().toLowerCase(Locale.ROOT)).orElse("");
    return switch (name) {
      case "", "lucene" -> LUCENE;
      case "opensearch" -> OPENSEARCH;
      default ->
          throw new IllegalArgumentException(
              BACKEND + " must be \"lucene\" or \"opensearch\", not \"" + value.get() + "\"");
    };
  }

  /**
   * True when a save can wait for the index (the embedded index). With OpenSearch the instances'
   * changes go through the outbox and are applied in the background: the session's synchronization
   * strategy cannot be set (Hibernate Search refuses it, HSEARCH800042).
   */
  public boolean savesWaitForIndex() {
    return this == LUCENE;
  }

  /**
   * The Hibernate Search settings of this backend, read from {@code config} (a key to its value);
   * they complete the ones in persistence.xml, which are the same for both.
   */
  public static Map<String, String> hibernateProperties(Function<String, Optional<String>> config) {
    SearchBackend backend = parse(config.apply(BACKEND));
    Map<String, String> properties = new LinkedHashMap<>();
    switch (backend) {
      case LUCENE -> {
        properties.put("hibernate.search.backend.type", "lucene");
        properties.put("hibernate.search.backend.analysis.configurer", ANALYSIS + "Analysis");
        properties.put("hibernate.search.backend.lucene_version", "9.11.1");
        // A save waits until the index shows it, not until it is on disk (committed each second).
        properties.put("hibernate.search.indexing.plan.synchronization.strategy", "read-sync");
      }
      case OPENSEARCH -> {
        String url =
            config
                .apply(URL)
                .map(String::trim)
                .filter(u -> !u.isEmpty())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            BACKEND
                                + "=opensearch needs "
                                + URL
                                + " (e.g. http://127.0.0.1:9200)"));
        for (String one : url.split(",")) {
          String u = one.trim();
          if (!u.startsWith("http://") && !u.startsWith("https://")) {
            throw new IllegalArgumentException(
                URL + " must list http:// or https:// addresses, not \"" + u + "\"");
          }
        }
        String version = config.apply(VERSION).map(String::trim).orElse(DEFAULT_VERSION);
        if (!version.matches("2\\.\\d+(\\.\\d+)?")) {
          throw new IllegalArgumentException(
              VERSION + " must be an OpenSearch 2.x version such as 2.19, not \"" + version + "\"");
        }
        properties.put("hibernate.search.backend.type", "elasticsearch");
        properties.put("hibernate.search.backend.uris", url);
        properties.put("hibernate.search.backend.version", "opensearch:" + version);
        // Given, not guessed: Hibernate Search still asks the cluster at start-up and refuses to
        // start against another major or minor version (HSEARCH400559).
        properties.put(
            "hibernate.search.backend.analysis.configurer", ANALYSIS + "OpenSearchAnalysis");
        properties.put("hibernate.search.coordination.strategy", "outbox-polling");
        // The index is created in OpenSearch when missing and its mapping checked otherwise; the
        // outbox tables come from Flyway (V31), as every table does.
        properties.put("hibernate.search.schema_management.strategy", "create-or-validate");
      }
    }
    return properties;
  }
}
