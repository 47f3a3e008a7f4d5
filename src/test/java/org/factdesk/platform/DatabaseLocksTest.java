package org.factdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatabaseLocksTest {

  /** Every SQL string given to a statement of the connection, in order. */
  private final List<String> executed = new ArrayList<>();

  @Test
  void aWaitAsLongAsTheH2SessionsOwnSetsNothing() throws SQLException {
    try (Connection connection = recorded(h2("locks-same"))) {
      long during =
          DatabaseLocks.waitingUpTo(
              connection,
              DatabaseLocks.H2_LOCK_TIMEOUT_MILLIS,
              () -> UrlDataSourceTest.lockTimeout(connection));

      assertEquals(DatabaseLocks.H2_LOCK_TIMEOUT_MILLIS, during);
      // Any SET makes H2 parse every prepared statement of every session again.
      assertEquals(List.of(), executed.stream().filter(sql -> sql.startsWith("set")).toList());
    }
  }

  @Test
  void anotherWaitIsSetForTheWorkAndPutBackAfterIt() throws SQLException {
    try (Connection connection = recorded(h2("locks-other"))) {
      long during =
          DatabaseLocks.waitingUpTo(
              connection, 5_000, () -> UrlDataSourceTest.lockTimeout(connection));

      assertEquals(5_000, during);
      assertEquals(DatabaseLocks.H2_LOCK_TIMEOUT_MILLIS, UrlDataSourceTest.lockTimeout(connection));
      assertEquals(
          List.of("set lock_timeout 5000", "set lock_timeout 120000"),
          executed.stream().filter(sql -> sql.startsWith("set")).toList());
    }
  }

  private static Connection h2(String name) throws SQLException {
    UrlDataSource source = new UrlDataSource();
    source.setURL("jdbc:h2:mem:" + name);
    return source.getConnection("sa", "");
  }

  /** The real connection, noting the SQL of the plain statements it creates. */
  private Connection recorded(Connection real) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              Object result = invoke(real, method, args);
              if (method.getName().equals("createStatement")) {
                Statement statement = (Statement) result;
                return recorded(statement);
              }
              return result;
            });
  }

  private Statement recorded(Statement real) {
    return (Statement)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Statement.class},
            (proxy, method, args) -> {
              if (args != null && args.length > 0 && args[0] instanceof String sql) {
                executed.add(sql.toLowerCase(Locale.ROOT));
              }
              return invoke(real, method, args);
            });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
