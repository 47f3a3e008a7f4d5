package org.factdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.claim.ClaimActions;
import org.factdesk.claim.ClaimDetail;
import org.factdesk.claim.ClaimException;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.FactCheckService;
import org.factdesk.claim.PossibleLink;
import org.factdesk.claim.Rating;
import org.factdesk.claim.Suggestion;
import org.factdesk.claim.VerdictDefaults;
import org.factdesk.claim.VerdictDetail;
import org.factdesk.claim.VerdictInput;
import org.factdesk.identity.Role;

/**
 * One claim, where a fact-checker works: its sentence and article, who checks it, the verdict form
 * and history, and the same claim in other articles with their verdicts as suggestions. What a
 * person may do is checked again by the services; the page only hides it.
 */
@Named
@ViewScoped
public class ClaimDetailView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ClaimService claims;
  @Inject private FactCheckService factCheck;

  private List<FactCheckService.Checker> factCheckers;
  @Inject private Caller caller;

  private Long id;
  private ClaimDetail claim;
  private ClaimActions actions = ClaimActions.NONE;
  private List<ClaimDetail> cluster = List.of();
  private List<PossibleLink> possibleLinks = List.of();
  private List<VerdictDetail> verdicts = List.of();
  private List<Suggestion> suggestions = List.of();

  // the verdict form
  private Rating rating;
  private String rationale;
  private String claimant;
  private LocalDate claimDate;
  private List<EvidenceRow> evidence = new ArrayList<>();

  // assignment, dismissal and links
  private String assignee;
  private LocalDate due;
  private String dismissReason;
  private Long linkWith;
  private String newLine;
  private String newSentence;

  /** One evidence row of the form. */
  public static class EvidenceRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String url;
    private String title;
    private String note;

    EvidenceRow(String url, String title, String note) {
      this.url = url;
      this.title = title;
      this.note = note;
    }

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }

  public void load() throws IOException {
    if (id == null) {
      Pages.notFound("Which claim? The address needs ?id=.");
      return;
    }
    try {
      refresh();
    } catch (ClaimException e) {
      Pages.notFound(e.getMessage());
      return;
    }
    fillForm();
  }

  private void refresh() {
    claim = claims.get(id);
    actions = claims.actions(id);
    cluster = claims.cluster(id).stream().filter(c -> c.id() != id).toList();
    possibleLinks = claims.possibleLinks(id);
    verdicts = factCheck.verdicts(id);
    suggestions = factCheck.suggestions(id);
    assignee = claim.assignee();
    due = claim.dueDate();
    newLine = claim.claimReviewed();
    newSentence = claim.sentence();
  }

  /** The newest verdict to revise, or the claim's defaults with one empty evidence row. */
  private void fillForm() {
    evidence = new ArrayList<>();
    if (!verdicts.isEmpty()) {
      VerdictDetail newest = verdicts.get(0);
      rating = newest.rating();
      rationale = newest.rationale();
      claimant = newest.claimant();
      claimDate = newest.claimDate();
      newest.evidence().forEach(e -> evidence.add(new EvidenceRow(e.url(), e.title(), e.note())));
    } else {
      VerdictDefaults defaults = factCheck.defaults(id);
      rating = null;
      rationale = null;
      claimant = defaults.claimant();
      claimDate = defaults.claimDate();
      evidence.add(new EvidenceRow(null, null, null));
    }
  }

  public void addEvidence() {
    evidence.add(new EvidenceRow(null, null, null));
  }

  public void removeEvidence(int index) {
    if (index >= 0 && index < evidence.size()) {
      evidence.remove(index);
    }
  }

  public void giveVerdict() {
    VerdictInput input =
        new VerdictInput(
            rating,
            rationale,
            claimant,
            claimDate,
            evidence.stream()
                .map(e -> new VerdictInput.EvidenceInput(e.getUrl(), e.getTitle(), e.getNote()))
                .toList());
    try {
      VerdictDetail verdict = factCheck.giveVerdict(id, input);
      refresh();
      Messages.info(
          "Verdict saved: "
              + verdict.rating().label()
              + (verdict.revision() > 1 ? " (revision " + verdict.revision() + ")." : "."));
    } catch (ClaimException e) {
      Messages.error(e.getMessage());
    }
  }

  public void accept(long fromClaimId) {
    act(
        () -> factCheck.acceptSuggestion(id, fromClaimId),
        "Verdict of claim " + fromClaimId + " taken over.");
    fillForm();
  }

  public void take() {
    act(() -> factCheck.take(id), "The claim is in your queue now.");
  }

  public void release() {
    act(() -> factCheck.release(id), "The claim is back in the open pool.");
  }

  public void assign() {
    act(() -> factCheck.assign(id, assignee, due), "Claim assigned to " + assignee + ".");
  }

  /** New wording: the short line and the full sentence; what was typed stays on a refusal. */
  public void reword() {
    String line = newLine;
    String sentence = newSentence;
    try {
      claims.reword(id, line, sentence);
      refresh();
      Messages.info("Claim reworded.");
    } catch (ClaimException e) {
      newLine = line;
      newSentence = sentence;
      Messages.error(e.getMessage());
    }
  }

  public void dismiss() {
    act(() -> claims.dismiss(id, dismissReason), "Claim dismissed.");
  }

  public void link() {
    if (linkWith == null) {
      Messages.error("Enter the id of the claim to link with.");
      return;
    }
    long other = linkWith;
    act(() -> claims.link(id, other), "Linked with claim " + other + ".");
    linkWith = null;
  }

  /** Links a claim offered as possibly the same claim. */
  public void linkPossible(long otherId) {
    act(() -> claims.link(id, otherId), "Linked with claim " + otherId + ".");
  }

  /** A claim offered as possibly the same is not: it is not offered again. */
  public void notTheSame(long otherId) {
    act(
        () -> claims.notTheSame(id, otherId),
        "Claim " + otherId + " is not offered again for this claim.");
  }

  public void unlink(long otherId) {
    act(() -> claims.unlink(id, otherId), "Link with claim " + otherId + " removed.");
  }

  private void act(Runnable work, String done) {
    try {
      work.run();
      refresh();
      Messages.info(done);
    } catch (ClaimException e) {
      Messages.error(e.getMessage());
    }
  }

  public boolean isFactChecker() {
    return caller.hasAnyRole(Role.FACT_CHECKER_NAME);
  }

  public boolean isAssigner() {
    return caller.hasAnyRole(Role.EDITOR_NAME, Role.ADMIN_NAME);
  }

  /** Rewording and dismissing: the claim's rule decides ({@link ClaimActions}). */
  public boolean isCanChange() {
    return actions.change();
  }

  public boolean isCanRate() {
    return actions.rate();
  }

  public boolean isCanTake() {
    return actions.take();
  }

  public boolean isCanRelease() {
    return actions.release();
  }

  /**
   * Whether a suggestion can be taken over by this person now (taking the claim if in the pool).
   */
  public boolean canAccept(Suggestion suggestion) {
    return suggestion.acceptable() && actions.takeOver();
  }

  /** The link from this claim to another of its cluster, if they are linked directly. */
  public ClaimDetail.Link linkTo(long otherId) {
    return claim.links().stream().filter(l -> l.otherClaimId() == otherId).findFirst().orElse(null);
  }

  /** The fact-checkers to choose from, read once per view. */
  public List<FactCheckService.Checker> getFactCheckers() {
    if (factCheckers == null) {
      factCheckers = factCheck.factCheckers();
    }
    return factCheckers;
  }

  public Rating[] getRatings() {
    return Rating.values();
  }

  /** 0.72 for 0.7195: how the links' reasons write the meaning and the link model's score. */
  public String twoPlaces(double value) {
    return String.format(java.util.Locale.ROOT, "%.2f", value);
  }

  public String percent(Double score) {
    return score == null ? "" : Math.round(score * 100) + "%";
  }

  public String when(java.time.Instant instant) {
    return instant == null ? "" : Pages.minute(instant);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ClaimDetail getClaim() {
    return claim;
  }

  public List<PossibleLink> getPossibleLinks() {
    return possibleLinks;
  }

  public List<ClaimDetail> getCluster() {
    return cluster;
  }

  public List<VerdictDetail> getVerdicts() {
    return verdicts;
  }

  public List<Suggestion> getSuggestions() {
    return suggestions;
  }

  public Rating getRating() {
    return rating;
  }

  public void setRating(Rating rating) {
    this.rating = rating;
  }

  public String getRationale() {
    return rationale;
  }

  public void setRationale(String rationale) {
    this.rationale = rationale;
  }

  public String getClaimant() {
    return claimant;
  }

  public void setClaimant(String claimant) {
    this.claimant = claimant;
  }

  public LocalDate getClaimDate() {
    return claimDate;
  }

  public void setClaimDate(LocalDate claimDate) {
    this.claimDate = claimDate;
  }

  public List<EvidenceRow> getEvidence() {
    return evidence;
  }

  public String getAssignee() {
    return assignee;
  }

  public void setAssignee(String assignee) {
    this.assignee = assignee;
  }

  public LocalDate getDue() {
    return due;
  }

  public void setDue(LocalDate due) {
    this.due = due;
  }

  public String getDismissReason() {
    return dismissReason;
  }

  public void setDismissReason(String dismissReason) {
    this.dismissReason = dismissReason;
  }

  public String getNewLine() {
    return newLine;
  }

  public void setNewLine(String newLine) {
    this.newLine = newLine;
  }

  public String getNewSentence() {
    return newSentence;
  }

  public void setNewSentence(String newSentence) {
    this.newSentence = newSentence;
  }

  public Long getLinkWith() {
    return linkWith;
  }

  public void setLinkWith(Long linkWith) {
    this.linkWith = linkWith;
  }
}
