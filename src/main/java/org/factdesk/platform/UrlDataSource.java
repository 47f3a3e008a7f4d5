package org.factdesk.platform;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A {@link DataSource} that picks the JDBC driver from the URL, so that the one setting {@code
 * db.url} switches Factdesk between H2 and PostgreSQL. Payara pools the connections it hands out.
 *
 * <p>URL, user and password not set explicitly are read from MicroProfile Config ({@code db.url},
 * {@code db.user}, {@code db.password}) when the first connection is made. Why not {@code
 * ${MPCONFIG=db.url}} in {@code @DataSourceDefinition}: Payara resolves those before the
 * application's own {@code microprofile-config.properties} is visible, so its defaults would be
 * lost. Why not the drivers' own DataSource classes: {@code className} cannot come from
 * configuration, and the drivers' classes differ.
 *
 * <p>H2 sessions wait {@link DatabaseLocks#H2_LOCK_TIMEOUT_MILLIS} for a locked row unless the URL
 * says otherwise: set once when the connection is made, because every {@code SET} in H2 makes every
 * prepared statement of every session parse again (docs/decisions/0044).
 */
public class UrlDataSource implements DataSource {

  private String url;
  private String user;
  private String password;
  private int loginTimeout;

  public String getURL() {
    return url;
  }

  public void setURL(String url) {
    this.url = url;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  @Override
  public Connection getConnection() throws SQLException {
    return getConnection(user, password);
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    String jdbcUrl = url != null ? url : configured("db.url");
    if (jdbcUrl == null || jdbcUrl.isBlank()) {
      jdbcUrl = DemoMode.defaultDatabaseUrl(DemoMode.isOn());
    }
    if (username == null) {
      username = configured("db.user");
    }
    if (pass == null) {
      pass = configured("db.password");
    }
    Properties properties = new Properties();
    if (username != null) {
      properties.setProperty("user", username);
    }
    if (pass != null) {
      properties.setProperty("password", pass);
    }
    if (jdbcUrl.startsWith("jdbc:h2:")
        && !jdbcUrl.toUpperCase(Locale.ROOT).contains("LOCK_TIMEOUT")) {
      properties.setProperty("LOCK_TIMEOUT", String.valueOf(DatabaseLocks.H2_LOCK_TIMEOUT_MILLIS));
    }
    Connection connection = driverFor(jdbcUrl).connect(jdbcUrl, properties);
    if (connection == null) {
      throw new SQLException("No JDBC driver accepts the URL " + jdbcUrl);
    }
    return connection;
  }

  private static String configured(String key) {
    return ConfigProvider.getConfig(UrlDataSource.class.getClassLoader())
        .getOptionalValue(key, String.class)
        .orElse(null);
  }

  static Driver driverFor(String url) throws SQLException {
    if (url == null || url.isBlank()) {
      throw new SQLException("db.url is not set: give a jdbc:h2: or jdbc:postgresql: URL");
    }
    if (url.startsWith("jdbc:h2:")) {
      return new org.h2.Driver();
    }
    if (url.startsWith("jdbc:postgresql:")) {
      return new org.postgresql.Driver();
    }
    throw new SQLException(
        "Unsupported database URL " + url + ": Factdesk runs on jdbc:h2: or jdbc:postgresql:");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // Drivers log through java.util.logging; nothing to keep.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no parent logger");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("Not a wrapper for " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }
}
