package org.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.factdesk.platform.SqlRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The outlet's lock row on H2, taken by two transactions as two instances would. */
class ImportLocksTest {

  private static final String URL = "jdbc:h2:mem:import-locks;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=";

  /** Every SQL string the first connection prepared, in order. */
  private final SqlRecorder prepared = new SqlRecorder();

  private final ExecutorService executor =
      Executors.newCachedThreadPool(
          work -> {
            Thread thread = new Thread(work);
            thread.setDaemon(true);
            return thread;
          });
  private Connection ours;
  private Connection other;

  @BeforeEach
  void twoSessions() throws SQLException {
    ours = prepared.preparing(session(10_000));
    other = session(10_000);
    try (Statement create = other.createStatement()) {
      create.execute("create table outlet_lock (outlet varchar(255) not null primary key)");
    }
    other.commit();
  }

  @AfterEach
  void close() throws SQLException {
    executor.shutdownNow();
    ours.rollback();
    other.rollback();
    try (Statement drop = other.createStatement()) {
      drop.execute("drop table outlet_lock");
    }
    ours.close();
    other.close();
  }

  @Test
  void theOutletsFirstImportInsertsItsRowAndLaterOnesLockItWithoutTryingToInsertAgain()
      throws Exception {
    ImportLocks.lockOutlet(ours, "example.org");
    ours.commit();
    ImportLocks.lockOutlet(ours, "example.org");

    // An insert of a key that is there fails: on H2 an exception for every article but the first.
    assertEquals(1, prepared.sql().stream().filter(sql -> sql.startsWith("insert")).count());
    assertEquals(1, rows());
    assertHeldUntilOurCommit("example.org");
  }

  @Test
  void anImportWaitsForTheOtherInstancesFirstImportOfTheOutletAndThenHoldsItsRow()
      throws Exception {
    try (Statement insert = other.createStatement()) {
      insert.executeUpdate("insert into outlet_lock (outlet) values ('example.org')");
    }
    Future<?> waiting = ourLockWaiting("waits while the other instance's insert is not committed");
    other.commit();
    waiting.get(10, TimeUnit.SECONDS);

    assertEquals(1, rows());
    assertHeldUntilOurCommit("example.org");
  }

  @Test
  void anImportWaitsWhileTheOtherInstanceHoldsTheRowAndTakesItOverAfterARollback()
      throws Exception {
    try (Statement insert = other.createStatement()) {
      insert.executeUpdate("insert into outlet_lock (outlet) values ('example.org')");
    }
    other.commit();
    try (Statement lock = other.createStatement()) {
      lock.executeQuery("select outlet from outlet_lock where outlet = 'example.org' for update")
          .close();
    }
    Future<?> waiting = ourLockWaiting("waits while the other instance holds the outlet");
    other.rollback();
    waiting.get(10, TimeUnit.SECONDS);
    assertHeldUntilOurCommit("example.org");
  }

  /** Our session locking example.org's row on another thread, still waiting after half a second. */
  private Future<?> ourLockWaiting(String why) throws InterruptedException {
    Future<?> waiting =
        executor.submit(
            () -> {
              ImportLocks.lockOutlet(ours, "example.org");
              return null;
            });
    Thread.sleep(500);
    assertFalse(waiting.isDone(), why);
    return waiting;
  }

  /** A third session that locks the outlet's row waits until our transaction commits. */
  private void assertHeldUntilOurCommit(String outlet) throws Exception {
    Future<?> third =
        executor.submit(
            () -> {
              try (Connection session = session(10_000);
                  Statement lock = session.createStatement()) {
                lock.executeQuery(
                        "select outlet from outlet_lock where outlet = '" + outlet + "' for update")
                    .close();
              }
              return null;
            });
    Thread.sleep(500);
    assertFalse(third.isDone(), "our transaction holds the outlet's row");
    ours.commit();
    third.get(10, TimeUnit.SECONDS);
  }

  private long rows() throws SQLException {
    try (Connection third = session(200);
        Statement count = third.createStatement();
        ResultSet row = count.executeQuery("select count(*) from outlet_lock")) {
      row.next();
      return row.getLong(1);
    }
  }

  private static Connection session(int lockTimeoutMillis) throws SQLException {
    Connection connection = DriverManager.getConnection(URL + lockTimeoutMillis, "sa", "");
    connection.setAutoCommit(false);
    return connection;
  }
}
