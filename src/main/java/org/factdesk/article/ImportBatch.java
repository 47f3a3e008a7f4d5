package org.factdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factdesk.platform.BaseEntity;

/** Many articles imported together in the background, with running counts. */
@Entity
@Table(name = "import_batch")
@NamedQuery(
    name = ImportBatch.IN_STATE,
    query = "select b from ImportBatch b where b.state = :state")
public class ImportBatch extends BaseEntity {

  public static final String IN_STATE = "ImportBatch.inState";

  /** Where a batch stands. */
  public enum State {
    /** Uploads stored, being read in the background: no items yet (docs/decisions/0022). */
    READING,
    /** The background reader refused the whole batch (a limit): nothing was imported. */
    REFUSED,
    RUNNING,
    FINISHED,
    /** The server stopped before the batch was done; what was imported is whole. */
    INTERRUPTED
  }

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private State state = State.RUNNING;

  @Column(name = "total_items", nullable = false)
  private int totalItems;

  @Column(nullable = false)
  private int processed;

  @Column(nullable = false)
  private int imported;

  @Column(nullable = false)
  private int duplicates;

  @Column(nullable = false)
  private int failed;

  /** Items that are not articles (a web archive's revisit or image records), with the reason. */
  @Column(nullable = false)
  private int skipped;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(length = 1000)
  private String note;

  /**
   * The instance running the batch, and until when it holds it unless it renews the lease (docs/
   * decisions/0025). Written in SQL only once the batch is stored (renewal, take-over): never by
   * the entity, whose copy may be old.
   */
  @Column(updatable = false, length = 100)
  private String owner;

  @Column(name = "lease_until", updatable = false)
  private Instant leaseUntil;

  protected ImportBatch() {}

  ImportBatch(String createdBy, int totalItems, String owner, Instant leaseUntil) {
    this.createdBy = createdBy;
    this.totalItems = totalItems;
    this.owner = owner;
    this.leaseUntil = leaseUntil;
  }

  /** A batch whose uploads are stored and still to be read (docs/decisions/0022). */
  static ImportBatch reading(String createdBy, String owner, Instant leaseUntil) {
    ImportBatch batch = new ImportBatch(createdBy, 0, owner, leaseUntil);
    batch.state = State.READING;
    batch.note = "Reading the uploaded files: the items appear when the whole upload is read.";
    return batch;
  }

  void count(ImportItem.Outcome outcome) {
    processed++;
    switch (outcome) {
      case IMPORTED -> imported++;
      case DUPLICATE -> duplicates++;
      case SKIPPED -> skipped++;
      default -> failed++;
    }
  }

  void interrupt(String why) {
    state = State.INTERRUPTED;
    finishedAt = Instant.now();
    note = why;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public State getState() {
    return state;
  }

  public int getTotalItems() {
    return totalItems;
  }

  public int getProcessed() {
    return processed;
  }

  public int getImported() {
    return imported;
  }

  public int getDuplicates() {
    return duplicates;
  }

  public int getFailed() {
    return failed;
  }

  public int getSkipped() {
    return skipped;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public String getNote() {
    return note;
  }

  public String getOwner() {
    return owner;
  }

  public Instant getLeaseUntil() {
    return leaseUntil;
  }

  public int getPercentDone() {
    return totalItems == 0 ? 100 : processed * 100 / totalItems;
  }
}
