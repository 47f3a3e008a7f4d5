package org.factdesk.cluster;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * A fresh schema of the test PostgreSQL for one run, dropped at the end. A schema, not a database:
 * the test role of {@code .ci/run} (and of a developer's machine) may not create databases, but it
 * owns its database and so may create schemas in it. The instances see only this schema: their JDBC
 * URL carries {@code currentSchema}, which Flyway and Hibernate take as their default.
 */
final class TestDatabase implements AutoCloseable {

  final String url;
  final String user;
  final String password;
  final String schema;

  private TestDatabase(String url, String user, String password, String schema) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.schema = schema;
  }

  /** From {@code FACTDESK_TEST_PG_URL}, {@code _USER}, {@code _PASSWORD} (as the PG ITs use). */
  static TestDatabase create() throws SQLException {
    String base = env("FACTDESK_TEST_PG_URL");
    String user = env("FACTDESK_TEST_PG_USER");
    String password = env("FACTDESK_TEST_PG_PASSWORD");
    byte[] random = new byte[4];
    new SecureRandom().nextBytes(random);
    String schema = "cluster_it_" + HexFormat.of().formatHex(random);
    try (Connection c = DriverManager.getConnection(base, user, password);
        Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    }
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase(url, user, password, schema);
  }

  private static String env(String name) {
    String value = System.getenv(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          name + " is not set: the cluster test needs a PostgreSQL (see README, Tests)");
    }
    return value;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** The single number a query answers. */
  long number(String sql) throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = connect();
        Statement s = c.createStatement()) {
      s.execute("drop schema if exists " + schema + " cascade");
    }
  }
}
