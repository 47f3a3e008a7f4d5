package org.factdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatabaseLocksTest {

  /** Every SQL string given to a statement of the connection, in order. */
  private final SqlRecorder recorder = new SqlRecorder();

  @Test
  void aWaitAsLongAsTheH2SessionsOwnSetsNothing() throws SQLException {
    try (Connection connection = recorder.executing(h2("locks-same"))) {
      long during =
          DatabaseLocks.waitingUpTo(
              connection,
              DatabaseLocks.H2_LOCK_TIMEOUT_MILLIS,
              () -> UrlDataSourceTest.lockTimeout(connection));

      assertEquals(DatabaseLocks.H2_LOCK_TIMEOUT_MILLIS, during);
      // Any SET makes H2 parse every prepared statement of every session again.
      assertEquals(
          List.of(), recorder.sql().stream().filter(sql -> sql.startsWith("set")).toList());
    }
  }

  @Test
  void anotherWaitIsSetForTheWorkAndPutBackAfterIt() throws SQLException {
    try (Connection connection = recorder.executing(h2("locks-other"))) {
      long during =
          DatabaseLocks.waitingUpTo(
              connection, 5_000, () -> UrlDataSourceTest.lockTimeout(connection));

      assertEquals(5_000, during);
      assertEquals(DatabaseLocks.H2_LOCK_TIMEOUT_MILLIS, UrlDataSourceTest.lockTimeout(connection));
      assertEquals(
          List.of("set lock_timeout 5000", "set lock_timeout 120000"),
          recorder.sql().stream().filter(sql -> sql.startsWith("set")).toList());
    }
  }

  private static Connection h2(String name) throws SQLException {
    UrlDataSource source = new UrlDataSource();
    source.setURL("jdbc:h2:mem:" + name);
    return source.getConnection("sa", "");
  }
}
