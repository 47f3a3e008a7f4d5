package org.factdesk.article;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.factdesk.identity.Role;

/**
 * Batch imports for editors and admins: uploads become items, the batch and its items are stored,
 * and the items are imported in the background while the batch's counts show the progress.
 */
@Stateless
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ImportBatches {

  /** One uploaded file. */
  public record Upload(String fileName, byte[] bytes) {}

  /** A batch and the result of each of its items. */
  public record BatchView(ImportBatch batch, List<ImportItem> items) {}

  @PersistenceContext private EntityManager em;
  @EJB private BatchRunner runner;
  @EJB private BatchItemImporter items;
  @Resource private SessionContext context;

  @Inject private ImportLimits settings;

  /** The limits a batch is read under. */
  public BatchReader.Limits limits() {
    return settings.limits();
  }

  /**
   * Stores the batch with one item per article found in the uploads, and starts importing. A batch
   * over one of its limits (bytes, items, inflated bytes) is refused whole: nothing is stored.
   *
   * <p>Uploads larger than {@code factdesk.import.read-in-request-bytes} are stored as they came
   * and read in the background (a crawl of 100,000 pages outlasted the client when its items were
   * made inside the request): the batch is {@code READING} until its items exist, all in one
   * transaction, and a batch the background reader refuses ends {@code REFUSED} with the reason.
   */
  public long start(List<Upload> uploads) {
    if (uploads == null || uploads.isEmpty()) {
      throw new ImportException("Choose at least one file to import.");
    }
    BatchReader.Limits limits = limits();
    BatchReader reader = new BatchReader(limits);
    long bytes = uploads.stream().mapToLong(u -> u.bytes().length).sum();
    reader.requireWithinBatchLimit(bytes);
    String importer = context.getCallerPrincipal().getName();
    if (bytes > settings.readInRequestBytes()) {
      // Committed in its own transaction before the reader starts, so that it (or another
      // instance taking over) finds the stored uploads.
      long id = items.storeUploads(importer, uploads);
      runner.readAndRun(id, importer, limits);
      return id;
    }
    List<BatchReader.Entry> entries = new ArrayList<>();
    for (Upload upload : uploads) {
      entries.addAll(reader.read(upload.fileName(), upload.bytes()));
    }
    // Committed in its own transaction before the runner starts, so the runner finds it.
    long id = items.createBatch(importer, entries);
    runner.run(id, entries, importer);
    return id;
  }

  /** The batch and its items, or empty if there is no such batch. */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  public Optional<BatchView> view(long id) {
    return view(id, true);
  }

  /**
   * The batch, with its items or (for polling the progress) without: reading a large batch's items
   * on every poll took a good part of the server's CPU while the batch was being imported.
   */
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  public Optional<BatchView> view(long id, boolean withItems) {
    ImportBatch batch = em.find(ImportBatch.class, id);
    if (batch == null) {
      return Optional.empty();
    }
    return Optional.of(
        new BatchView(
            batch,
            !withItems || batch.getState() == ImportBatch.State.READING
                ? List.of() // a batch being read shows no items until all of them are written
                : em.createNamedQuery(ImportItem.OF_BATCH, ImportItem.class)
                    .setParameter("batch", batch)
                    .getResultList()));
  }
}
