package org.factdesk.article;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Works through a batch in the background: {@code factdesk.import.workers} workers (2 by default)
 * take the items in input order, each item in its own transaction. {@link ImportsInFlight} makes
 * the outcome the one a single worker would have had: the same text twice is stored once, and the
 * later copy is the duplicate. The batch's lease is renewed by {@link BatchRecovery} while it runs;
 * if another instance took it over meanwhile, the workers stop and leave the rest to it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BatchRunner {

  private static final Logger LOG = Logger.getLogger(BatchRunner.class.getName());

  /**
   * How often the workers write what they counted to the batch's row (docs/decisions/0072): the
   * Import page and {@code GET /api/imports/{id}} show counts at most this old while a batch runs.
   */
  private static final long COUNTS_EVERY_NANOS = 250_000_000L;

  @EJB private BatchItemImporter items;
  @Inject private ImportsInFlight inFlight;
  @Inject private RunningBatches runningBatches;
  @Resource private SessionContext context;

  @Inject
  @ConfigProperty(name = "factdesk.import.workers", defaultValue = "2")
  private int workers;

  /** The items of one batch, handed out in input order to the workers. */
  public static final class Work {
    final long batchId;
    final List<BatchReader.Entry> entries;
    final String importer;
    final long started = System.nanoTime();
    final BatchIndexWrites indexWrites = new BatchIndexWrites();
    final BatchTally tally = new BatchTally(COUNTS_EVERY_NANOS, started);
    private final AtomicInteger running;
    private int next;
    private volatile boolean lost;

    Work(long batchId, List<BatchReader.Entry> entries, String importer, int workers) {
      this.batchId = batchId;
      this.entries = entries;
      this.importer = importer;
      this.running = new AtomicInteger(workers);
    }

    /** The next item to import with its ticket, or null when none is left. */
    synchronized Turn next(ImportsInFlight inFlight) {
      if (lost) {
        return null;
      }
      while (next < entries.size() && entries.get(next).isFailed()) {
        next++; // recorded as failed when the batch was created
      }
      if (next == entries.size()) {
        return null;
      }
      // Taken under the same lock as the position, so tickets follow the input order.
      return new Turn(next++, inFlight.ticket());
    }

    /** Another instance took the batch over (this one's lease ran out): stop. */
    void lose() {
      lost = true;
    }

    /** True for the last worker to stop. */
    boolean stop() {
      return running.decrementAndGet() == 0;
    }
  }

  /** An item's position and its ticket. */
  record Turn(int position, long ticket) {}

  @Asynchronous
  public void run(long batchId, List<BatchReader.Entry> entries, String importer) {
    int count = Math.max(1, Math.min(workers, entries.size()));
    LOG.info(
        () ->
            "Batch "
                + batchId
                + ": importing "
                + entries.size()
                + " item(s) for "
                + importer
                + " with "
                + count
                + " worker(s)");
    Work work = new Work(batchId, entries, importer, count);
    runningBatches.started(work);
    BatchRunner self = context.getBusinessObject(BatchRunner.class);
    for (int i = 1; i < count; i++) {
      self.work(work);
    }
    work(work);
  }

  /**
   * Reads a batch's stored uploads in the background (docs/decisions/0022), showing how far it got
   * on the batch every two seconds, writes its items in slices (the batch stays {@code READING}:
   * nobody sees or imports them yet), then hands the batch to the workers. A batch over a limit
   * ends refused with the reason, nothing imported. If another instance took the batch over
   * meanwhile (this one's lease ran out), this one stops: the other reads it again.
   */
  @Asynchronous
  public void readAndRun(long batchId, String importer, BatchReader.Limits limits) {
    long started = System.nanoTime();
    runningBatches.readingStarted(batchId);
    List<BatchReader.Entry> entries = new ArrayList<>();
    boolean stored;
    try {
      long[] lastNote = {System.nanoTime()};
      BatchReader reader =
          new BatchReader(
              limits,
              (file, read) -> {
                if (System.nanoTime() - lastNote[0] > 2_000_000_000L) {
                  lastNote[0] = System.nanoTime();
                  items.noteReading(
                      batchId,
                      String.format(
                          java.util.Locale.ROOT,
                          "Reading the uploaded files: %,d records or lines read so far (in %s).",
                          read,
                          file));
                }
              });
      List<ImportBatches.Upload> uploads = items.storedUploads(batchId);
      for (int i = 0; i < uploads.size(); i++) {
        ImportBatches.Upload upload = uploads.get(i);
        uploads.set(i, null); // its bytes can go once read: the entries hold what is needed
        entries.addAll(reader.read(upload.fileName(), upload.bytes()));
      }
      stored = writeItems(batchId, entries);
    } catch (ImportException refused) {
      items.refuse(batchId, refused.getMessage());
      LOG.info(() -> "Batch " + batchId + " refused while reading: " + refused.getMessage());
      return;
    } catch (RuntimeException e) {
      // Left READING with its uploads: when the lease runs out, it is read again (here or
      // elsewhere).
      LOG.log(Level.WARNING, "Batch " + batchId + ": reading failed; it will be read again", e);
      return;
    } finally {
      runningBatches.readingEnded(batchId);
    }
    if (!stored) {
      LOG.warning(
          () -> "Batch " + batchId + ": taken over by another instance while it was read; stopped");
      return;
    }
    LOG.info(
        () ->
            String.format(
                java.util.Locale.ROOT,
                "Batch %d: %d item(s) read and stored in the background in %.1f s",
                batchId,
                entries.size(),
                (System.nanoTime() - started) / 1e9));
    run(batchId, entries, importer);
  }

  /** The items in slices of 1,000, one transaction each, then the batch to RUNNING. */
  private boolean writeItems(long batchId, List<BatchReader.Entry> entries) {
    if (!items.startWritingItems(batchId)) {
      return false;
    }
    long lastNote = 0;
    for (int from = 0; from < entries.size(); from += 1_000) {
      if (System.nanoTime() - lastNote > 2_000_000_000L) {
        lastNote = System.nanoTime();
        items.noteReading(
            batchId,
            String.format(
                java.util.Locale.ROOT,
                "Read %,d items; %,d of them stored (they appear all at once, then the import"
                    + " starts).",
                entries.size(),
                from));
      }
      if (!items.writeItems(
          batchId, from, entries.subList(from, Math.min(entries.size(), from + 1_000)))) {
        return false;
      }
    }
    return items.finishReading(batchId, entries);
  }

  /** One worker: imports items until none is left; the last worker to stop closes the batch. */
  @Asynchronous
  public void work(Work work) {
    try {
      for (Turn turn = work.next(inFlight); turn != null; turn = work.next(inFlight)) {
        importOne(work, turn);
      }
    } finally {
      if (work.stop()) {
        runningBatches.ended(work);
        awaitIndexWrites(work);
        close(work);
      }
    }
  }

  /** Marks the batch finished, unless another instance took it over and finishes it. */
  private void close(Work work) {
    if (work.lost) {
      LOG.warning(
          () ->
              "Batch "
                  + work.batchId
                  + ": taken over by another instance (this one's lease ran out); stopped");
      return;
    }
    items.finish(work.batchId, work.indexWrites.failedArticleIds());
    LOG.info(
        () ->
            String.format(
                java.util.Locale.ROOT,
                "Batch %d finished in %.1f s",
                work.batchId,
                (System.nanoTime() - work.started) / 1e9));
  }

  private void importOne(Work work, Turn turn) {
    work.tally.add(importOrRecordFailure(work, turn));
    writeCountsIfDue(work);
  }

  /** The item's outcome as recorded, or null if another instance had done it. */
  private ImportItem.Outcome importOrRecordFailure(Work work, Turn turn) {
    BatchReader.Entry entry = work.entries.get(turn.position());
    String failure;
    try {
      return items.importItem(
          work.batchId, turn.position(), entry, work.importer, turn.ticket(), work.indexWrites);
    } catch (ImportException e) {
      failure = e.getMessage();
    } catch (EJBException e) {
      LOG.log(Level.WARNING, "Batch " + work.batchId + ": " + entry.name() + " failed", e);
      failure = entry.name() + ": could not be stored: " + rootMessage(e);
    } finally {
      inFlight.leave(turn.ticket());
    }
    return items.recordFailure(work.batchId, turn.position(), failure)
        ? ImportItem.Outcome.FAILED
        : null;
  }

  /** Adds what the workers counted to the batch's row, if it is due and this worker is first. */
  private void writeCountsIfDue(Work work) {
    BatchTally.Counts counts = work.tally.takeIfDue(System.nanoTime());
    if (counts == null) {
      return;
    }
    try {
      items.addCounts(work.batchId, counts);
    } catch (EJBException e) {
      // Only the running counts lag: the finished batch's counts are read from its items.
      LOG.log(Level.WARNING, "Batch " + work.batchId + ": could not write its running counts", e);
    }
  }

  /** A batch is finished only when its articles are in the search index. */
  private static void awaitIndexWrites(Work work) {
    try {
      if (!work.indexWrites.awaitAll(ImportsInFlight.MAX_WAIT_MILLIS)) {
        LOG.warning(
            () ->
                "Batch "
                    + work.batchId
                    + ": search-index writes still pending after two minutes; finishing anyway");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
