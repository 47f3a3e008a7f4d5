package org.factdesk.article;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.factdesk.platform.DatabaseMigration;

/**
 * The counts PostgreSQL keeps in {@code statistic_count} (migrations V34 and V37, decisions 0029
 * and 0036): articles per state, per outlet, per day of import and READY per reviewer, flags per
 * type and decision, claims per rating, each maintained by a trigger in the transaction that
 * changes them, so they are exact and the same on every instance. On H2 (the demo and single-user
 * database, far from a million articles) nothing is kept and the callers count the tables
 * themselves.
 */
@Singleton
public class StatisticCounts {

  private static final Logger LOG = Logger.getLogger(StatisticCounts.class.getName());

  /** Articles per state, by {@link ArticleState} name. */
  public static final String ARTICLE_STATE = "article.state";

  /** Articles per outlet (articles without one left out). */
  public static final String ARTICLE_OUTLET = "article.outlet";

  /** Flags per "TYPE DECISION". */
  public static final String FLAG_TYPE_DECISION = "flag.type_decision";

  /**
   * READY articles per reviewer (the empty string for none), for the four-eyes rule's "ready for
   * you to approve" (V37).
   */
  public static final String ARTICLE_READY_REVIEWER = "article.ready_reviewer";

  /** Articles per day of import, UTC, by ISO date ("2026-12-06") (V37). */
  public static final String ARTICLE_DAY = "article.day";

  /** Claims per rating name, claims without a rating left out. */
  public static final String CLAIM_RATING = "claim.rating";

  @PersistenceContext private EntityManager em;

  @EJB private DatabaseMigration database;

  /** Whether the database keeps the counts (PostgreSQL). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean kept() {
    return database.databaseProduct().toLowerCase(Locale.ROOT).contains("postgres");
  }

  /** The counts of one name, by value; values counted down to zero are left out. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<String, Long> read(String name) {
    return read(name, "");
  }

  /**
   * The counts of one name for the values from {@code first} on (as strings compare: ISO dates in
   * order), by value. Reads the index of (name, value) from there: the days of the last month, not
   * every day since the first import.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<String, Long> read(String name, String first) {
    Map<String, Long> counts = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select value, sum(n) from statistic_count where name = ?1 and value >= ?2"
                    + " group by value")
            .setParameter(1, name)
            .setParameter(2, first)
            .getResultList();
    for (Object[] row : rows) {
      long n = ((Number) row[1]).longValue();
      if (n != 0) {
        counts.put((String) row[0], n);
      }
    }
    return counts;
  }

  /**
   * Folds the +1 and -1 rows written since the last time into one row per value, so that a read
   * sums a handful of rows. Every instance of a cluster may run it at once: each deletes only the
   * rows it sees committed (a row another fold deleted first is skipped) and writes back their sum,
   * in one statement.
   */
  @Schedule(hour = "*", minute = "*", second = "17", persistent = false)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fold() {
    if (!kept()) {
      return;
    }
    int rows =
        em.createNativeQuery(
                "with gone as (delete from statistic_count returning name, value, n)"
                    + " insert into statistic_count (name, value, n)"
                    + " select name, value, sum(n) from gone group by name, value"
                    + " having sum(n) <> 0")
            .executeUpdate();
    LOG.fine(() -> "Statistic counts folded into " + rows + " rows");
  }
}
