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

/**
 * A detector's claim that a block is not article: the type, how sure it is, which detector, why in
 * words, and the editor's decision.
 */
@Entity
@Table(name = "flag")
public class Flag extends BaseEntity {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "block_id")
  private Block block;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private FlagType type;

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

  /** The reason as the column holds it: at most 1000 characters, an ellipsis where it was cut. */
  static String clipReason(String reason) {
    return reason.length() > 1000 ? reason.substring(0, 999) + "…" : reason;
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
