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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.factdesk.article.Article;
import org.factdesk.article.ClaimSpan;
import org.factdesk.platform.BaseEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A sentence of an article that someone confirmed as worth checking, or dismissed with a reason.
 * The "claim reviewed" is the short line a fact-check shows (ClaimReview's {@code claimReviewed});
 * the sentence is the full text.
 */
@Entity
@Audited
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
        "select c from Claim c where c.state <> org.factdesk.claim.ClaimState.DISMISSED"
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
  @NotAudited
  @Column(length = 1_000_000)
  private String spans;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  /** The smallest claim id of the claims linked with this one; null when linked to none. */
  @Column(name = "cluster_id")
  private Long clusterId;

  /** The fact-checker who checks it; null while it waits in the open pool. */
  @Column(length = 64)
  private String assignee;

  /** Who assigned it: an editor, or the fact-checker who took it from the pool. */
  @Column(name = "assigned_by", length = 64)
  private String assignedBy;

  @Column(name = "assigned_at")
  private Instant assignedAt;

  @Column(name = "due_date")
  private LocalDate dueDate;

  /** See {@link Priority}. */
  @NotAudited
  @Column(name = "priority_key", nullable = false)
  private double priorityKey;

  /** The newest verdict's rating; null before the first. */
  @Enumerated(EnumType.STRING)
  @Column(length = 16)
  private Rating rating;

  @Column(name = "checked_by", length = 64)
  private String checkedBy;

  @Column(name = "checked_at")
  private Instant checkedAt;

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
    reprioritise();
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

  /**
   * Whether {@code actor} may reword or dismiss this claim: never while its article is approved or
   * rejected (a verdict must rate the text it was given), and otherwise an editor, the fact-checker
   * it is assigned to, or, while it waits in the open pool, the one who confirmed it.
   *
   * @param editor whether the actor is an editor or an administrator
   */
  public void checkChangeableBy(String actor, boolean editor, String action) {
    refuse(whyNotChangeableBy(actor, editor, action));
  }

  /** Why {@code actor} may not reword or dismiss this claim, or empty when they may. */
  public Optional<String> whyNotChangeableBy(String actor, boolean editor, String action) {
    if (!article.isEditable()) {
      return Optional.of(
          "Claim "
              + getId()
              + " belongs to article "
              + article.getId()
              + ", which is "
              + article.getState().label().toLowerCase(java.util.Locale.ROOT)
              + "; reopen the article to "
              + action
              + " its claims.");
    }
    if (editor || actor.equals(assignee) || (assignee == null && actor.equals(createdBy))) {
      return Optional.empty();
    }
    return Optional.of(
        "Claim "
            + getId()
            + (assignee == null
                ? " is in the open pool; take it before you " + action + " it."
                : " is assigned to "
                    + assignee
                    + "; only they or an editor may "
                    + action
                    + " it."));
  }

  private static void refuse(Optional<String> refusal) {
    if (refusal.isPresent()) {
      throw new ClaimException(refusal.get());
    }
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
    if (state == ClaimState.CHECKED) {
      throw new ClaimException(
          "Claim " + getId() + " has a verdict; revise the verdict instead of dismissing it.");
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
    reprioritise();
  }

  /**
   * Gives the claim to a fact-checker (an editor assigning, or reassigning), with an optional due
   * date. Whether {@code checker} is a fact-checker is the caller's to know.
   */
  void assign(String checker, String by, LocalDate due) {
    if (state == ClaimState.DISMISSED) {
      throw new ClaimException("Claim " + getId() + " is dismissed; there is nothing to check.");
    }
    this.assignee = checker;
    this.assignedBy = by;
    this.assignedAt = Instant.now();
    this.dueDate = due;
    reprioritise();
  }

  /** A fact-checker takes the claim from the open pool. */
  void take(String checker) {
    refuse(whyNotTakenBy(checker));
    this.assignee = checker;
    this.assignedBy = checker;
    this.assignedAt = Instant.now();
  }

  /** Why {@code checker} may not take the claim from the open pool, or empty when they may. */
  public Optional<String> whyNotTakenBy(String checker) {
    if (state != ClaimState.CONFIRMED) {
      return Optional.of(
          "Claim " + getId() + " is " + state.label() + "; only open claims are taken.");
    }
    if (assignee != null) {
      return Optional.of(
          "Claim "
              + getId()
              + (assignee.equals(checker)
                  ? " is already yours."
                  : " is assigned to " + assignee + "; it is not in the open pool."));
    }
    return Optional.empty();
  }

  /** The assignee gives the claim back to the open pool. */
  void release(String checker) {
    refuse(whyNotReleasedBy(checker));
    this.assignee = null;
    this.assignedBy = null;
    this.assignedAt = null;
  }

  /** Why {@code checker} may not give the claim back to the pool, or empty when they may. */
  public Optional<String> whyNotReleasedBy(String checker) {
    if (!checker.equals(assignee)) {
      return Optional.of("Claim " + getId() + " is not assigned to you.");
    }
    if (state != ClaimState.CONFIRMED) {
      return Optional.of(
          "Claim " + getId() + " is " + state.label() + "; only open claims go back to the pool.");
    }
    return Optional.empty();
  }

  /**
   * Checks that {@code checker} may give this claim a verdict: it is assigned to them and not
   * dismissed.
   */
  void checkVerdictBy(String checker) {
    refuse(whyNoVerdictBy(checker));
  }

  /** Why {@code checker} may not give this claim a verdict, or empty when they may. */
  public Optional<String> whyNoVerdictBy(String checker) {
    if (state == ClaimState.DISMISSED) {
      return Optional.of("Claim " + getId() + " is dismissed; it gets no verdict.");
    }
    if (assignee == null) {
      return Optional.of(
          "Claim " + getId() + " is in the open pool; take it before giving a verdict.");
    }
    if (!assignee.equals(checker)) {
      return Optional.of(
          "Claim " + getId() + " is assigned to " + assignee + "; only they can give its verdict.");
    }
    return Optional.empty();
  }

  /** The newest verdict was given. */
  void checked(Verdict verdict) {
    this.rating = verdict.getRating();
    this.checkedBy = verdict.getAuthor();
    this.checkedAt = Instant.now();
    this.state = ClaimState.CHECKED;
  }

  private void reprioritise() {
    LocalDate confirmed =
        getCreatedAt() == null
            ? LocalDate.now(ZoneOffset.UTC)
            : LocalDate.ofInstant(getCreatedAt(), ZoneOffset.UTC);
    this.priorityKey = Priority.key(score == null ? 0 : score, confirmed, dueDate);
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

  public String getAssignee() {
    return assignee;
  }

  public String getAssignedBy() {
    return assignedBy;
  }

  public Instant getAssignedAt() {
    return assignedAt;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public double getPriorityKey() {
    return priorityKey;
  }

  public Rating getRating() {
    return rating;
  }

  public String getCheckedBy() {
    return checkedBy;
  }

  public Instant getCheckedAt() {
    return checkedAt;
  }
}
