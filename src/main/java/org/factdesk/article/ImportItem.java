package org.factdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.factdesk.platform.BaseEntity;

/** One file, zip entry or JSONL line of a batch, and what became of it. */
@Entity
@Table(name = "import_item")
@NamedQuery(
    name = ImportItem.OF_BATCH,
    query = "select i from ImportItem i where i.batch = :batch order by i.position")
public class ImportItem extends BaseEntity {

  public static final String OF_BATCH = "ImportItem.ofBatch";

  /** What became of an item. */
  public enum Outcome {
    PENDING,
    IMPORTED,
    DUPLICATE,
    FAILED,
    /** Not an article (a web archive's revisit, image or repeated payload), with the reason. */
    SKIPPED,
    /** The batch was interrupted before this item's turn. */
    NOT_PROCESSED
  }

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "batch_id")
  private ImportBatch batch;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false, length = 1000)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Outcome outcome = Outcome.PENDING;

  @Column(length = 2000)
  private String message;

  @Column(name = "article_id")
  private Long articleId;

  @Column(name = "duplicate_of_id")
  private Long duplicateOfId;

  protected ImportItem() {}

  ImportItem(ImportBatch batch, int position, String name) {
    this.batch = batch;
    this.position = position;
    this.name = name.length() > 1000 ? name.substring(0, 1000) : name;
  }

  void record(Outcome outcome, String message, Long articleId, Long duplicateOfId) {
    this.outcome = outcome;
    this.message = clipMessage(message);
    this.articleId = articleId;
    this.duplicateOfId = duplicateOfId;
  }

  /** The message as the column holds it. */
  static String clipMessage(String message) {
    return message == null || message.length() <= 2000 ? message : message.substring(0, 2000);
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getMessage() {
    return message;
  }

  public Long getArticleId() {
    return articleId;
  }

  public Long getDuplicateOfId() {
    return duplicateOfId;
  }
}
