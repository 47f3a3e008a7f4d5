package org.factdesk.dataset;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factdesk.platform.BaseEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One version of a dataset. Its articles are entries written once, when it is published (table
 * {@code dataset_entry}); its files are written and hashed right after (CSV, ClaimReview and zip
 * stored in {@code dataset_file}), then its manifest and card, and nothing of it changes again.
 * While it is being published it shows how far it got; a version whose publishing failed keeps the
 * reason until the dataset's next publishing replaces it.
 */
@Entity
@Table(name = "dataset_version")
@NamedQuery(
    name = DatasetVersion.OF_DATASET,
    query =
        "select v from DatasetVersion v where v.dataset.id = :dataset"
            + " and v.state = :state order by v.number desc")
@NamedQuery(
    name = DatasetVersion.BY_NUMBER,
    query =
        "select v from DatasetVersion v where v.dataset.id = :dataset and v.number = :number"
            + " and v.state = :state")
@NamedQuery(
    name = DatasetVersion.ANY_BY_NUMBER,
    query = "select v from DatasetVersion v where v.dataset.id = :dataset and v.number = :number")
@NamedQuery(
    name = DatasetVersion.UNFINISHED,
    query =
        "select v from DatasetVersion v where v.dataset.id = :dataset and v.state <> :published"
            + " order by v.number desc")
@NamedQuery(
    name = DatasetVersion.LAST_NUMBER,
    query = "select coalesce(max(v.number), 0) from DatasetVersion v where v.dataset.id = :dataset")
public class DatasetVersion extends BaseEntity {

  public static final String OF_DATASET = "DatasetVersion.ofDataset";
  public static final String BY_NUMBER = "DatasetVersion.byNumber";
  public static final String ANY_BY_NUMBER = "DatasetVersion.anyByNumber";
  public static final String UNFINISHED = "DatasetVersion.unfinished";
  public static final String LAST_NUMBER = "DatasetVersion.lastNumber";

  /** Whether its entries are all written. */
  public enum State {
    PUBLISHING,
    PUBLISHED,
    FAILED
  }

  /** The steps of publishing, in order, with the share of the work each takes (measured). */
  public enum Step {
    FREEZING("Freezing the articles", 60),
    JSONL("Hashing data.jsonl", 4),
    CSV("Writing data.csv", 8),
    CLAIMREVIEW("Writing claimreview.jsonld", 8),
    PARQUET("Writing data.parquet", 15),
    ZIP("Writing dataset.zip", 5);

    private final String label;
    private final int share;

    Step(String label, int share) {
      this.label = label;
      this.share = share;
    }

    public String label() {
      return label;
    }

    /**
     * How much of the whole is done, in percent, when this step has done {@code done} of {@code
     * planned} articles.
     */
    public int percent(int done, int planned) {
      int before = 0;
      for (Step s : values()) {
        if (s == this) {
          break;
        }
        before += s.share;
      }
      double within = planned <= 0 ? 0 : Math.min(1.0, done / (double) planned);
      return (int) Math.min(99, Math.floor(before + share * within));
    }
  }

  /** A version that shows no progress for this long was cut off (its server stopped). */
  public static final java.time.Duration CUT_OFF_AFTER = java.time.Duration.ofMinutes(5);

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dataset_id")
  private Dataset dataset;

  @Column(nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private State state = State.PUBLISHING;

  @Column(name = "published_by", nullable = false, length = 64)
  private String publishedBy;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "article_count", nullable = false)
  private int articleCount;

  @Column(name = "review_base", nullable = false, length = 500)
  private String reviewBase;

  @Basic(fetch = FetchType.LAZY)
  @JdbcTypeCode(SqlTypes.VARBINARY)
  private byte[] manifest;

  @Basic(fetch = FetchType.LAZY)
  @JdbcTypeCode(SqlTypes.VARBINARY)
  private byte[] card;

  @Column(name = "zip_sha256", length = 64)
  private String zipSha256;

  @Column(name = "zip_bytes")
  private Long zipBytes;

  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Step step;

  @Column(name = "planned_count")
  private Integer plannedCount;

