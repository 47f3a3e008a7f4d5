package org.factdesk.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.factdesk.claim.Claim;
import org.factdesk.claim.ClaimDetail;
import org.factdesk.claim.ClaimException;
import org.factdesk.claim.ClaimService;
import org.factdesk.review.ReviewException;
import org.primefaces.PrimeFaces;

/**
 * The Claims tab of the review page: candidates confirmed as they are or with a wording of one's
 * own, claims reworded or dismissed each with its own reason, and text selected in a block marked
 * as a claim. The article and its draft are the review page's ({@link ReviewView}).
 */
@Named
@ViewScoped
public class ReviewClaimsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ClaimService claimService;
  @Inject private ReviewView review;

  private List<ClaimDetail> claims = List.of();
  private List<org.factdesk.claim.InternalConflict> conflicts = List.of();
  private final Map<Long, String> dismissReasons = new HashMap<>();
  private Long confirming;
  private String confirmLine;
  private Long rewording;
  private String rewordLine;
  private String rewordSentence;

  /** After {@link ReviewView#load}: nothing to do when it found no article. */
  public void load() {
    if (review.getArticle() != null) {
      claims = claimService.claimsOf(review.getId());
      conflicts = claimService.internalConflicts(review.getId());
    }
  }

  /** Statements of this article that give one event different values. */
  public List<org.factdesk.claim.InternalConflict> getConflicts() {
    return conflicts;
  }

  /** Confirms a claim candidate as it is; it is linked to the same claim in other articles. */
  public void confirm(long candidateId) {
    confirmed(candidateId, null);
  }

  /** Opens the wording form under a candidate, with the line that confirming as is would give. */
  public void startConfirm(long candidateId, String sentence) {
    confirming = candidateId;
    confirmLine = Claim.shortLine(sentence);
  }

  /** Confirms the candidate whose form is open with the line written there. */
  public void confirmWithWording() {
    if (confirming != null && confirmed(confirming, confirmLine)) {
      cancelConfirm();
    }
  }

  public void cancelConfirm() {
    confirming = null;
    confirmLine = null;
  }

  private boolean confirmed(long candidateId, String line) {
    try {
      ClaimDetail claim = claimService.confirm(candidateId, line);
      claims = claimService.claimsOf(review.getId());
      Messages.info(
          claim.links().isEmpty()
              ? "Claim confirmed."
              : "Claim confirmed and linked to " + claim.links().size() + " in other articles.");
      return true;
    } catch (ClaimException e) {
      Messages.error(e.getMessage());
      return false;
    }
  }

  /** Opens the reword form of a claim, filled with its wording now. */
  public void startReword(ClaimDetail claim) {
    rewording = claim.id();
    rewordLine = claim.claimReviewed();
    rewordSentence = claim.sentence();
  }

  /** Saves the new wording; on a refusal the form stays open with what was typed. */
  public void reword() {
    try {
      claimService.reword(rewording, rewordLine, rewordSentence);
      claims = claimService.claimsOf(review.getId());
      cancelReword();
      Messages.info("Claim reworded.");
    } catch (ClaimException e) {
      Messages.error(e.getMessage());
    }
  }

  public void cancelReword() {
    rewording = null;
    rewordLine = null;
    rewordSentence = null;
  }

  /** Dismisses a claim with the reason typed in its own box. */
  public void dismiss(long claimId) {
    try {
      claimService.dismiss(claimId, dismissReasons.get(claimId));
      claims = claimService.claimsOf(review.getId());
      dismissReasons.remove(claimId);
      Messages.info("Claim dismissed.");
    } catch (ClaimException e) {
      Messages.error(e.getMessage());
    }
  }

  /**
   * Marks the text the editor selected in one block as a claim: the block's index on the page and
   * the selection's offsets in its text arrive as request parameters (review.js).
   */
  public void mark() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      int index = number(params.get("index"));
      OptionalInt position = review.getDraft().storedPosition(index);
      if (position.isEmpty()) {
        throw new ClaimException(
            "Block "
                + (index + 1)
                + " was split or merged since the review was saved: save, then mark the claim.");
      }
      ClaimDetail claim =
          claimService.markText(
              review.getId(),
              position.getAsInt(),
              number(params.get("start")),
              number(params.get("end")),
              null);
      claims = claimService.claimsOf(review.getId());
      Messages.info("Claim marked: " + claim.claimReviewed());
      PrimeFaces.current().ajax().addCallbackParam("marked", claim.id());
    } catch (ClaimException | ReviewException e) {
      Messages.error(e.getMessage());
    }
  }

  /** A selection offset or block index from the request; a missing one asks for a selection. */
  static int number(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new ClaimException("Select the text to mark in one block first.");
    }
  }

  /** Whether a candidate is already a claim. */
  public boolean isClaimed(long candidateId) {
    return claims.stream().anyMatch(c -> Long.valueOf(candidateId).equals(c.candidateId()));
  }

  public boolean isConfirming(long candidateId) {
    return confirming != null && confirming == candidateId;
  }

  public boolean isRewording(long claimId) {
    return rewording != null && rewording == claimId;
  }

  public int getMaxClaimReviewed() {
    return Claim.MAX_CLAIM_REVIEWED;
  }

  public List<ClaimDetail> getClaims() {
    return claims;
  }

  public Map<Long, String> getDismissReasons() {
    return dismissReasons;
  }

  public String getConfirmLine() {
    return confirmLine;
  }

  public void setConfirmLine(String confirmLine) {
    this.confirmLine = confirmLine;
  }

  public String getRewordLine() {
    return rewordLine;
  }

  public void setRewordLine(String rewordLine) {
    this.rewordLine = rewordLine;
  }

  public String getRewordSentence() {
    return rewordSentence;
  }

  public void setRewordSentence(String rewordSentence) {
    this.rewordSentence = rewordSentence;
  }
}
