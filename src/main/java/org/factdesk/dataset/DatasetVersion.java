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
 * One published version of a dataset. Its articles are entries written once, when it is published
 * (table {@code dataset_entry}); its manifest and card are written right after, and nothing of it
 * changes again.
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
    name = DatasetVersion.LAST_NUMBER,
    query = "select coalesce(max(v.number), 0) from DatasetVersion v where v.dataset.id = :dataset")
public class DatasetVersion extends BaseEntity {

  public static final String OF_DATASET = "DatasetVersion.ofDataset";
  public static final String BY_NUMBER = "DatasetVersion.byNumber";
  public static final String LAST_NUMBER = "DatasetVersion.lastNumber";

  /** Whether its entries are all written. */
  public enum State {
    PUBLISHING,
    PUBLISHED
  }

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

  protected DatasetVersion() {}

  DatasetVersion(Dataset dataset, int number, String publishedBy, String reviewBase) {
    this.dataset = dataset;
    this.number = number;
    this.publishedBy = publishedBy;
    this.publishedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    this.reviewBase = reviewBase;
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
}