  @Column(name = "step_count")
  private Integer stepCount;

  @Column(length = 2000)
  private String failure;

  @Column(name = "files_stored", nullable = false)
  private boolean filesStored;

  /** The schema its files are written in: 1 before V24 (camelCase JSONL), else {@link #SCHEMA}. */
  @Column(name = "schema_version", nullable = false)
  private int schemaVersion = 1;

  @Column(length = 64)
  private String license;

  @Column(name = "split_by", length = 16)
  private String splitBy;

  @Column(name = "split_value", length = 2000)
  private String splitValue;

  /** The schema new versions are written in: snake_case fields, Parquet, a card for the hubs. */
  public static final int SCHEMA = 2;

  protected DatasetVersion() {}

  DatasetVersion(
      Dataset dataset, int number, String publishedBy, String reviewBase, int plannedCount) {
    this.dataset = dataset;
    this.number = number;
    this.publishedBy = publishedBy;
    this.publishedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    this.reviewBase = reviewBase;
    this.plannedCount = plannedCount;
    this.step = Step.FREEZING;
    this.stepCount = 0;
    this.schemaVersion = SCHEMA;
    this.license = dataset.getLicense();
    SplitRule split = dataset.split();
    this.splitBy = split.isSplit() ? split.kind().name() : null;
    this.splitValue = split.storedValue();
  }

  /** How far publishing got: the step and how many articles it has done. */
  void progress(Step now, int done) {
    if (state != State.PUBLISHING) {
      throw new DatasetException("Version " + number + " is not being published.");
    }
    this.step = now;
    this.stepCount = done;
  }

  /** Publishing stopped: the reason is kept for whoever started it. */
  void failed(String reason) {
    this.state = State.FAILED;
    this.failure =
        reason == null || reason.isBlank()
            ? "Publishing stopped with an unexpected error; see the server log."
            : reason.length() > 2000 ? reason.substring(0, 1997) + "..." : reason;
  }

  /** True while publishing and without progress for {@link #CUT_OFF_AFTER}. */
  boolean isCutOff(Instant now) {
    return state == State.PUBLISHING && getModifiedAt().plus(CUT_OFF_AFTER).isBefore(now);
  }

  /** Every entry is written: the version is out, with its manifest, card and the zip's checksum. */
  void published(int articles, byte[] manifest, byte[] card, String zipSha256, long zipBytes) {
    if (state != State.PUBLISHING) {
      throw new DatasetException("Version " + number + " is already published.");
    }
    this.articleCount = articles;
    this.manifest = manifest.clone();
    this.card = card.clone();
    this.zipSha256 = zipSha256;
    this.zipBytes = zipBytes;
    this.state = State.PUBLISHED;
    this.step = null;
    this.stepCount = null;
    this.filesStored = true;
  }

  public Dataset getDataset() {
    return dataset;
  }

  public int getNumber() {
    return number;
  }

  public State getState() {
    return state;
  }

  public String getPublishedBy() {
    return publishedBy;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public int getArticleCount() {
    return articleCount;
  }

  public String getReviewBase() {
    return reviewBase;
  }

  public byte[] getManifest() {
    return manifest == null ? null : manifest.clone();
  }

  public byte[] getCard() {
    return card == null ? null : card.clone();
  }

  public String getZipSha256() {
    return zipSha256;
  }

  public Long getZipBytes() {
    return zipBytes;
  }

  public Step getStep() {
    return step;
  }

  public int getPlannedCount() {
    return plannedCount == null ? 0 : plannedCount;
  }

  public int getStepCount() {
    return stepCount == null ? 0 : stepCount;
  }

  public String getFailure() {
    return failure;
  }

  public int getSchemaVersion() {
    return schemaVersion;
  }

  public String getLicense() {
    return license;
  }

  /** The train/test split frozen with the version. */
  public SplitRule split() {
    return SplitRule.stored(splitBy, splitValue);
  }

  /** True when the CSV, ClaimReview and zip files are stored (published since V17). */
  public boolean isFilesStored() {
    return filesStored;
  }
}
