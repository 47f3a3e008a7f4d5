package org.factdesk.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.List;
import org.factdesk.article.Article;
import org.factdesk.article.ClaimSpan;
import org.factdesk.platform.BaseEntity;

/**
 * A sentence of an article that someone confirmed as worth checking, or dismissed with a reason.
 * The "claim reviewed" is the short line a fact-check shows (ClaimReview's {@code claimReviewed});
 * the sentence is the full text.
 */
@Entity
@Table(name = "claim")
@NamedQuery(
    name = Claim.OF_ARTICLE,
    query = "select c from Claim c where c.article.id = :article order by c.id")
@NamedQuery(
    name = Claim.ID_OF_CANDIDATE,
    query = "select c.id from Claim c where c.candidateId = :candidate")
@NamedQuery(
    name = Claim.CONFIRMED_ELSEWHERE,
    query =
        "select c from Claim c where c.state = org.factdesk.claim.ClaimState.CONFIRMED"
            + " and c.article.id <> :article order by c.id desc")
@NamedQuery(
    name = Claim.OF_CLUSTER,
    query = "select c from Claim c where c.clusterId = :cluster order by c.id")
public class Claim extends BaseEntity {

  public static final String OF_ARTICLE = "Claim.ofArticle";
  public static final String ID_OF_CANDIDATE = "Claim.idOfCandidate";
  public static final String CONFIRMED_ELSEWHERE = "Claim.confirmedElsewhere";
  public static final String OF_CLUSTER = "Claim.ofCluster";

  /** ClaimReview shows the claim reviewed as one short line. */
  public static final int MAX_CLAIM_REVIEWED = 75;

  public static final int MAX_SENTENCE = 100_000;
  public static final int MAX_DISMISS_REASON = 1000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  /** The candidate it was confirmed from; null when marked by hand or the candidate is gone. */
  @Column(name = "candidate_id")
  private Long candidateId;

  /** The block it was found in; null once a merge or split removed that block. */
  @Column(name = "block_id")
  private Long blockId;

  @Column(nullable = false, length = MAX_SENTENCE)
  private String sentence;

  @Column(name = "claim_reviewed", nullable = false, length = MAX_CLAIM_REVIEWED)
  private String claimReviewed;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ClaimState state = ClaimState.CONFIRMED;

  @Column(name = "dismiss_reason", length = MAX_DISMISS_REASON)
  private String dismissReason;

  @Column(name = "dismissed_by", length = 64)
  private String dismissedBy;

  private Double score;

  /**
   * The typed spans (offsets within the sentence) as {@link ClaimSpan#encode} writes them; null for
   * none.
   */
  @Column(length = 1_000_000)
  private String spans;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  /** The smallest claim id of the claims linked with this one; null when linked to none. */
  @Column(name = "cluster_id")
  private Long clusterId;

  protected Claim() {}

  /**
   * A confirmed claim.
   *
   * @param spans the column value from {@link ClaimSpan#encode}, or null
   */
  Claim(
      Article article,
      Long candidateId,
      Long blockId,
      String sentence,
      String claimReviewed,
      Double score,
      String spans,
      String createdBy) {
    this.article = article;
    this.candidateId = candidateId;
    this.blockId = blockId;
    this.sentence = checkedSentence(sentence);
    this.claimReviewed = checkedClaimReviewed(claimReviewed);
    this.score = score;
    this.spans = spans;
    this.createdBy = createdBy;
  }

  /**
   * The sentence cut at a word boundary to at most {@value #MAX_CLAIM_REVIEWED} characters, with an
   * ellipsis when cut: the claim reviewed when nobody wrote one.
   */
  public static String shortLine(String sentence) {
    String s = sentence.strip().replaceAll("\\s+", " ");
    if (s.length() <= MAX_CLAIM_REVIEWED) {
      return s;
    }
    String head = s.substring(0, MAX_CLAIM_REVIEWED - 1);
    int space = head.lastIndexOf(' ');
    if (space > 0) {
      head = head.substring(0, space);
    }
    return head.stripTrailing() + "…";
  }

  /** Takes the claim out of checking; the reason is required and kept. */
  public void dismiss(String reason, String actor) {
    if (reason == null || reason.isBlank()) {
      throw new ClaimException("Say why claim " + getId() + " is dismissed: the reason is empty.");
    }
    String r = reason.strip();
    if (r.length() > MAX_DISMISS_REASON) {
      throw new ClaimException(
          "The reason may hold at most "
              + MAX_DISMISS_REASON
              + " characters; it has "
              + r.length()
              + ".");
    }
    if (state == ClaimState.DISMISSED) {
      throw new ClaimException("Claim " + getId() + " is already dismissed.");
    }
    this.state = ClaimState.DISMISSED;
    this.dismissReason = r;
    this.dismissedBy = actor;
  }

  /** New wording: the short claim reviewed line and the full sentence. */
  public void reword(String claimReviewed, String sentence) {
    String line = checkedClaimReviewed(claimReviewed);
    String full = checkedSentence(sentence);
    this.claimReviewed = line;
    this.sentence = full;
  }

  /** Spans read again from a reworded sentence. */
  void respan(String spans, Double score) {
    this.spans = spans;
    this.score = score;
  }

  void joinCluster(Long clusterId) {
    this.clusterId = clusterId;
  }

  private static String checkedClaimReviewed(String value) {
    String line = value == null ? "" : value.strip();
    if (line.isEmpty()) {
      throw new ClaimException("The claim reviewed is empty; write it in a short line.");
    }
    if (line.length() > MAX_CLAIM_REVIEWED) {
      throw new ClaimException(
          "The claim reviewed may hold at most "
              + MAX_CLAIM_REVIEWED
              + " characters; it has "
              + line.length()
              + ".");
    }
    return line;
  }

  private static String checkedSentence(String value) {
    String full = value == null ? "" : value.strip();
    if (full.isEmpty()) {
      throw new ClaimException("The sentence of the claim is empty.");
    }
    if (full.length() > MAX_SENTENCE) {
      throw new ClaimException(
          "The sentence may hold at most "
              + MAX_SENTENCE
              + " characters; it has "
              + full.length()
              + ".");
    }
    return full;
  }

  public Article getArticle() {
    return article;
  }

  public Long getCandidateId() {
    return candidateId;
  }

  public Long getBlockId() {
    return blockId;
  }

  public String getSentence() {
    return sentence;
  }

  public String getClaimReviewed() {
    return claimReviewed;
  }

  public ClaimState getState() {
    return state;
  }

  public String getDismissReason() {
    return dismissReason;
  }

  public String getDismissedBy() {
    return dismissedBy;
  }

  public Double getScore() {
    return score;
  }

  public List<ClaimSpan> getSpans() {
    return ClaimSpan.decode(spans);
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Long getClusterId() {
    return clusterId;
  }
}
