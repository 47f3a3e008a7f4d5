package org.factdesk.dataset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.dataset.DatasetVersion.Step;
import org.factdesk.identity.Role;

/**
 * Publishes a version begun by {@link PublishSteps#begin}, in the background or while the caller
 * waits: freezes the articles a page per transaction, then writes each file once to hash it for the
 * manifest, storing the CSV, ClaimReview, Parquet and zip files as it goes ({@link VersionFiles})
 * so that their downloads copy bytes (JSONL is the entries themselves). Progress is saved as it
 * goes: the Datasets page and REST show it, and it tells other instances that the version is still
 * being published. Runs outside any transaction; each step has its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class VersionPublisher {

  /** How often, at most, progress is saved while a file is written. */
  private static final long PROGRESS_EVERY_NANOS = 1_000_000_000L;

  private static final Logger LOG = Logger.getLogger(VersionPublisher.class.getName());

  @PersistenceContext private EntityManager em;
  @EJB private PublishSteps steps;
  @EJB private VersionEntries versionEntries;
  @EJB private VersionFiles versionFiles;

  /**
   * Publishes the version in the background. When it fails, what it wrote is removed and the
   * version is kept as FAILED with the reason.
   */
  @Asynchronous
  @RolesAllowed(Role.ADMIN_NAME)
  public void inBackground(long versionId) {
    try {
      write(versionId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Publishing dataset version " + versionId + " failed", e);
      steps.fail(versionId, reason(e));
    }
  }

  /** Publishes the version and returns when it is out; throws when a step fails. */
  @RolesAllowed(Role.ADMIN_NAME)
  public void write(long versionId) {
    long started = System.nanoTime();
    DatasetVersion version =
        em.createQuery(
                "select v from DatasetVersion v join fetch v.dataset where v.id = :id",
                DatasetVersion.class)
            .setParameter("id", versionId)
            .getSingleResult();
    Dataset dataset = version.getDataset();
    DatasetFilter filter = dataset.filter();
    VersionCounts counts = new VersionCounts();
    long after = 0;
    int position = 0;
    for (PublishSteps.PageFrozen page = steps.freezePage(versionId, filter, after, position);
        page.written() > 0;
        page = steps.freezePage(versionId, filter, after, position)) {
      counts.addAll(page.counts());
      after = page.lastArticleId();
      position += page.written();
    }
    int articles = position;
    VersionMetadata metadata = VersionMetadata.of(version, dataset);
    List<Manifest.FileSum> files = new ArrayList<>();
    files.add(file(versionId, Step.JSONL, ExportFormat.JSONL, metadata, articles, false));
    files.add(file(versionId, Step.CSV, ExportFormat.CSV, metadata, articles, true));
    files.add(
        file(versionId, Step.CLAIMREVIEW, ExportFormat.CLAIMREVIEW, metadata, articles, true));
    if (metadata.hasParquet()) {
      files.add(file(versionId, Step.PARQUET, ExportFormat.PARQUET, metadata, articles, true));
    }
    byte[] card = DatasetCard.bytes(metadata, counts, files);
    files.add(
        new Manifest.FileSum(
            DatasetCard.FILE_NAME, "text/markdown; charset=UTF-8", card.length, sha256(card)));
    byte[] manifest = Manifest.bytes(metadata, counts, files);
    Manifest.FileSum zip =
        file(
            versionId,
            Step.ZIP,
            ExportFormat.ZIP,
            metadata.withFiles(manifest, card),
            articles,
            true);
    steps.finish(versionId, articles, manifest, card, zip.sha256(), zip.bytes());
    LOG.info(
        () ->
            String.format(
                "Dataset '%s' version %d published by %s: %d articles in %.1f s",
                dataset.getName(),
                version.getNumber(),
                version.getPublishedBy(),
                articles,
                (System.nanoTime() - started) / 1e9));
  }

  /**
   * Writes one file of the version from its entries: counts and hashes it and, when {@code store},
   * stores it in parts.
   */
  private Manifest.FileSum file(
      long versionId,
      Step step,
      ExportFormat format,
      VersionMetadata metadata,
      int articles,
      boolean store) {
    steps.progress(versionId, step, 0);
    long[] saved = {System.nanoTime()};
    Exporter.Entries entries =
        from -> {
          long now = System.nanoTime();
          if (now - saved[0] > PROGRESS_EVERY_NANOS) {
            steps.progress(versionId, step, Math.min(articles, from + 1));
            saved[0] = now;
          }
          return versionEntries.after(versionId, from);
        };
    MessageDigest digest = sha256Digest();
    Parts parts = new Parts(versionId, format, store);
    try (DigestOutputStream out = new DigestOutputStream(parts, digest)) {
      Exporter.write(
          format,
          entries,
          metadata,
          out,
          format == ExportFormat.ZIP && metadata.hasParquet() ? storedParquet(versionId) : null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = format == ExportFormat.ZIP ? "zip" : format.fileName();
    return new Manifest.FileSum(
        name, format.mediaType(), parts.bytes, HexFormat.of().formatHex(digest.digest()));
  }

  /** The version's Parquet file as stored a moment ago, for the zip to copy. */
  private Exporter.Written storedParquet(long versionId) {
    return out -> {
      int next = 0;
      for (List<byte[]> parts = versionFiles.parts(versionId, ExportFormat.PARQUET, next);
          !parts.isEmpty();
          parts = versionFiles.parts(versionId, ExportFormat.PARQUET, next)) {
        for (byte[] part : parts) {
          out.write(part);
        }
        next += parts.size();
      }
    };
  }

  /** Counts what is written and, when storing, saves it in parts, a batch of parts at a time. */
  private final class Parts extends OutputStream {
    private final long versionId;
    private final ExportFormat format;
    private final boolean store;
    private final List<byte[]> pending = new ArrayList<>(VersionFiles.PARTS_PER_WRITE);
    private byte[] buffer;
    private int filled;
    private int saved;
    long bytes;

    Parts(long versionId, ExportFormat format, boolean store) {
      this.versionId = versionId;
      this.format = format;
      this.store = store;
      this.buffer = store ? new byte[VersionFiles.PART_SIZE] : null;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
      if (!store) {
        return;
      }
      while (len > 0) {
        int n = Math.min(len, VersionFiles.PART_SIZE - filled);
        System.arraycopy(b, off, buffer, filled, n);
        filled += n;
        off += n;
        len -= n;
        if (filled == VersionFiles.PART_SIZE) {
          pending.add(buffer);
          buffer = new byte[VersionFiles.PART_SIZE];
          filled = 0;
          if (pending.size() == VersionFiles.PARTS_PER_WRITE) {
            save();
          }
        }
      }
    }

    @Override
    public void close() {
      if (!store) {
        return;
      }
      if (filled > 0) {
        pending.add(Arrays.copyOf(buffer, filled));
        filled = 0;
      }
      if (!pending.isEmpty()) {
        save();
      }
    }

    private void save() {
      versionFiles.store(versionId, format, saved, pending);
      saved += pending.size();
      pending.clear();
    }
  }

  /** What the user is told when publishing stopped. */
  static String reason(Throwable e) {
    Throwable t = e;
    while ((t instanceof EJBException || t.getMessage() == null) && t.getCause() != null) {
      t = t.getCause();
    }
    return t instanceof DatasetException
        ? t.getMessage()
        : "Publishing stopped: " + t.getClass().getSimpleName() + ": " + t.getMessage();
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256Digest().digest(bytes));
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
