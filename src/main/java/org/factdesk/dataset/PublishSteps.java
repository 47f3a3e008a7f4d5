package org.factdesk.dataset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.article.Article;
import org.factdesk.article.Block;
import org.factdesk.claim.Claim;
import org.factdesk.claim.Verdict;
import org.factdesk.identity.Role;
import org.factdesk.platform.DatabaseLocks;
import org.hibernate.Session;

/**
 * The steps of publishing a version that change its row, each in its own transaction so that a
 * version of any size is written one page at a time (memory and transaction size stay the same):
 * begin (one publisher per dataset), freeze a page of articles as entries, save progress, finish,
 * and fail or discard. Which articles a version takes is {@link ApprovedArticles}; what each
 * becomes, {@link ArticleRecords}; where the entries go, {@link VersionEntries}. {@link
 * VersionPublisher} runs the steps; {@link DatasetService#publish} removes a version whose
 * publishing failed.
 */
@Stateless
public class PublishSteps {

  /** Articles frozen per transaction while publishing. */
  static final int WRITE_PAGE = 200;

  /** Longest wait for another publisher of the same dataset to have begun its version. */
  static final long START_WAIT_MILLIS = 60_000;

  @PersistenceContext private EntityManager em;

  /** What one page of publishing froze. */
  public record PageFrozen(long lastArticleId, int written, VersionCounts counts) {}

