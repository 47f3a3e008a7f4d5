package org.factdesk.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.factdesk.platform.BaseEntity;

/**
 * A person's decision on a sentence as a claim: confirmed from a candidate, marked in the text, or
 * dismissed. Training data for the check-worthiness model (issue 13): exported as JSONL, read by
 * {@code TrainCheckWorthiness --decisions}. Written once, never changed.
 */
@Entity
@Table(name = "claim_decision")
@NamedQuery(
    name = ClaimDecision.PAGE,
    query = "select d from ClaimDecision d where d.id > :after order by d.id")
public class ClaimDecision extends BaseEntity {

  public static final String PAGE = "ClaimDecision.page";

  /** What was decided. */
  public enum Kind {
    /** A claim candidate confirmed as a claim: check-worthy. */
    CONFIRMED,
    /** Text the engine did not offer, marked as a claim by hand: check-worthy. */
    MARKED,
    /** A claim taken out of checking, with a reason: not worth checking. */
    DISMISSED;

    /** Whether the sentence was judged worth checking. */
    public boolean checkWorthy() {
      return this != DISMISSED;
    }
  }

  @Column(name = "claim_id", nullable = false)
  private long claimId;

  @Column(name = "article_id", nullable = false)
  private long articleId;

  @Column(name = "candidate_id")
  private Long candidateId;

  @Column(nullable = false, length = 100000)
  private String sentence;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Kind decision;

  @Column(length = 1000)
  private String reason;

  private Double score;

  @Column(name = "decided_by", nullable = false, length = 64)
  private String decidedBy;

  protected ClaimDecision() {}

  ClaimDecision(Claim claim, Kind decision, String reason, String decidedBy) {
    this.claimId = claim.getId();
    this.articleId = claim.getArticle().getId();
    this.candidateId = claim.getCandidateId();
    this.sentence = claim.getSentence();
    this.decision = decision;
    this.reason = reason;
    this.score = claim.getScore();
    this.decidedBy = decidedBy;
  }

  public long getClaimId() {
    return claimId;
  }

  public long getArticleId() {
    return articleId;
  }

  public Long getCandidateId() {
    return candidateId;
  }

  public String getSentence() {
    return sentence;
  }

  public Kind getDecision() {
    return decision;
  }

  public String getReason() {
    return reason;
  }

  public Double getScore() {
    return score;
  }

  public String getDecidedBy() {
    return decidedBy;
  }
}
