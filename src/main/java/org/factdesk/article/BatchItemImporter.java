package org.factdesk.article;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.platform.DatabaseLocks;
import org.factdesk.platform.Instance;
import org.factdesk.platform.SearchBackend;
import org.hibernate.Session;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;

/**
 * One item of a batch in one transaction: the article and the item's result are committed together,
 * so a crash never leaves an imported article whose item says otherwise.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BatchItemImporter {

  private static final String LOCK_ITEM =
      "select outcome from import_item where batch_id = ? and position = ? for update";
  private static final String RECORD_ITEM =
      "update import_item set outcome = ?, message = ?, article_id = ?, duplicate_of_id = ?,"
          + " version = version + 1, modified_at = ? where batch_id = ? and position = ?"
          + " and outcome = 'PENDING'";
  private static final String DROP_PAYLOAD =
      "delete from import_item_payload where batch_id = ? and position = ?";
  private static final String STORE_PAYLOAD =
      "insert into import_item_payload (batch_id, position, bytes, hint, source_url,"
          + " source_outlet, source_title, published, charset, captured_at)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String READ_PAYLOADS =
      "select position, bytes, hint, source_url, source_outlet, source_title, published, charset,"
          + " captured_at from import_item_payload where batch_id = ? order by position";
  private static final String FINISH =
      "update import_batch set state = 'FINISHED', finished_at = ?, version = version + 1,"
          + " modified_at = ? where id = ? and state = 'RUNNING'";
  private static final String DROP_PAYLOADS = "delete from import_item_payload where batch_id = ?";
  private static final String RENEW =
      "update import_batch set lease_until = ? where id = ? and owner = ?"
          + " and state in ('READING', 'RUNNING')";
  private static final String EXPIRED =
      "select id from import_batch where state in ('READING', 'RUNNING')"
          + " and (lease_until is null or lease_until < ? or owner = ?) order by id";
  private static final String TAKE_OVER =
      "update import_batch set owner = ?, lease_until = ? where id = ?"
          + " and state in ('READING', 'RUNNING')"
          + " and (lease_until is null or lease_until < ? or owner = ?)";
  private static final String STORE_UPLOAD =
      "insert into import_upload (batch_id, position, name, bytes) values (?, ?, ?, ?)";
  private static final String READ_UPLOADS =
      "select name, bytes from import_upload where batch_id = ? order by position";
  private static final String DROP_UPLOADS = "delete from import_upload where batch_id = ?";
  private static final String READING_NOTE =
      "update import_batch set note = ?, modified_at = ? where id = ? and owner = ?"
          + " and state = 'READING'";
  private static final String READ_DONE =
      "update import_batch set state = 'RUNNING', total_items = ?, processed = ?, failed = ?,"
          + " skipped = ?, note = null, lease_until = ?, version = version + 1, modified_at = ?"
          + " where id = ? and owner = ? and state = 'READING'";
  private static final String REFUSE =
      "update import_batch set state = 'REFUSED', note = ?, finished_at = ?,"
          + " version = version + 1, modified_at = ? where id = ? and owner = ? and state = 'READING'";
  private static final String ADD_COUNTS =
      "update import_batch set processed = processed + ?, imported = imported + ?,"
          + " duplicates = duplicates + ?, failed = failed + ?, version = version + 1,"
          + " modified_at = ? where id = ? and owner = ? and state = 'RUNNING'";
  private static final String OUTCOMES =
      "select outcome, count(*) from import_item where batch_id = ? group by outcome";
  private static final String SET_COUNTS =
      "update import_batch set processed = ?, imported = ?, duplicates = ?, failed = ?,"
          + " skipped = ? where id = ?";

  @PersistenceContext private EntityManager em;

  @EJB private ImportPipeline pipeline;

  @Inject private Instance instance;

  @Inject
  @ConfigProperty(name = "factdesk.import.lease-seconds", defaultValue = "30")
  private int leaseSeconds;

  /**
   * Stores a new batch with one pending item per entry (failed ones already recorded), owned by
   * this instance for one lease, and what each pending item is made of, so that another instance
   * can finish the batch if this one dies.
   */
  public long createBatch(String importer, List<BatchReader.Entry> entries) {
    ImportBatch batch =
        new ImportBatch(
            importer,
            entries.size(),
            instance.name(),
            Instant.now().plus(Duration.ofSeconds(leaseSeconds)));
    em.persist(batch);
    for (int position = 0; position < entries.size(); position++) {
      BatchReader.Entry entry = entries.get(position);
      ImportItem item = new ImportItem(batch, position, entry.name());
      if (entry.isFailed()) {
        ImportItem.Outcome outcome =
            entry.skipped() ? ImportItem.Outcome.SKIPPED : ImportItem.Outcome.FAILED;
        item.record(outcome, entry.problem(), null, null);
        batch.count(outcome);
      }
      em.persist(item);
    }
    em.flush();
    storePayloads(batch.getId(), entries);
    return batch.getId();
  }

  /**
   * Stores a new batch that is still to be read, owned by this instance for one lease, with its
   * uploads as they came, so that another instance can read it if this one dies.
   */
  public long storeUploads(String importer, List<ImportBatches.Upload> uploads) {
    ImportBatch batch =
        ImportBatch.reading(
            importer, instance.name(), Instant.now().plus(Duration.ofSeconds(leaseSeconds)));
    em.persist(batch);
    em.flush();
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(STORE_UPLOAD)) {
                for (int position = 0; position < uploads.size(); position++) {
                  insert.setLong(1, batch.getId());
                  insert.setInt(2, position);
                  insert.setString(3, uploads.get(position).fileName());
                  byte[] bytes = uploads.get(position).bytes();
                  // a stream: H2 keeps it as a LOB in pieces, not as one value in a page
                  insert.setBinaryStream(4, new java.io.ByteArrayInputStream(bytes), bytes.length);
                  insert.executeUpdate();
                }
              }
            });
    return batch.getId();
  }

  /** The uploads of a batch still to be read, as they came. */
  public List<ImportBatches.Upload> storedUploads(long batchId) {
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              List<ImportBatches.Upload> uploads = new ArrayList<>();
              try (PreparedStatement read = connection.prepareStatement(READ_UPLOADS)) {
                read.setLong(1, batchId);
                try (ResultSet row = read.executeQuery()) {
                  while (row.next()) {
                    try (java.io.InputStream in = row.getBinaryStream(2)) {
                      uploads.add(new ImportBatches.Upload(row.getString(1), in.readAllBytes()));
                    } catch (java.io.IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  }
                }
              }
              return uploads;
            });
  }

  /** Shows how far reading got, while this instance still holds the batch. */
  public void noteReading(long batchId, String note) {
    update(READING_NOTE, note, OffsetDateTime.now(ZoneOffset.UTC), batchId, instance.name());
  }

  /**
   * Removes what an earlier owner of a {@code READING} batch wrote of its items before it stopped,
   * so that the items are written again from the stored uploads; false when this instance does not
   * hold the batch.
   */
  public boolean startWritingItems(long batchId) {
    if (!holdsReading(batchId)) {
      return false;
    }
    update(DROP_PAYLOADS, batchId);
    update("delete from import_item where batch_id = ?", batchId);
    return true;
  }

  /**
   * Writes a slice of the items of a batch read in the background, with what each pending item is
   * made of, in one transaction; false when this instance no longer holds the batch. The batch
   * stays {@code READING}: its items are not shown nor imported until {@link #finishReading}, so a
   * batch is never half there (a take-over deletes the slices and writes them again).
   */
  public boolean writeItems(long batchId, int from, List<BatchReader.Entry> slice) {
    if (!holdsReading(batchId)) {
      return false;
    }
    ImportBatch batch = em.getReference(ImportBatch.class, batchId);
    for (int i = 0; i < slice.size(); i++) {
      BatchReader.Entry entry = slice.get(i);
      ImportItem item = new ImportItem(batch, from + i, entry.name());
      if (entry.isFailed()) {
        item.record(
            entry.skipped() ? ImportItem.Outcome.SKIPPED : ImportItem.Outcome.FAILED,
            entry.problem(),
            null,
            null);
      }
      em.persist(item);
    }
    em.flush();
    em.clear();
    storePayloads(batchId, from, slice);
    return true;
  }

  /**
   * Hands a batch whose items are all written to the runner: {@code RUNNING} with its counts and a
   * fresh lease, its stored uploads gone; false when this instance no longer holds it.
   */
  public boolean finishReading(long batchId, List<BatchReader.Entry> entries) {
    int failed = 0;
    int skipped = 0;
    for (BatchReader.Entry entry : entries) {
      if (entry.isFailed()) {
        if (entry.skipped()) {
          skipped++;
        } else {
          failed++;
        }
      }
    }
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    if (update(
            READ_DONE,
            entries.size(),
            failed + skipped,
            failed,
            skipped,
            now.plusSeconds(leaseSeconds),
            now,
            batchId,
            instance.name())
        != 1) {
      return false;
    }
    update(DROP_UPLOADS, batchId);
    return true;
  }

  private boolean holdsReading(long batchId) {
    return update(
            "update import_batch set modified_at = ? where id = ? and owner = ?"
                + " and state = 'READING'",
            OffsetDateTime.now(ZoneOffset.UTC),
            batchId,
            instance.name())
        == 1;
  }

  /**
   * Ends a batch the background reader refused whole (a limit), with the reason; its uploads go.
   * Nothing of it was imported: it never had items.
   */
  public void refuse(long batchId, String reason) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String note = reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
    if (update(REFUSE, note, now, now, batchId, instance.name()) == 1) {
      update(DROP_UPLOADS, batchId);
    }
  }

  private int update(String sql, Object... parameters) {
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                  update.setObject(i + 1, parameters[i]);
                }
                return update.executeUpdate();
              }
            });
  }

  /**
   * Renews this instance's lease on the batches it runs; returns those it no longer holds (another
   * instance took them over, or they are finished).
   */
  public Set<Long> renewLeases(Set<Long> batchIds) {
    Set<Long> lost = new TreeSet<>();
    if (batchIds.isEmpty()) {
      return lost;
    }
    OffsetDateTime until = OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(leaseSeconds);
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement renew = connection.prepareStatement(RENEW)) {
                for (long id : batchIds) {
                  renew.setObject(1, until);
                  renew.setLong(2, id);
                  renew.setString(3, instance.name());
                  if (renew.executeUpdate() == 0) {
                    lost.add(id);
                  }
                }
              }
            });
    return lost;
  }

  /**
   * Running batches whose lease ran out (or that have none: started before V28); with {@code
   * ownToo} also those stored under this instance's name, which a restart left without a runner.
   */
  public List<Long> expiredBatches(boolean ownToo) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              List<Long> ids = new ArrayList<>();
              try (PreparedStatement expired = connection.prepareStatement(EXPIRED)) {
                expired.setObject(1, now);
                expired.setString(2, ownToo ? instance.name() : null);
                try (ResultSet row = expired.executeQuery()) {
                  while (row.next()) {
                    ids.add(row.getLong(1));
                  }
                }
              }
              return ids;
            });
  }

  /**
   * Makes this instance the batch's owner for one lease if its lease ran out (as {@link
   * #expiredBatches}); false when another instance was quicker or the batch is no longer running.
   */
  public boolean takeOver(long batchId, boolean ownToo) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement take = connection.prepareStatement(TAKE_OVER)) {
                take.setString(1, instance.name());
                take.setObject(2, now.plusSeconds(leaseSeconds));
                take.setLong(3, batchId);
                take.setObject(4, now);
                take.setString(5, ownToo ? instance.name() : null);
                if (take.executeUpdate() != 1) {
                  return false;
                }
              }
              // What the instance before counted and had not yet written is in its items.
              countFromItems(connection, batchId);
              return true;
            });
  }

  private void storePayloads(long batchId, List<BatchReader.Entry> entries) {
    storePayloads(batchId, 0, entries);
  }

  private void storePayloads(long batchId, int from, List<BatchReader.Entry> entries) {
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement insert = connection.prepareStatement(STORE_PAYLOAD)) {
                int pending = 0;
                for (int position = 0; position < entries.size(); position++) {
                  BatchReader.Entry entry = entries.get(position);
                  if (entry.isFailed()) {
                    continue;
                  }
                  SourceInfo source = entry.source() == null ? SourceInfo.NONE : entry.source();
                  insert.setLong(1, batchId);
                  insert.setInt(2, from + position);
                  insert.setBytes(3, entry.bytes());
                  insert.setString(4, entry.hint() == null ? null : entry.hint().name());
                  insert.setString(5, source.url());
                  insert.setString(6, source.outlet());
                  insert.setString(7, source.title());
                  insert.setObject(8, source.published(), Types.DATE);
                  insert.setString(9, source.charset());
                  insert.setObject(
                      10,
                      source.capturedAt() == null
                          ? null
                          : OffsetDateTime.ofInstant(source.capturedAt(), ZoneOffset.UTC));
                  insert.addBatch();
                  if (++pending % 50 == 0) {
                    insert.executeBatch();
                  }
                }
                insert.executeBatch();
              }
            });
  }

  /**
   * The entries of a batch to take over, in input order: the pending items as stored at the batch's
   * creation; every other item (done, failed, skipped) as a stand-in the runner passes by. Empty
   * when a pending item has nothing stored (a batch created before V28).
   */
  public Optional<List<BatchReader.Entry>> pendingEntries(long batchId) {
    ImportBatch batch = em.find(ImportBatch.class, batchId);
    List<ImportItem> stored =
        em.createNamedQuery(ImportItem.OF_BATCH, ImportItem.class)
            .setParameter("batch", batch)
            .getResultList();
    Map<Integer, BatchReader.Entry> payloads = new HashMap<>();
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement read = connection.prepareStatement(READ_PAYLOADS)) {
                read.setLong(1, batchId);
                try (ResultSet row = read.executeQuery()) {
                  while (row.next()) {
                    String hint = row.getString(3);
                    java.sql.Date published = row.getDate(7);
                    OffsetDateTime captured = row.getObject(9, OffsetDateTime.class);
                    SourceInfo source =
                        new SourceInfo(
                            row.getString(4),
                            row.getString(5),
                            row.getString(6),
                            published == null ? null : published.toLocalDate(),
                            row.getString(8),
                            captured == null ? null : captured.toInstant());
                    payloads.put(
                        row.getInt(1),
                        new BatchReader.Entry(
                            null,
                            row.getBytes(2),
                            hint == null ? null : ContentHint.valueOf(hint),
                            source,
                            null));
                  }
                }
              }
            });
    List<BatchReader.Entry> entries = new ArrayList<>();
    for (ImportItem item : stored) {
      if (item.getOutcome() != ImportItem.Outcome.PENDING) {
        entries.add(BatchReader.Entry.failed(item.getName(), "done before the take-over"));
        continue;
      }
      BatchReader.Entry payload = payloads.get(item.getPosition());
      if (payload == null) {
        return Optional.empty();
      }
      entries.add(
          new BatchReader.Entry(
              item.getName(), payload.bytes(), payload.hint(), payload.source(), null));
    }
    return Optional.of(entries);
  }

  /**
   * Imports the entry and records the outcome; an {@link ImportException} rolls both back. Null
   * when the item was done already (by another instance that held the batch too): it is never
   * imported twice.
   */
  public ImportItem.Outcome importItem(
      long batchId, int position, BatchReader.Entry entry, String importer) {
    return importItem(batchId, position, entry, importer, null, null);
  }

  /**
   * As {@link #importItem(long, int, BatchReader.Entry, String)}, in its place in line: {@code
   * ticket} from {@link ImportsInFlight#ticket()}, or null to take one now. With {@code
   * indexWrites}, the transaction does not wait for the search index but leaves that to the batch.
   */
  public ImportItem.Outcome importItem(
      long batchId,
      int position,
      BatchReader.Entry entry,
      String importer,
      Long ticket,
      BatchIndexWrites indexWrites) {
    if (!lockPending(batchId, position)) {
      // Done already, by another instance that held the batch too (a take-over): never again.
      return null;
    }
    if (indexWrites != null && SearchBackend.configured().savesWaitForIndex()) {
      // Before anything changes in this session: its indexing plan takes the strategy then.
      // (With OpenSearch the outbox carries the writes, after the commit: decision 0027.)
      Search.session(em).indexingPlanSynchronizationStrategy(indexWrites);
    }
    ImportRequest request =
        new ImportRequest(entry.bytes(), entry.hint(), entry.source(), entry.name());
    ImportOutcome outcome =
        ticket == null
            ? pipeline.importArticle(request, importer, batchId)
            : pipeline.importArticle(request, importer, batchId, ticket);
    ImportItem.Outcome result =
        outcome.kind() == ImportOutcome.Kind.IMPORTED
            ? ImportItem.Outcome.IMPORTED
            : ImportItem.Outcome.DUPLICATE;
    record(
        batchId, position, result, outcome.message(), outcome.articleId(), outcome.duplicateOfId());
    return result;
  }

  /**
   * Locks the item's row until this transaction ends, waiting for another instance's transaction on
   * it; true if the item is still to be done.
   */
  private boolean lockPending(long batchId, int position) {
    return em.unwrap(Session.class)
        .doReturningWork(
            connection ->
                DatabaseLocks.waitingUpTo(
                    connection,
                    ImportsInFlight.MAX_WAIT_MILLIS,
                    () -> {
                      try (PreparedStatement lock = connection.prepareStatement(LOCK_ITEM)) {
                        lock.setLong(1, batchId);
                        lock.setInt(2, position);
                        try (ResultSet row = lock.executeQuery()) {
                          if (!row.next()) {
                            throw new IllegalStateException(
                                "batch " + batchId + " has no item at position " + position);
                          }
                          return ImportItem.Outcome.PENDING.name().equals(row.getString(1));
                        }
                      }
                    }));
  }

  /**
   * Records a failure, in its own transaction after the import's was rolled back; nothing if the
   * item was done meanwhile (by another instance).
   */
  public boolean recordFailure(long batchId, int position, String message) {
    if (lockPending(batchId, position)) {
      record(batchId, position, ImportItem.Outcome.FAILED, message, null, null);
      return true;
    }
    return false;
  }

  /**
   * Adds what the workers recorded since the last time to the batch's counts (docs/decisions/0072),
   * while this instance owns the running batch; after a take-over the new owner counts again.
   */
  public void addCounts(long batchId, BatchTally.Counts counts) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement add = connection.prepareStatement(ADD_COUNTS)) {
                add.setInt(1, counts.processed());
                add.setInt(2, counts.imported());
                add.setInt(3, counts.duplicates());
                add.setInt(4, counts.failed());
                add.setObject(5, now);
                add.setLong(6, batchId);
                add.setString(7, instance.name());
                add.executeUpdate();
              }
            });
  }

  /** Sets the batch's counts from its items' outcomes: what they say is the record. */
  private static void countFromItems(Connection connection, long batchId) throws SQLException {
    Map<String, Integer> outcomes = new HashMap<>();
    try (PreparedStatement read = connection.prepareStatement(OUTCOMES)) {
      read.setLong(1, batchId);
      try (ResultSet rows = read.executeQuery()) {
        while (rows.next()) {
          outcomes.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    int imported = outcomes.getOrDefault(ImportItem.Outcome.IMPORTED.name(), 0);
    int duplicates = outcomes.getOrDefault(ImportItem.Outcome.DUPLICATE.name(), 0);
    int failed = outcomes.getOrDefault(ImportItem.Outcome.FAILED.name(), 0);
    int skipped = outcomes.getOrDefault(ImportItem.Outcome.SKIPPED.name(), 0);
    try (PreparedStatement set = connection.prepareStatement(SET_COUNTS)) {
      set.setInt(1, imported + duplicates + failed + skipped);
      set.setInt(2, imported);
      set.setInt(3, duplicates);
      set.setInt(4, failed);
      set.setInt(5, skipped);
      set.setLong(6, batchId);
      set.executeUpdate();
    }
  }

  private void record(
      long batchId,
      int position,
      ImportItem.Outcome outcome,
      String message,
      Long articleId,
      Long duplicateOf) {
    // Plain SQL: reading the item as an entity cost more than the rest of the recording (about 4%
    // of an import). The batch's row is not touched here: the workers add their counts every few
    // hundred milliseconds (BatchTally), so that their items' transactions never queue on it.
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              try (PreparedStatement item = connection.prepareStatement(RECORD_ITEM)) {
                item.setString(1, outcome.name());
                item.setString(2, ImportItem.clipMessage(message));
                item.setObject(3, articleId, Types.BIGINT);
                item.setObject(4, duplicateOf, Types.BIGINT);
                item.setObject(5, now);
                item.setLong(6, batchId);
                item.setInt(7, position);
                if (item.executeUpdate() != 1) {
                  throw new IllegalStateException(
                      "batch " + batchId + " has no pending item at position " + position);
                }
              }
              try (PreparedStatement payload = connection.prepareStatement(DROP_PAYLOAD)) {
                payload.setLong(1, batchId);
                payload.setInt(2, position);
                payload.executeUpdate();
              }
            });
  }

  /**
   * Closes the batch once every item has had its turn and its index writes are applied: writes the
   * articles whose index write failed again, and refreshes the index, so that a search finds every
   * article of a finished batch.
   *
   * <p>The batch's near-duplicate originals are written again too. An item's index write leaves
   * after its commit without waiting, and a new article's entry is an add, not a replacement: when
   * a near duplicate right behind its original counts itself on it ({@code
   * ImportPipeline.countDuplicateOnEarlier}) and its replacement entry reaches the index before the
   * original's add, the index holds the original twice. Written again once both have been applied,
   * the original has one entry (a replacement removes every entry with its id).
   */
  public void finish(long batchId, List<Long> articlesToReindex) {
    SearchSession search = Search.session(em);
    Set<Long> rewrite = new LinkedHashSet<>(articlesToReindex);
    rewrite.addAll(
        em.createQuery(
                "select distinct d.duplicateOf.id from DuplicateLink d"
                    + " where d.article.batch.id = :batch and d.duplicateOf.batch.id = :batch",
                Long.class)
            .setParameter("batch", batchId)
            .getResultList());
    if (!rewrite.isEmpty()) {
      ArticleSearch.reindexLater(em, rewrite);
    }
    search.workspace(Article.class).refresh();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    em.unwrap(Session.class)
        .doWork(
            connection -> {
              countFromItems(connection, batchId);
              try (PreparedStatement finish = connection.prepareStatement(FINISH)) {
                finish.setObject(1, now);
                finish.setObject(2, now);
                finish.setLong(3, batchId);
                finish.executeUpdate();
              }
              try (PreparedStatement drop = connection.prepareStatement(DROP_PAYLOADS)) {
                drop.setLong(1, batchId);
                drop.executeUpdate();
              }
            });
  }
}
