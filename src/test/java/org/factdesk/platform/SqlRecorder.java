package org.factdesk.platform;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JDBC connections that note the SQL a piece of code sends, in lower case and in order, before it
 * runs (a statement that fails is noted too): tests see which statements a lock or an import takes,
 * not only what it leaves in the database.
 */
public final class SqlRecorder {
  private final List<String> sql = new ArrayList<>();

  /** What was noted so far. */
  public List<String> sql() {
    return sql;
  }

  /** {@code real}, noting the SQL of every statement it prepares. */
  public Connection preparing(Connection real) {
    return proxy(
        Connection.class,
        (proxy, method, args) -> {
          if (method.getName().equals("prepareStatement")) {
            note(args[0]);
          }
          return invoke(real, method, args);
        });
  }

  /** {@code real}, noting the SQL its plain statements ({@code createStatement}) are given. */
  public Connection executing(Connection real) {
    return proxy(
        Connection.class,
        (proxy, method, args) -> {
          Object result = invoke(real, method, args);
          return method.getName().equals("createStatement")
              ? executing((Statement) result)
              : result;
        });
  }

  private Statement executing(Statement real) {
    return proxy(
        Statement.class,
        (proxy, method, args) -> {
          if (args != null && args.length > 0) {
            note(args[0]);
          }
          return invoke(real, method, args);
        });
  }

  private void note(Object argument) {
    if (argument instanceof String text) {
      sql.add(text.toLowerCase(Locale.ROOT));
    }
  }

  private static <T> T proxy(Class<T> type, InvocationHandler handler) {
    return type.cast(
        Proxy.newProxyInstance(SqlRecorder.class.getClassLoader(), new Class<?>[] {type}, handler));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
