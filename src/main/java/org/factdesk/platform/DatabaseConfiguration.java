package org.factdesk.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one datasource of the application, pooled by Payara. Where it connects comes from
 * MicroProfile Config, read by {@link UrlDataSource}: defaults in {@code
 * META-INF/microprofile-config.properties}, overridden by system properties or by the environment
 * ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}).
 */
@DataSourceDefinition(
    name = DatabaseConfiguration.JNDI_NAME,
    className = "org.factdesk.platform.UrlDataSource",
    minPoolSize = 2,
    initialPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true",
      // Prepared statements kept per pooled connection: an import runs some 20 statements an
      // article, and H2 keeps only 8 parsed a connection (parsing was 7% of an import's time).
      // The type must be given, blank for the LRU cache: without it Payara looks for a cache
      // class named "null" (Payara issue 6647).
      "fish.payara.statement-cache-size=128",
      "fish.payara.statement-cache-type= "
    })
@ApplicationScoped
public class DatabaseConfiguration {

  public static final String JNDI_NAME = "java:app/jdbc/factdesk";
}
