package org.factdesk.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

  /** The engine and the number of the saved rule set it was built from (0: the shipped rules). */
  private record Loaded(int number, Analyzer analyzer) {}

  private volatile Loaded loaded = new Loaded(0, new Analyzer());
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
    loaded = new Loaded(number, analyzer);
    checkedAt = System.currentTimeMillis();
  }

  private void refresh() {
    Integer newest =
        em.createQuery("select max(r.number) from RuleSetVersion r", Integer.class)
            .getSingleResult();
    if (newest == null || newest == loaded.number()) {
      return;
    }
    String text =
        em.createQuery(
                "select r.rulesText from RuleSetVersion r where r.number = :number", String.class)
            .setParameter("number", newest)
            .getSingleResult();
    loaded = new Loaded(newest, new Analyzer(new RuleSet(text)));
    LOG.info(() -> "Detection rules version " + newest + " in force");
  }
}
