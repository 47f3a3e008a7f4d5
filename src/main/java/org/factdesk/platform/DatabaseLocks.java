package org.factdesk.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The few things H2 and PostgreSQL do differently when instances coordinate through row locks
 * (docs/decisions/0025): how long a statement waits for a row another transaction holds, and
 * telling a unique key taken by someone else from other failures.
 */
public final class DatabaseLocks {

  /** SQL state of a unique key violation, the same in H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  /**
   * How long an H2 session waits for a row another transaction holds, set when the connection is
   * made ({@link UrlDataSource}): the longest wait any caller of {@link #waitingUpTo} asks for, so
   * that they need no {@code SET}. H2 parses every prepared statement of every session again after
   * any {@code SET}; the two around each of an import's two lock waits cost 6% of its CPU
   * (docs/decisions/0044). PostgreSQL waits without limit unless told, H2 two minutes.
   */
  public static final long H2_LOCK_TIMEOUT_MILLIS = 120_000;

  private DatabaseLocks() {}

  /** One or more statements that may wait for a lock. */
  @FunctionalInterface
  public interface Locking<T> {
    T run() throws SQLException;
  }

  /**
   * Runs {@code work} on the transaction's connection letting its statements wait up to {@code
   * millis} for rows other transactions hold (H2 sessions wait {@link #H2_LOCK_TIMEOUT_MILLIS}
   * unless their URL says otherwise, PostgreSQL forever), then puts the connection's own limit
   * back. Past the limit the statement fails and {@link #isLockTimeout} tells so. On H2 nothing is
   * set when the session already waits {@code millis}.
   */
  public static <T> T waitingUpTo(Connection connection, long millis, Locking<T> work)
      throws SQLException {
    boolean h2 = isH2(connection);
    Integer before = h2 ? h2LockTimeout(connection) : null;
    if (h2 && before == millis) {
      return work.run();
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(h2 ? "set lock_timeout " + millis : "set local lock_timeout = " + millis);
    }
    boolean done = false;
    try {
      T result = work.run();
      done = true;
      return result;
    } finally {
      // After a failure PostgreSQL accepts no statement until the rollback, which ends SET LOCAL.
      if (h2 || done) {
        try (Statement statement = connection.createStatement()) {
          statement.execute(
              h2 ? "set lock_timeout " + before : "set local lock_timeout to default");
        }
      }
    }
  }

  private static int h2LockTimeout(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("call lock_timeout()")) {
      row.next();
      return row.getInt(1);
    }
  }

  /**
   * Inserts a row of one key column unless the key is taken; false when it is. If another
   * transaction has just inserted the same key and not ended, this waits for it: its commit makes
   * this false, its rollback lets this insert. PostgreSQL says so with {@code on conflict do
   * nothing} (an error there would end the transaction); H2 rolls back only the failed statement.
   */
  public static boolean insertUnlessTaken(
      Connection connection, String table, String column, String key) throws SQLException {
    boolean h2 = isH2(connection);
    String sql =
        "insert into "
            + table
            + " ("
            + column
            + ") values (?)"
            + (h2 ? "" : " on conflict do nothing");
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      insert.setString(1, key);
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      if (h2 && UNIQUE_VIOLATION.equals(e.getSQLState())) {
        return false;
      }
      throw e;
    }
  }

  /** True when a statement gave up waiting for a lock. */
  public static boolean isLockTimeout(SQLException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && ("55P03".equals(sql.getSQLState()) // PostgreSQL lock_not_available
              || sql.getErrorCode() == 50200 // H2 LOCK_TIMEOUT_1
              || "HYT00".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isH2(Connection connection) throws SQLException {
    return connection
        .getMetaData()
        .getDatabaseProductName()
        .toLowerCase(Locale.ROOT)
        .contains("h2");
  }
}
