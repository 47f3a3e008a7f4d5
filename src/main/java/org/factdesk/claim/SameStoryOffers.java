package org.factdesk.claim;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.factdesk.analysis.embed.SentenceEmbedder;
import org.factdesk.article.Article;
import org.factdesk.article.SameStories;
import org.factdesk.identity.Role;

/**
 * Articles that may report the same event in other words, whether or not anyone confirmed their
 * claims (decision 0038): their openings, embedded in the background as articles come in ({@link
 * OpeningsInBackground}), lie close. Offered to the editor on the article's page and over REST, to
 * link as the same story by hand or to set aside as another story; claims linked across two
 * articles still link them on their own (decision 0018).
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
public class SameStoryOffers {

  private static final Logger LOG = Logger.getLogger(SameStoryOffers.class.getName());

  /**
   * Openings at least this close are offered. In the fixtures here one event told by two outlets
   * reads 0.69 to 0.76, but as little as 0.48 when one leads with another angle; another event on
   * the same subject (a strike ended, a new strike threatened) reads up to 0.67. Openings alone do
   * not tell the two apart: a person decides every offer. Not measured on public data: there is no
   * public set of news article pairs with their text here.
   */
  public static final double OFFER_FROM = 0.65;

  /** The newest this many openings of other articles are compared: stories are retold in days. */
  static final int COMPARED_OPENINGS = 2000;

  /** At most this many articles are offered. */
  static final int OFFERED = 5;

  @PersistenceContext private EntityManager em;

  @Resource private SessionContext context;

  /**
   * The articles whose openings lie within {@link #OFFER_FROM} of this one's among the newest
   * {@link #COMPARED_OPENINGS}, closest first, at most {@link #OFFERED}: not those already linked
   * with it in any way, nor those set aside as another story.
   */
  public List<StoryOffer> offers(long articleId) {
    Article article = article(articleId);
    float[] opening = Openings.of(em, article);
    Set<Long> excluded = linkedOrSetAside(articleId);
    List<Object[]> rows = new ArrayList<>();
    for (Object row :
        em.createNativeQuery(
                "select article_id, vector from article_opening where model = ?1 and article_id <> ?2"
                    + " order by article_id desc")
            .setParameter(1, SentenceEmbedder.MODEL)
            .setParameter(2, articleId)
            .setMaxResults(COMPARED_OPENINGS)
            .getResultList()) {
      rows.add((Object[]) row);
    }
    Map<Long, Double> close = new LinkedHashMap<>();
    for (Object[] row : rows) {
      long otherId = ((Number) row[0]).longValue();
      if (excluded.contains(otherId)) {
        continue;
      }
      double cosine = SentenceEmbedder.cosine(opening, Embeddings.floats((byte[]) row[1]));
      if (cosine >= OFFER_FROM) {
        close.put(otherId, cosine);
      }
    }
    // only the offered few are read as articles
    List<StoryOffer> offers = new ArrayList<>();
    close.entrySet().stream()
        .sorted(Map.Entry.<Long, Double>comparingByValue().reversed())
        .limit(OFFERED)
        .forEach(
            match -> {
              Article other = em.find(Article.class, match.getKey());
              offers.add(
                  new StoryOffer(
                      other.getId(),
                      other.getTitle(),
                      other.getOutlet(),
                      other.getPublished(),
                      Math.round(match.getValue() * 1000) / 1000.0));
            });
    return offers;
  }

  /** Links two articles as the same story by hand; refused when they are linked already. */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public void sameStory(long articleId, long otherId) {
    Article article = article(articleId);
    Article other = article(otherId);
    double cosine = SentenceEmbedder.cosine(Openings.of(em, article), Openings.of(em, other));
    forget(articleId, otherId);
    if (!SameStories.link(em, articleId, otherId, Math.max(0, cosine))) {
      throw new ClaimException(
          "Articles " + articleId + " and " + otherId + " are linked already or are one article.");
    }
    LOG.info(
        () ->
            "Articles "
                + articleId
                + " and "
                + otherId
                + " linked as the same story by "
                + context.getCallerPrincipal().getName());
  }

  /**
   * Sets an offered article aside as another story: it is not offered again for this one (nor this
   * one for it). Returns what is still offered.
   */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  public List<StoryOffer> notTheSameStory(long articleId, long otherId) {
    article(articleId);
    article(otherId);
    if (articleId == otherId) {
      throw new ClaimException("An article is not compared with itself.");
    }
    if (!linkedOrSetAside(articleId).contains(otherId)) {
      em.createNativeQuery(
              "insert into article_not_same_story (left_id, right_id, decided_by, decided_at)"
                  + " values (?1, ?2, ?3, ?4)")
          .setParameter(1, Math.min(articleId, otherId))
          .setParameter(2, Math.max(articleId, otherId))
          .setParameter(3, context.getCallerPrincipal().getName())
          .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC))
          .executeUpdate();
    }
    return offers(articleId);
  }

  private void forget(long articleId, long otherId) {
    em.createNativeQuery("delete from article_not_same_story where left_id = ?1 and right_id = ?2")
        .setParameter(1, Math.min(articleId, otherId))
        .setParameter(2, Math.max(articleId, otherId))
        .executeUpdate();
  }

  /** Articles linked with this one in any way (duplicate, near duplicate, story) or set aside. */
  private Set<Long> linkedOrSetAside(long articleId) {
    Set<Long> ids = new HashSet<>();
    for (String sql :
        List.of(
            "select case when article_id = ?1 then duplicate_of_id else article_id end"
                + " from duplicate_link where article_id = ?1 or duplicate_of_id = ?1",
            "select case when left_id = ?1 then right_id else left_id end"
                + " from article_not_same_story where left_id = ?1 or right_id = ?1")) {
      for (Object id : em.createNativeQuery(sql).setParameter(1, articleId).getResultList()) {
        ids.add(((Number) id).longValue());
      }
    }
    return ids;
  }

  private Article article(long id) {
    Article article = em.find(Article.class, id);
    if (article == null) {
      throw new ClaimNotFoundException("There is no article " + id + ".");
    }
    return article;
  }
}
