package org.factdesk.article;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.FlagType;

/** Counts over all articles, for the dashboard. Every signed-in role may read them. */
@Stateless
public class ArticleStatistics {

  @PersistenceContext private EntityManager em;

  @jakarta.ejb.EJB private StatisticCounts kept;

  /** A line of the "recently imported" list. */
  public record Recent(long id, String title, String outlet, ArticleState state)
      implements Serializable {}

  /** The most recently imported articles, newest first: one small page, not the table. */
  public List<Recent> recent(int limit) {
    return em.createQuery(
            "select new org.factdesk.article.ArticleStatistics$Recent(a.id, a.title, a.outlet, a.state)"
                + " from Article a order by a.createdAt desc, a.id desc",
            Recent.class)
        .setMaxResults(limit)
        .getResultList();
  }

  /** A count on one day (UTC). */
  public record Day(LocalDate day, long count) {}

  /**
   * Articles imported per day since a day, oldest first; days without imports are left out. On
   * PostgreSQL from the counts per day the database keeps.
   */
  public List<Day> importsPerDay(LocalDate since) {
    if (kept.kept()) {
      return kept.read(StatisticCounts.ARTICLE_DAY, since.toString()).entrySet().stream()
          .map(e -> new Day(LocalDate.parse(e.getKey()), e.getValue()))
          .sorted(java.util.Comparator.comparing(Day::day))
          .toList();
    }
    return perDay(
        "select cast(a.createdAt as LocalDate), count(a) from Article a"
            + " where a.createdAt >= :since group by cast(a.createdAt as LocalDate)",
        since);
  }

  /** Approvals per day since a day, oldest first (an article approved twice counts twice). */
  public List<Day> approvalsPerDay(LocalDate since) {
    return perDay(
        "select cast(t.createdAt as LocalDate), count(t) from ArticleTransition t"
            + " where t.toState = org.factdesk.article.ArticleState.APPROVED"
            + " and t.createdAt >= :since group by cast(t.createdAt as LocalDate)",
        since);
  }

  private List<Day> perDay(String query, LocalDate since) {
    return em
        .createQuery(query, Object[].class)
        .setParameter("since", since.atStartOfDay(ZoneOffset.UTC).toInstant())
        .getResultList()
        .stream()
        .map(r -> new Day((LocalDate) r[0], (Long) r[1]))
        .sorted(java.util.Comparator.comparing(Day::day))
        .toList();
  }

  /** Flags per type and decision (on PostgreSQL from the kept counts). */
  public Map<FlagType, Map<FlagDecision, Long>> flagsByType() {
    Map<FlagType, Map<FlagDecision, Long>> counts = new EnumMap<>(FlagType.class);
    if (kept.kept()) {
      kept.read(StatisticCounts.FLAG_TYPE_DECISION)
          .forEach(
              (value, n) -> {
                String[] typeAndDecision = value.split(" ");
                counts
                    .computeIfAbsent(
                        FlagType.valueOf(typeAndDecision[0]),
                        t -> new EnumMap<>(FlagDecision.class))
                    .put(FlagDecision.valueOf(typeAndDecision[1]), n);
              });
      return counts;
    }
    for (Object[] r :
        em.createQuery(
                "select f.type, f.decision, count(f) from Flag f group by f.type, f.decision",
                Object[].class)
            .getResultList()) {
      counts
          .computeIfAbsent((FlagType) r[0], t -> new EnumMap<>(FlagDecision.class))
          .put((FlagDecision) r[1], (Long) r[2]);
    }
    return counts;
  }

  /**
   * Ready articles this person may approve: all of them, or under the four-eyes rule those whose
   * review someone else finished. On PostgreSQL from the kept counts: the READY articles less those
   * this person reviewed.
   */
  public long readyToApproveBy(String editor, boolean fourEyes) {
    if (kept.kept()) {
      long ready =
          kept.read(StatisticCounts.ARTICLE_STATE).getOrDefault(ArticleState.READY.name(), 0L);
      return fourEyes
          ? ready - kept.read(StatisticCounts.ARTICLE_READY_REVIEWER).getOrDefault(editor, 0L)
          : ready;
    }
    String ready =
        "select count(a) from Article a where a.state = org.factdesk.article.ArticleState.READY";
    if (!fourEyes) {
      return em.createQuery(ready, Long.class).getSingleResult();
    }
    return em.createQuery(
            ready + " and (a.reviewedBy is null or a.reviewedBy <> :editor)", Long.class)
        .setParameter("editor", editor)
        .getSingleResult();
  }

  /**
   * Articles per state, with every state present (zero when none): on PostgreSQL from the counts
   * the database keeps ({@link StatisticCounts}), else counted.
   */
  public Map<ArticleState, Long> countByState() {
    Map<ArticleState, Long> counts = new EnumMap<>(ArticleState.class);
    for (ArticleState state : ArticleState.values()) {
      counts.put(state, 0L);
    }
    if (kept.kept()) {
      kept.read(StatisticCounts.ARTICLE_STATE)
          .forEach((state, n) -> counts.put(ArticleState.valueOf(state), n));
      return counts;
    }
    for (Object[] row :
        em.createNamedQuery(Article.COUNT_BY_STATE, Object[].class).getResultList()) {
      counts.put((ArticleState) row[0], (Long) row[1]);
    }
    return counts;
  }
}
