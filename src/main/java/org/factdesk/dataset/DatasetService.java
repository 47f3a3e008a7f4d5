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
import java.io.Serializable;
import java.time.Instant;
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
  @EJB private PublishSteps steps;
  @EJB private VersionPublisher publisher;
  @EJB private VersionEntries versionEntries;
  @EJB private VersionFiles versionFiles;

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
      long entityVersion,
      String license,
      String splitBy,
      String splitValue,
      String splitText)
      implements Serializable {

    static DatasetView of(Dataset d) {
      DatasetFilter f = d.filter();
      SplitRule split = d.split();
      return new DatasetView(
          d.getId(),
          d.getName(),
          d.getDescription(),
          f,
          f.describe(),
          d.getCreatedBy(),
          d.getModifiedBy(),
          d.getModifiedAt(),
          d.getVersion(),
          d.getLicense(),
          split.kind().name(),
          split.storedValue(),
          split.describe());
    }
  }

  /**
   * A version: who started it and when, its state, and once published how many articles, its
   * manifest and the zip's checksum; while it is being published, how far it got; when that failed,
   * why.
   */
  public record VersionView(
      long datasetId,
      int number,
      DatasetVersion.State state,
      String publishedBy,
      Instant publishedAt,
      int articles,
      String manifest,
      String zipSha256,
      Long zipBytes,
      Progress progress,
      String failure,
      int schemaVersion,
      String license,
      String splitText)
      implements Serializable {

    static VersionView of(DatasetVersion v) {
      byte[] m = v.getManifest();
      DatasetVersion.Step step = v.getStep();
      return new VersionView(
          v.getDataset().getId(),
          v.getNumber(),
          v.getState(),
          v.getPublishedBy(),
          v.getPublishedAt(),
          v.getArticleCount(),
          m == null ? null : new String(m, java.nio.charset.StandardCharsets.UTF_8),
          v.getZipSha256(),
          v.getZipBytes(),
          v.getState() == DatasetVersion.State.PUBLISHING && step != null
              ? new Progress(
                  step.name(),
                  step.label(),
                  v.getStepCount(),
                  v.getPlannedCount(),
                  step.percent(v.getStepCount(), v.getPlannedCount()))
              : null,
          v.getFailure(),
          v.getSchemaVersion(),
          v.getLicense(),
          v.split().describe());
    }

    public boolean isPublished() {
      return state == DatasetVersion.State.PUBLISHED;
    }
  }

  /**
   * How far publishing got: the step (and what it does), how many of the planned articles it has
   * done, and the whole as a percentage (by the share of time each step takes).
   */
  public record Progress(String step, String label, int done, int planned, int percent)
      implements Serializable {}

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
    return create(name, description, filter, null, SplitRule.NONE);
  }

  /** A new dataset whose versions are published with this licence and train/test split. */
  @RolesAllowed(Role.ADMIN_NAME)
  public DatasetView create(
      String name, String description, DatasetFilter filter, String license, SplitRule split) {
    Dataset dataset = new Dataset(name, description, filter, actor());
    dataset.publishWith(license, split, actor());
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
    Dataset current = em.find(Dataset.class, id);
    return change(
        id,
        expectedVersion,
        name,
        description,
        filter,
        current == null ? null : current.getLicense(),
        current == null ? SplitRule.NONE : current.split());
  }

  /**
   * New name, description, filter, licence and split; versions already published keep theirs.
   * {@code expectedVersion} as above.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  public DatasetView change(
      long id,
      long expectedVersion,
      String name,
      String description,
      DatasetFilter filter,
      String license,
      SplitRule split) {
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
    dataset.publishWith(license, split, actor());
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
    return ApprovedArticles.count(em, filter == null ? DatasetFilter.ANY : filter);
  }

  /**
   * Publishes the next version of a dataset and returns when it is out: freezes the approved
   * articles its filter takes in, a page per transaction, then writes the files, the manifest and
   * card with every file's checksum. When any step fails, the version and its entries are removed.
   * The Datasets page and REST publish in the background instead ({@link #startPublishing}).
   */
  @RolesAllowed(Role.ADMIN_NAME)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public VersionView publish(long datasetId) {
    long versionId = steps.begin(datasetId, actor(), reviewBase());
    try {
      publisher.write(versionId);
    } catch (RuntimeException e) {
      steps.discard(versionId);
      throw e;
    }
    return VersionView.of(em.find(DatasetVersion.class, versionId));
  }

  /**
   * Starts publishing the next version of a dataset in the background and returns it as it starts
   * (PUBLISHING, with the number of articles it will hold). Refused while another version of the
   * dataset is being published. Its progress is read with {@link #unfinished}.
   */
  @RolesAllowed(Role.ADMIN_NAME)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public VersionView startPublishing(long datasetId) {
    long versionId = steps.begin(datasetId, actor(), reviewBase());
    publisher.inBackground(versionId);
    LOG.info(() -> "Dataset " + datasetId + ": publishing started by " + actor());
    return VersionView.of(em.find(DatasetVersion.class, versionId));
  }

  /** The dataset's version being published, or the last one that failed; empty when neither. */
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public Optional<VersionView> unfinished(long datasetId) {
    return em.createNamedQuery(DatasetVersion.UNFINISHED, DatasetVersion.class)
        .setParameter("dataset", datasetId)
        .setParameter("published", DatasetVersion.State.PUBLISHED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(VersionView::of);
  }

  private String reviewBase() {
    return publicUrl.replaceAll("/+$", "");
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

  /** A version whatever its state: published, being published (with its progress) or failed. */
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  public Optional<VersionView> version(long datasetId, int number) {
    return em.createNamedQuery(DatasetVersion.ANY_BY_NUMBER, DatasetVersion.class)
        .setParameter("dataset", datasetId)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .map(VersionView::of);
  }

  /**
   * An export of a published version, ready to be written (the version is checked first): the
   * stored file copied a part at a time, or, for JSONL and versions published before files were
   * stored, written from the entries a page at a time. Both give the same bytes.
   */
  public record Export(
      ExportFormat format,
      String fileName,
      Exporter.Entries entries,
      VersionMetadata metadata,
      StoredParts stored) {

    public void writeTo(OutputStream out) throws IOException {
      if (stored == null) {
        Exporter.write(format, entries, metadata, out);
        return;
      }
      int next = 0;
      for (List<byte[]> parts = stored.from(next); !parts.isEmpty(); parts = stored.from(next)) {
        for (byte[] part : parts) {
          out.write(part);
        }
        next += parts.size();
      }
      out.flush();
    }
  }

  /** The parts of a stored file from a part on, a page at a time; an empty page ends them. */
  @FunctionalInterface
  public interface StoredParts {
    List<byte[]> from(int part);
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
              if (format == ExportFormat.PARQUET && v.getSchemaVersion() < DatasetVersion.SCHEMA) {
                throw new DatasetException(
                    "Version "
                        + v.getNumber()
                        + " was published before Parquet export existed and keeps its files as"
                        + " they were; publish a new version to get Parquet.");
              }
              long versionId = v.getId();
              Exporter.Entries entries = from -> versionEntries.after(versionId, from);
              StoredParts stored =
                  v.isFilesStored() && format != ExportFormat.JSONL
                      ? part -> versionFiles.parts(versionId, format, part)
                      : null;
              return new Export(
                  format,
                  format.downloadName(v.getDataset().getName(), v.getNumber()),
                  entries,
                  VersionMetadata.of(v, v.getDataset()),
                  stored);
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

  /** The sha256 of some bytes, in hex: as the manifest lists files. */
  static String sha256(byte[] bytes) {
    return VersionPublisher.sha256(bytes);
  }

  private String actor() {
    return context.getCallerPrincipal().getName();
  }
}
