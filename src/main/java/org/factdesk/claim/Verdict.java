package org.factdesk.claim;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.platform.BaseEntity;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * One verdict on a claim: a rating with the rationale and the evidence for it, who made the claim
 * and when. Verdicts are never changed: a revision is a new verdict with the next revision number,
 * and the newest is the claim's verdict.
 */
@Entity
@Audited
@Table(name = "verdict")
@NamedQuery(
    name = Verdict.OF_CLAIM,
    query = "select v from Verdict v where v.claim.id = :claim order by v.revision desc")
@NamedQuery(
    name = Verdict.NEWEST_OF_CLAIMS,
    query =
        "select v from Verdict v where v.claim.id in :claims and v.revision ="
            + " (select max(o.revision) from Verdict o where o.claim = v.claim)")
public class Verdict extends BaseEntity {

  public static final String OF_CLAIM = "Verdict.ofClaim";
  public static final String NEWEST_OF_CLAIMS = "Verdict.newestOfClaims";

  static final int MAX_RATIONALE = 10_000;
  static final int MAX_CLAIMANT = 300;
  static final int MAX_EVIDENCE = 20;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "claim_id")
  private Claim claim;

  @Column(nullable = false)
  private int revision;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Rating rating;

  @Column(nullable = false, length = MAX_RATIONALE)
  private String rationale;

  @Column(nullable = false, length = MAX_CLAIMANT)
  private String claimant;

  @Column(name = "claim_date", nullable = false)
  private LocalDate claimDate;

  @Column(nullable = false, length = 64)
  private String author;

  @Column(name = "suggested_by_claim")
  private Long suggestedByClaim;

  @NotAudited
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "verdict_evidence", joinColumns = @JoinColumn(name = "verdict_id"))
  @OrderColumn(name = "position")
  private List<Evidence> evidence = new ArrayList<>();

  protected Verdict() {}

  Verdict(
      Claim claim, int revision, VerdictInput.Checked form, String author, Long suggestedByClaim) {
    this.claim = claim;
    this.revision = revision;
    this.rating = form.rating();
    this.rationale = form.rationale();
    this.claimant = form.claimant();
    this.claimDate = form.claimDate();
    this.evidence.addAll(form.evidence());
    this.author = author;
    this.suggestedByClaim = suggestedByClaim;
  }

  public Claim getClaim() {
    return claim;
  }

  public int getRevision() {
    return revision;
  }

  public Rating getRating() {
    return rating;
  }

  public String getRationale() {
    return rationale;
  }

  public String getClaimant() {
    return claimant;
  }

  public LocalDate getClaimDate() {
    return claimDate;
  }

  public String getAuthor() {
    return author;
  }

  public Long getSuggestedByClaim() {
    return suggestedByClaim;
  }

  public List<Evidence> getEvidence() {
    return List.copyOf(evidence);
  }
}