  /**
   * Starts the next version of a dataset. Refused while another version of it is being published; a
   * version that failed before, or was cut off by a server stop (no progress for {@link
   * DatasetVersion#CUT_OFF_AFTER}), is removed and its number used again.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long begin(long datasetId, String actor, String reviewBase) {
    lockDataset(datasetId);
    Dataset dataset = em.find(Dataset.class, datasetId);
    if (dataset == null) {
      throw new DatasetException("There is no dataset " + datasetId + ".");
    }
    Instant now = Instant.now();
    for (DatasetVersion unfinished :
        em.createNamedQuery(DatasetVersion.UNFINISHED, DatasetVersion.class)
            .setParameter("dataset", datasetId)
            .setParameter("published", DatasetVersion.State.PUBLISHED)
            .getResultList()) {
      if (unfinished.getState() == DatasetVersion.State.PUBLISHING && !unfinished.isCutOff(now)) {
        throw new DatasetBusyException(
            "Version "
                + unfinished.getNumber()
                + " of '"
                + dataset.getName()
                + "' is being published by "
                + unfinished.getPublishedBy()
                + (unfinished.getStep() == null
                    ? ""
                    : " (" + unfinished.getStep().label().toLowerCase(java.util.Locale.ROOT) + ")")
                + "; wait until it is finished.");
      }
      remove(unfinished.getId());
    }
    int last =
        em.createNamedQuery(DatasetVersion.LAST_NUMBER, Integer.class)
            .setParameter("dataset", datasetId)
            .getSingleResult();
    DatasetVersion version =
        new DatasetVersion(
            dataset,
            last + 1,
            actor,
            reviewBase,
            Math.toIntExact(ApprovedArticles.count(em, dataset.filter())));
    em.persist(version);
    em.flush();
    return version.getId();
  }

  /**
   * Locks the dataset's row until this transaction ends: one publisher per dataset, on whichever
   * instance (docs/decisions/0025). Another one starting at the same moment waits here (at most
   * {@link #START_WAIT_MILLIS}) and then finds the version this one begins, and is refused.
   */
  private void lockDataset(long datasetId) {
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try {
                DatabaseLocks.waitingUpTo(
                    connection,
                    START_WAIT_MILLIS,
                    () -> {
                      try (PreparedStatement lock =
                          connection.prepareStatement(
                              "select id from dataset where id = ? for update")) {
                        lock.setLong(1, datasetId);
                        lock.executeQuery().close();
                      }
                      return null;
                    });
              } catch (SQLException e) {
                if (DatabaseLocks.isLockTimeout(e)) {
                  throw new DatasetBusyException(
                      "Another version of dataset "
                          + datasetId
                          + " is being started right now; wait until it is published.");
                }
                throw e;
              }
            });
  }

  /**
   * Freezes the next page of matching approved articles (ids after {@code afterArticleId}) as
   * entries from {@code position} on.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public PageFrozen freezePage(
      long versionId, DatasetFilter filter, long afterArticleId, int position) {
    // ordered by state too (one value here): H2 then reads index (state, id) in order, not sorting
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Article> page = cb.createQuery(Article.class);
    Root<Article> article = page.from(Article.class);
    List<Predicate> where = ApprovedArticles.matching(cb, page, article, filter);
    where.add(cb.greaterThan(article.get("id"), afterArticleId));
    page.select(article)
        .where(where.toArray(Predicate[]::new))
        .orderBy(cb.asc(article.get("state")), cb.asc(article.get("id")));
    List<Article> articles = em.createQuery(page).setMaxResults(WRITE_PAGE).getResultList();
    VersionCounts counts = new VersionCounts();
    if (articles.isEmpty()) {
      return new PageFrozen(afterArticleId, 0, counts);
    }
    List<Long> ids = articles.stream().map(Article::getId).toList();
    Map<Long, List<Block>> blocks = new HashMap<>();
    for (Block b :
        em.createQuery(
                "select distinct b from Block b left join fetch b.flags where b.article.id in :ids",
                Block.class)
            .setParameter("ids", ids)
            .getResultList()) {
      blocks.computeIfAbsent(b.getArticle().getId(), k -> new ArrayList<>()).add(b);
    }
    Map<Long, List<Claim>> claims = new HashMap<>();
    List<Long> claimIds = new ArrayList<>();
    for (Claim c :
        em.createQuery(
                "select c from Claim c where c.article.id in :ids order by c.id", Claim.class)
            .setParameter("ids", ids)
            .getResultList()) {
      claims.computeIfAbsent(c.getArticle().getId(), k -> new ArrayList<>()).add(c);
      claimIds.add(c.getId());
    }
    Map<Long, List<Verdict>> verdicts = new HashMap<>();
    if (!claimIds.isEmpty()) {
      for (Verdict v :
          em.createQuery(
                  "select distinct v from Verdict v left join fetch v.evidence"
                      + " where v.claim.id in :claims",
                  Verdict.class)
              .setParameter("claims", claimIds)
              .getResultList()) {
        verdicts.computeIfAbsent(v.getClaim().getId(), k -> new ArrayList<>()).add(v);
      }
    }
    DatasetVersion version = em.find(DatasetVersion.class, versionId);
    SplitRule split = version.split();
    List<byte[]> bodies = new ArrayList<>(articles.size());
    for (Article a : articles) {
      ArticleRecord record =
          ArticleRecords.of(
              a,
              blocks.getOrDefault(a.getId(), List.of()),
              claims.getOrDefault(a.getId(), List.of()),
              verdicts);
      if (version.getSchemaVersion() >= 2) {
        record = record.inSplit(split.splitOf(record.outlet(), record.published()));
      }
      counts.add(record);
      bodies.add(ArticleJson.bytes(record, version.getSchemaVersion()));
    }
    VersionEntries.insert(em, versionId, position, ids, bodies);
    version.progress(DatasetVersion.Step.FREEZING, position + articles.size());
    return new PageFrozen(articles.get(articles.size() - 1).getId(), articles.size(), counts);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void finish(
      long versionId, int articles, byte[] manifest, byte[] card, String zipSha256, long zipBytes) {
    DatasetVersion version =
        em.find(DatasetVersion.class, versionId, LockModeType.PESSIMISTIC_WRITE);
    version.published(articles, manifest, card, zipSha256, zipBytes);
  }

  /** How far publishing got; also tells other instances that it is still running. */
  @RolesAllowed(Role.ADMIN_NAME)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void progress(long versionId, DatasetVersion.Step step, int done) {
    em.find(DatasetVersion.class, versionId).progress(step, done);
  }

  /** Removes a version whose publishing failed, with whatever entries and files it got. */
  @RolesAllowed(Role.ADMIN_NAME)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void discard(long versionId) {
    DatasetVersion version = em.find(DatasetVersion.class, versionId);
    if (version != null && version.getState() != DatasetVersion.State.PUBLISHED) {
      remove(versionId);
    }
  }

  /**
   * Publishing in the background failed: the entries and files written so far are removed, and the
   * version is kept as FAILED with the reason, for whoever started it to see.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void fail(long versionId, String reason) {
    DatasetVersion version = em.find(DatasetVersion.class, versionId);
    if (version == null || version.getState() != DatasetVersion.State.PUBLISHING) {
      return;
    }
    removeContent(em, versionId);
    version.failed(reason);
  }

  private void remove(long versionId) {
    removeContent(em, versionId);
    em.createNativeQuery("delete from dataset_version where id = ?1")
        .setParameter(1, versionId)
        .executeUpdate();
  }

  /** Removes a version's entries and files. */
  static void removeContent(EntityManager em, long versionId) {
    VersionFiles.removeAll(em, versionId);
    VersionEntries.removeAll(em, versionId);
  }
}
