package org.factdesk.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.detect.RuleSet;

/**
 * The analysis engine the application uses: one immutable instance shared by all imports, built
 * from the newest rule set admins saved, or from the rules shipped with the engine before any was
 * saved. Every instance of a cluster looks for a newer rule set at most every few seconds.
 */
@ApplicationScoped
public class Analyzers {

  private static final Logger LOG = Logger.getLogger(Analyzers.class.getName());
  private static final long CHECK_EVERY_MILLIS = 5_000;

  @PersistenceContext private EntityManager em;

  /**
   * The engine, the number of the saved rule set it was built from (0: the shipped rules) and that
   * row's version, so that a row changed in place is seen too.
   */
  private record Loaded(int number, long rowVersion, Analyzer analyzer) {}

  private volatile Loaded loaded = new Loaded(0, -1, new Analyzer());
  private volatile long checkedAt;

  public Analyzer current() {
    long now = System.currentTimeMillis();
    if (now - checkedAt > CHECK_EVERY_MILLIS) {
      checkedAt = now;
      refresh();
    }
    return loaded.analyzer();
  }

  /** The saved rule set in force, 0 when the shipped rules are. */
  public int currentNumber() {
    current();
    return loaded.number();
  }

  /** Puts a rule set just saved in force on this instance at once. */
  public void use(int number, Analyzer analyzer) {
    loaded = new Loaded(number, 0, analyzer); // a row just stored is at version 0
    checkedAt = System.currentTimeMillis();
  }

  private void refresh() {
    List<Object[]> newest =
        em.createQuery(
                "select r.number, r.version from RuleSetVersion r order by r.number desc",
                Object[].class)
            .setMaxResults(1)
            .getResultList();
    if (newest.isEmpty()) {
      return;
    }
    int number = (Integer) newest.get(0)[0];
    long rowVersion = (Long) newest.get(0)[1];
    Loaded now = loaded;
    if (number == now.number() && rowVersion == now.rowVersion()) {
      return;
    }
    String text =
        em.createQuery(
                "select r.rulesText from RuleSetVersion r where r.number = :number", String.class)
            .setParameter("number", number)
            .getSingleResult();
    loaded = new Loaded(number, rowVersion, new Analyzer(new RuleSet(text)));
    LOG.info(() -> "Detection rules version " + number + " in force");
  }

  /** How often every instance looks for a rule set saved elsewhere. */
  public static long checkEveryMillis() {
    return CHECK_EVERY_MILLIS;
  }
}
