package org.factdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.factdesk.analysis.FlagType;
import org.factdesk.platform.BaseEntity;
import org.hibernate.envers.Audited;

/**
 * A detector's claim that a block is not article: the type, how sure it is, which detector, why in
 * words, and the editor's decision.
 */
@Entity
@Audited
@Table(name = "flag")
public class Flag extends BaseEntity {
  /** The detector name of flags an editor adds by hand. */
  public static final String BY_EDITOR = "editor";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "block_id")
  private Block block;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private FlagType type;

  /** The type the detector gave; an editor may change {@link #type}. */
  @Enumerated(EnumType.STRING)
  @Column(name = "original_type", nullable = false, length = 32)
  private FlagType originalType;

  @Column(nullable = false)
  private double confidence;

  @Column(nullable = false, length = 64)
  private String detector;

  @Column(nullable = false, length = 1000)
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private FlagDecision decision = FlagDecision.PENDING;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected Flag() {}

  Flag(Block block, FlagType type, double confidence, String detector, String reason) {
    this.block = block;
    this.article = block.getArticle();
    this.type = type;
    this.originalType = type;
    this.confidence = confidence;
    this.detector = detector;
    this.reason = clipReason(reason);
  }

  /** The reason as the column holds it: at most 1000 characters, an ellipsis where it was cut. */
  static String clipReason(String reason) {
    return reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
  }

  /** An editor's decision on the flag, with who made it and when. */
  public void decide(FlagDecision next, String actor) {
    this.decision = next;
    this.decidedBy = next == FlagDecision.PENDING ? null : actor;
    this.decidedAt = next == FlagDecision.PENDING ? null : Instant.now();
  }

  /** An editor says the block is not article, but of another kind than the detector thought. */
  public void retype(FlagType next) {
    this.type = next;
  }

  /** A detector raised the same flag again (detection re-run): its latest word on it. */
  public void redetected(double nextConfidence, String nextDetector, String nextReason) {
    this.confidence = nextConfidence;
    this.detector = nextDetector;
    this.reason = clipReason(nextReason);
  }

  void movedTo(Block next) {
    this.block = next;
  }

  public FlagType getOriginalType() {
    return originalType;
  }

  public Block getBlock() {
    return block;
  }

  public FlagType getType() {
    return type;
  }

  public double getConfidence() {
    return confidence;
  }

  public String getDetector() {
    return detector;
  }

  public String getReason() {
    return reason;
  }

  public FlagDecision getDecision() {
    return decision;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
