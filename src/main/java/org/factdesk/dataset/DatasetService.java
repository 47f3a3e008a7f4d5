package org.factdesk.dataset;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.identity.Role;

/**
 * Datasets and their versions. Admins create and change datasets and publish versions; every role
 * may see them and download a published version (docs/decisions/0010).
 */
@Stateless
public class DatasetService {

  private static final Logger LOG = Logger.getLogger(DatasetService.class.getName());

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext context;
  @EJB private Snapshots snapshots;

  @Inject
  @ConfigProperty(name = "factdesk.public-url", defaultValue = "http://localhost:8080")
  private String publicUrl;

  /** A dataset as lists and REST show it. */
  public record DatasetView(
      long id,
      String name,
      String description,
      DatasetFilter filter,
      String filterText,
      String createdBy,
      String modifiedBy,
      Instant modifiedAt,
      long entityVersion) {

    static DatasetView of(Dataset d) {
      DatasetFilter f = d.filter();
      return new DatasetView(
          d.getId(),
          d.getName(),
          d.getDescription(),
          f,
          f.describe(),
          d.getCreatedBy(),
          d.getModifiedBy(),
          d.getModifiedAt(),
          d.getVersion());
    }
  }

  /** A published version: who, when, how many articles, its manifest and the zip's checksum. */
  public record VersionView(
      long datasetId,
      int number,
      String publishedBy,
      Instant publishedAt,
      int articles,
      String manifest,
      String zipSha256,
      Long zipBytes) {

    static VersionView of(DatasetVersion v) {
      byte[] m = v.getManifest();
      return new VersionView(
          v.getDataset().getId(),
          v.getNumber(),
          v.getPublishedBy(),
          v.getPublishedAt(),
          v.getArticleCount(),
          m == null ? null : new String(m, java.nio.charset.StandardCharsets.UTF_8),
          v.getZipSha256(),
          v.getZipBytes());
    }
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public List<DatasetView> all() {
    return em.createNamedQuery(Dataset.ALL, Dataset.class).getResultList().stream()
        .map(DatasetView::of)
        .toList();
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public Optional<DatasetView> find(long id) {
    return Optional.ofNullable(em.find(Dataset.class, id)).map(DatasetView::of);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public DatasetView create(String name, String description, DatasetFilter filter) {
    Dataset dataset = new Dataset(name, description, filter, actor());
    checkNameFree(dataset.getName(), -1);
    em.persist(dataset);
    em.flush();
    LOG.info(() -> "Dataset '" + dataset.getName() + "' created by " + actor());
    return DatasetView.of(dataset);
  }

  /**
   * New name, description and filter. {@code expectedVersion} is the dataset's entity version the
   * caller saw: a change made meanwhile by someone else is refused, not overwritten.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public DatasetView change(
      long id, long expectedVersion, String name, String description, DatasetFilter filter) {
    Dataset dataset = em.find(Dataset.class, id);
    if (dataset == null) {
      throw new DatasetException("There is no dataset " + id + ".");
    }
    if (dataset.getVersion() != expectedVersion) {
      throw new DatasetException(
          "Dataset '"
              + dataset.getName()
              + "' was changed by "
              + dataset.getModifiedBy()
              + " after you opened it; reload it and make your change again.");
    }
    dataset.change(name, description, filter, actor());
    checkNameFree(dataset.getName(), id);
    em.flush();
    return DatasetView.of(dataset);
  }

  private void checkNameFree(String name, long id) {
    if (em.createNamedQuery(Dataset.COUNT_NAMED, Long.class)
            .setParameter("name", name)
            .setParameter("id", id)
            .getSingleResult()
        > 0) {
      throw new DatasetException("There is already a dataset named '" + name + "'.");
    }
  }

  /** How many approved articles the filter takes in now: what a version would hold. */
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public long preview(DatasetFilter filter) {
    return snapshots.count(filter == null ? DatasetFilter.ANY : filter);
  }

  /**
   * Publishes the next version of a dataset: freezes the approved articles its filter takes in, a
   * page per transaction, then writes the manifest and card with every file's checksum. When any
   * step fails, the version and its entries are removed.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public VersionView publish(long datasetId) {
    Dataset dataset = em.find(Dataset.class, datasetId);
    if (dataset == null) {
      throw new DatasetException("There is no dataset " + datasetId + ".");
    }
    DatasetFilter filter = dataset.filter();
    String actor = actor();
    long started = System.nanoTime();
    long versionId = snapshots.begin(datasetId, actor, publicUrl.replaceAll("/+$", ""));
    try {
      VersionCounts counts = new VersionCounts();
      long after = 0;
      int position = 0;
      for (Snapshots.PageWritten page = snapshots.writePage(versionId, filter, after, position);
          page.written() > 0;
          page = snapshots.writePage(versionId, filter, after, position)) {
        counts.addAll(page.counts());
        after = page.lastArticleId();
        position += page.written();
      }
      // no transaction here: the version is read detached, and the dataset is the one read above
      Frozen frozen = frozen(em.find(DatasetVersion.class, versionId), dataset);
      Exporter.Entries entries = from -> snapshots.entries(versionId, from);
      List<Manifest.FileSum> files = new ArrayList<>();
      for (ExportFormat format :
          List.of(ExportFormat.JSONL, ExportFormat.CSV, ExportFormat.CLAIMREVIEW)) {
        files.add(sum(format.fileName(), format.mediaType(), format, entries, frozen));
      }
      byte[] card = DatasetCard.bytes(frozen, counts, files);
      files.add(
          new Manifest.FileSum(
              DatasetCard.FILE_NAME, "text/markdown; charset=UTF-8", card.length, sha256(card)));
      byte[] manifest = Manifest.bytes(frozen, counts, files);
      Manifest.FileSum zip =
          sum(
              "zip",
              ExportFormat.ZIP.mediaType(),
              ExportFormat.ZIP,
              entries,
              frozen.withFiles(manifest, card));
      snapshots.finish(
          versionId, Math.toIntExact(counts.articles()), manifest, card, zip.sha256(), zip.bytes());
      LOG.info(
          () ->
              String.format(
                  "Dataset '%s' version published by %s: %d articles in %.1f s",
                  dataset.getName(),
                  actor,
                  counts.articles(),
                  (System.nanoTime() - started) / 1e9));
      em.clear();
      return VersionView.of(em.find(DatasetVersion.class, versionId));
    } catch (RuntimeException e) {
      snapshots.discard(versionId);
      throw e;
    }
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public List<VersionView> versions(long datasetId) {
    return em
        .createNamedQuery(DatasetVersion.OF_DATASET, DatasetVersion.class)
        .setParameter("dataset", datasetId)
        .setParameter("state", DatasetVersion.State.PUBLISHED)
        .getResultList()
        .stream()
        .map(VersionView::of)
        .toList();
  }

  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public Optional<VersionView> version(long datasetId, int number) {
    return published(datasetId, number).map(VersionView::of);
  }

  /** An export of a published version, ready to be written (the version is checked first). */
  public record Export(
      ExportFormat format, String fileName, Exporter.Entries entries, Frozen frozen) {

    public void writeTo(OutputStream out) throws IOException {
      Exporter.write(format, entries, frozen, out);
    }
  }

  /**
   * An export of a published version; empty when there is no such version. The entries are read a
   * page at a time while it is written.
   */
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public Optional<Export> export(long datasetId, int number, ExportFormat format) {
    return published(datasetId, number)
        .map(
            v -> {
              long versionId = v.getId();
              Exporter.Entries entries = from -> snapshots.entries(versionId, from);
              return new Export(
                  format,
                  format.downloadName(v.getDataset().getName(), v.getNumber()),
                  entries,
                  frozen(v, v.getDataset()));
            });
  }

  private Optional<DatasetVersion> published(long datasetId, int number) {
    return em.createNamedQuery(DatasetVersion.BY_NUMBER, DatasetVersion.class)
        .setParameter("dataset", datasetId)
        .setParameter("number", number)
        .setParameter("state", DatasetVersion.State.PUBLISHED)
        .getResultStream()
        .findFirst();
  }

  /**
   * What the exports of a version are made of besides its entries. Only publishing reads the
   * dataset's name, description and filter (into the manifest and card, stored with the version);
   * exports use the stored manifest and card, so a later change of the dataset changes none of a
   * published version's bytes.
   */
  private static Frozen frozen(DatasetVersion v, Dataset d) {
    return new Frozen(
        d.getId(),
        d.getName(),
        d.getDescription(),
        v.getNumber(),
        v.getPublishedBy(),
        v.getPublishedAt(),
        d.filter(),
        v.getReviewBase(),
        v.getManifest(),
        v.getCard());
  }

  private static Manifest.FileSum sum(
      String name, String mediaType, ExportFormat format, Exporter.Entries entries, Frozen frozen) {
    MessageDigest digest = sha256Digest();
    long[] count = {0};
    OutputStream counting =
        new OutputStream() {
          @Override
          public void write(int b) {
            count[0]++;
          }

          @Override
          public void write(byte[] b, int off, int len) {
            count[0] += len;
          }
        };
    try (DigestOutputStream out = new DigestOutputStream(counting, digest)) {
      Exporter.write(format, entries, frozen, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Manifest.FileSum(
        name, mediaType, count[0], HexFormat.of().formatHex(digest.digest()));
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(sha256Digest().digest(bytes));
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private String actor() {
    return context.getCallerPrincipal().getName();
  }
}
