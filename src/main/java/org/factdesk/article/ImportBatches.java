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
import org.eclipse.microprofile.config.inject.ConfigProperty;
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

  @Inject
  @ConfigProperty(name = "factdesk.import.max-file-bytes", defaultValue = "10485760")
  private long maxFileBytes;

  @Inject
  @ConfigProperty(name = "factdesk.import.max-batch-bytes", defaultValue = "209715200")
  private long maxBatchBytes;

  @Inject
  @ConfigProperty(name = "factdesk.import.max-zip-entries", defaultValue = "10000")
  private int maxZipEntries;

  @Inject
  @ConfigProperty(name = "factdesk.import.max-uncompressed-bytes", defaultValue = "524288000")
  private long maxUncompressedBytes;

  @Inject
  @ConfigProperty(name = "factdesk.import.max-batch-items", defaultValue = "10000")
  private int maxBatchItems;

  /** The limits a batch is read under. */
  public BatchReader.Limits limits() {
    return new BatchReader.Limits(
        maxFileBytes, maxBatchBytes, maxZipEntries, maxUncompressedBytes, maxBatchItems);
  }

  /**
   * Stores the batch with one item per article found in the uploads, and starts importing. A batch
   * over one of its limits (bytes, items, inflated bytes) is refused whole: nothing is stored.
   */
  public long start(List<Upload> uploads) {
    if (uploads == null || uploads.isEmpty()) {
      throw new ImportException("Choose at least one file to import.");
    }
    BatchReader reader = new BatchReader(limits());
    reader.requireWithinBatchLimit(uploads.stream().mapToLong(u -> u.bytes().length).sum());
    List<BatchReader.Entry> entries = new ArrayList<>();
    for (Upload upload : uploads) {
      entries.addAll(reader.read(upload.fileName(), upload.bytes()));
    }
    String importer = context.getCallerPrincipal().getName();
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
            !withItems
                ? List.of()
                : em.createNamedQuery(ImportItem.OF_BATCH, ImportItem.class)
                    .setParameter("batch", batch)
                    .getResultList()));
  }
}
