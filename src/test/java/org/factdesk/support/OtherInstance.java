package org.factdesk.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * A second Factdesk instance as the database sees it, inside one test server: a connection of its
 * own with a transaction of its own, which writes and locks what that instance's code would. The
 * server's coordination in one JVM knows nothing of it, so only the database can make the two agree
 * (docs/decisions/0025).
 */
public final class OtherInstance implements AutoCloseable {

  private final Connection connection;

  public OtherInstance(DataSource dataSource) throws SQLException {
    connection = dataSource.getConnection();
    connection.setAutoCommit(false);
  }

  public Connection connection() {
    return connection;
  }

  /** An id no sequence of the test server gives out. */
  public static long freeId() {
    return 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
  }

  /** Runs one statement with the given parameters; returns the rows it changed. */
  public int update(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  /** Runs a query that locks rows ({@code … for update}); returns how many it locked. */
  public int lock(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      int rows = 0;
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          rows++;
        }
      }
      return rows;
    }
  }

  /**
   * Stores an article with the given text key the way the other instance's import does: takes the
   * key, stores the article (a copy of an existing row, for its many columns), names it in the key.
   * Uncommitted until {@link #commit}.
   */
  public long importsArticleLike(long templateId, String contentHash) throws SQLException {
    update("insert into article_text_key (content_hash, article_id) values (?, null)", contentHash);
    long id = freeId();
    List<String> columns = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    try (PreparedStatement read =
        connection.prepareStatement("select * from article where id = ?")) {
      read.setLong(1, templateId);
      try (ResultSet row = read.executeQuery()) {
        if (!row.next()) {
          throw new IllegalArgumentException("no article " + templateId);
        }
        ResultSetMetaData meta = row.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          String column = meta.getColumnName(i).toLowerCase(Locale.ROOT);
          columns.add(column);
          values.add(
              switch (column) {
                case "id" -> id;
                case "content_hash" -> contentHash;
                default -> row.getObject(i);
              });
        }
      }
    }
    String sql =
        "insert into article ("
            + String.join(", ", columns)
            + ") values ("
            + String.join(", ", columns.stream().map(c -> "?").toList())
            + ")";
    update(sql, values.toArray());
    update("update article_text_key set article_id = ? where content_hash = ?", id, contentHash);
    return id;
  }

  public void commit() throws SQLException {
    connection.commit();
  }

  public void rollback() throws SQLException {
    connection.rollback();
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.rollback();
    } finally {
      connection.close();
    }
  }
}
