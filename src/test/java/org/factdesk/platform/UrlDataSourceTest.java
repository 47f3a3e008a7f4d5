package org.factdesk.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class UrlDataSourceTest {

  @Test
  void connectsToH2ByUrl() throws SQLException {
    UrlDataSource cut = new UrlDataSource();
    cut.setURL("jdbc:h2:mem:urlds");
    cut.setUser("sa");
    cut.setPassword("");
    try (Connection connection = cut.getConnection()) {
      assertEquals("H2", connection.getMetaData().getDatabaseProductName());
    }
  }

  @Test
  void h2SessionsWaitTwoMinutesForALockedRowUnlessTheUrlSaysOtherwise() throws SQLException {
    UrlDataSource cut = new UrlDataSource();
    cut.setURL("jdbc:h2:mem:urlds-wait");
    try (Connection connection = cut.getConnection("sa", "")) {
      assertEquals(DatabaseLocks.H2_LOCK_TIMEOUT_MILLIS, lockTimeout(connection));
    }
    cut.setURL("jdbc:h2:mem:urlds-own;lock_timeout=500");
    try (Connection connection = cut.getConnection("sa", "")) {
      assertEquals(500, lockTimeout(connection));
    }
  }

  static long lockTimeout(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("call lock_timeout()")) {
      row.next();
      return row.getLong(1);
    }
  }

  @Test
  void picksThePostgresDriverForPostgresUrls() throws SQLException {
    assertEquals(
        org.postgresql.Driver.class,
        UrlDataSource.driverFor("jdbc:postgresql://localhost/x").getClass());
  }

  @Test
  void refusesOtherDatabasesWithAMessageNamingTheUrl() {
    SQLException e =
        assertThrows(SQLException.class, () -> UrlDataSource.driverFor("jdbc:mysql://db/x"));
    assertEquals(
        "Unsupported database URL jdbc:mysql://db/x: Factdesk runs on jdbc:h2: or jdbc:postgresql:",
        e.getMessage());
  }

  @Test
  void aMissingUrlIsNamed() {
    SQLException e = assertThrows(SQLException.class, () -> UrlDataSource.driverFor(" "));
    assertEquals("db.url is not set: give a jdbc:h2: or jdbc:postgresql: URL", e.getMessage());
  }

  @Test
  void migrationFoldersFollowTheDatabase() {
    assertArrayEquals(
        new String[] {"classpath:db/migration/common", "classpath:db/migration/postgresql"},
        DatabaseMigration.locationsFor("PostgreSQL"));
    assertArrayEquals(
        new String[] {"classpath:db/migration/common", "classpath:db/migration/h2"},
        DatabaseMigration.locationsFor("H2"));
  }
}
