package org.factdesk.article;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.factdesk.platform.DatabaseLocks;
import org.hibernate.Session;

/**
 * What keeps imports on different instances from stepping on each other, held in the database until
 * the import's transaction ends (docs/decisions/0025): the key of its text, taken once by the first
 * article with that text, and the lock row of its outlet. {@link ImportsInFlight} orders the
 * imports of one instance before they get here, so these rows are only ever waited for across
 * instances.
 */
final class ImportLocks {

  private static final String KEY_HOLDER =
      "select article_id from article_text_key where content_hash = ?";
  private static final String KEY_ARTICLE =
      "update article_text_key set article_id = ? where content_hash = ?";
  private static final String LOCK_OUTLET =
      "select outlet from outlet_lock where outlet = ? for update";

  private ImportLocks() {}

  /**
   * Takes the key of the text and locks the outlet (in that order, always), waiting for an import
   * of either on another instance to end. Empty when this import took the text; else the id of the
   * article that holds it (0: an earlier import in this same transaction), of which this import is
   * the duplicate.
   */
  static OptionalLong take(EntityManager em, String contentHash, String outlet, String origin) {
    String outletKey = ImportsInFlight.outletKey(outlet);
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try {
                return DatabaseLocks.waitingUpTo(
                    connection,
                    ImportsInFlight.MAX_WAIT_MILLIS,
                    () -> {
                      if (!DatabaseLocks.insertUnlessTaken(
                          connection, "article_text_key", "content_hash", contentHash)) {
                        return OptionalLong.of(holder(connection, contentHash));
                      }
                      if (outletKey == null) {
                        return OptionalLong.empty();
                      }
                      lockOutlet(connection, outletKey);
                      return OptionalLong.empty();
                    });
              } catch (SQLException e) {
                if (DatabaseLocks.isLockTimeout(e)) {
                  throw new ImportException(
                      origin
                          + ": waited more than "
                          + TimeUnit.MILLISECONDS.toMinutes(ImportsInFlight.MAX_WAIT_MILLIS)
                          + " minutes for another instance's import of the same text or outlet;"
                          + " import it again",
                      e);
                }
                throw e;
              }
            });
  }

  /**
   * Locks the outlet's row until the transaction ends, inserting it at the outlet's first import;
   * waits for another transaction that holds it or has just inserted it.
   */
  static void lockOutlet(Connection connection, String outletKey) throws SQLException {
    // The row is there for every import of an outlet but its first: locked with no insert first,
    // which would meet its key, on H2 an exception with its stack and a statement rolled back
    // (docs/decisions/0067). Absent, or inserted by a transaction that has not ended: insert it,
    // which waits for that transaction; if its commit took the key, lock the row it committed.
    if (!lockExisting(connection, outletKey)
        && !DatabaseLocks.insertUnlessTaken(connection, "outlet_lock", "outlet", outletKey)
        && !lockExisting(connection, outletKey)) {
      throw new IllegalStateException("the lock row of outlet " + outletKey + " vanished");
    }
  }

  /** Locks the outlet's row if one is committed, waiting while another transaction holds it. */
  private static boolean lockExisting(Connection connection, String outletKey) throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(LOCK_OUTLET)) {
      lock.setString(1, outletKey);
      try (ResultSet row = lock.executeQuery()) {
        return row.next();
      }
    }
  }

  private static long holder(Connection connection, String contentHash) throws SQLException {
    try (PreparedStatement key = connection.prepareStatement(KEY_HOLDER)) {
      key.setString(1, contentHash);
      try (ResultSet row = key.executeQuery()) {
        if (row.next() && row.getObject(1) != null) {
          return row.getLong(1);
        }
      }
    }
    // Only in the transaction that took it, before its article is stored: the same text twice in
    // one transaction (the demo articles at start-up), where the earlier article is flushed.
    return 0;
  }

  /** The text's key names the article that took it. */
  static void keyed(EntityManager em, String contentHash, long articleId) {
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement key = connection.prepareStatement(KEY_ARTICLE)) {
                key.setLong(1, articleId);
                key.setString(2, contentHash);
                if (key.executeUpdate() != 1) {
                  throw new IllegalStateException("no key taken for text " + contentHash);
                }
              }
            });
  }
}
