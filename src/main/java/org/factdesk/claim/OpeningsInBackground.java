package org.factdesk.claim;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.analysis.embed.SentenceEmbedder;
import org.factdesk.article.Article;
import org.factdesk.article.RunningBatches;

/**
 * Embeds the openings of newly imported articles in the background (decision 0038), so that
 * articles telling one story are offered as such ({@link SameStoryOffers}) before anyone confirms
 * their claims. Never on the import path: an opening costs about 20 ms of CPU (session 15; decision
 * 0038 said 5). Every two seconds, the newest {@link #PER_ROUND} articles of the last {@link
 * #RECENT} without an opening; for older articles the opening is made when asked and not kept. One
 * instance at a time (the {@code article-openings} row lock).
 *
 * <p>A round looks only at articles created since the last round that found nothing to do, less
 * {@link #IN_FLIGHT}: once every recent article has its opening, asking for the newest ones without
 * one reads every article of the last 30 days, every two seconds, for ever (on PostgreSQL with
 * 1,000,000 articles, 40,000 of them recent: 14 ms to walk 1,200 of them); past the mark a
 * caught-up round reads nothing (0.03 ms).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class OpeningsInBackground {

  private static final Logger LOG = Logger.getLogger(OpeningsInBackground.class.getName());

  /**
   * Openings made per round (every 2 s): at most ten articles a second, a fifth of a core, in short
   * transactions (an opening's row holds a key-share lock on its article until commit).
   */
  static final int PER_ROUND = 20;

  /**
   * Openings made per round while this instance reads or runs an import batch: at most two and a
   * half a second. An opening costs ~20 ms of CPU (session 15's measure), so full rounds took a
   * fifth of a core from the import workers during a bulk import, whose articles outrun the rounds
   * anyway; the backlog is embedded at the full rate once the batch ends (docs/decisions/0064).
   */
  static final int PER_ROUND_WHILE_IMPORTING = 5;

  /** Only articles imported this recently: stories are retold within days. */
  static final Duration RECENT = Duration.ofDays(30);

  /**
   * Longer than any import's transaction: an article stamped this long before a round began but
   * committed after it is still looked at by the next rounds.
   */
  static final Duration IN_FLIGHT = Duration.ofMinutes(10);

  /**
   * The newest articles since ?1 without an opening of model ?2, newest first. In the order of the
   * (created_at, id) index, so that the database walks it from the newest end and stops at the
   * {@link #PER_ROUND}th article without an opening. Ordered by id alone, H2 read every article
   * since ?1 and sorted them: while imports outpace the rounds no round finds nothing to do, so ?1
   * stays where the import began and each round read the whole import, every two seconds (at 22,000
   * articles 22,008 rows a round, 220 in this order). Why: docs/decisions/0062.
   */
  static final String NEWEST_WITHOUT_OPENING =
      "select a.id from article a where a.created_at > ?1 and not exists"
          + " (select 1 from article_opening o where o.article_id = a.id and o.model = ?2)"
          + " order by a.created_at desc, a.id desc";

  @PersistenceContext private EntityManager em;

  @Inject private RunningBatches batches;

  /** Every article created before this, and visible to an earlier round, has its opening. */
  private OffsetDateTime doneBefore;

  @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
  void embedNewOpenings() {
    OffsetDateTime roundStart = OffsetDateTime.now(ZoneOffset.UTC);
    try {
      em.createNativeQuery("select name from app_lock where name = 'article-openings' for update")
          .getResultList();
      List<?> ids =
          em.createNativeQuery(NEWEST_WITHOUT_OPENING)
              .setParameter(1, searchedFrom(roundStart, doneBefore))
              .setParameter(2, SentenceEmbedder.MODEL)
              .setMaxResults(perRound(batches.any()))
              .getResultList();
      // read every opening first, then forget the articles: each insert below is a native query,
      // which would otherwise make Hibernate check every loaded article and block for changes
      Map<Long, String> openings = new LinkedHashMap<>();
      for (Object id : ids) {
        Article article = em.find(Article.class, ((Number) id).longValue());
        if (article != null) {
          openings.put(article.getId(), Openings.text(article));
        }
      }
      em.clear();
      openings.forEach((id, text) -> Openings.store(em, id, text));
      if (ids.isEmpty()) {
        // nothing written, so nothing a failed commit could take back
        doneBefore = roundStart.minus(IN_FLIGHT);
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Openings of new articles: not embedded this round (will try again)", e);
    }
  }

  /** How many openings a round makes, fewer while an import batch runs here. */
  static int perRound(boolean importing) {
    return importing ? PER_ROUND_WHILE_IMPORTING : PER_ROUND;
  }

  /** Where a round beginning at {@code roundStart} looks from: the later of the two bounds. */
  static OffsetDateTime searchedFrom(OffsetDateTime roundStart, OffsetDateTime doneBefore) {
    OffsetDateTime recent = roundStart.minus(RECENT);
    return doneBefore == null || doneBefore.isBefore(recent) ? recent : doneBefore;
  }
}
