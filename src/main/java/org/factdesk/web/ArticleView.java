package org.factdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.factdesk.article.ArticleDetail;
import org.factdesk.article.ArticleQueries;
import org.factdesk.article.ArticleStateException;
import org.factdesk.article.ArticleTransition;
import org.factdesk.claim.ClaimDetail;
import org.factdesk.claim.ClaimException;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.FactCheckProgress;
import org.factdesk.claim.FactCheckService;
import org.factdesk.claim.SameStoryOffers;
import org.factdesk.claim.StoryOffer;
import org.factdesk.identity.Role;
import org.factdesk.workflow.WorkflowService;

/**
 * One article as the engine saw it (metadata, blocks with their flags, claim candidates,
 * duplicates), and its fact-check: the confirmed claims with who checks them, assigning them all,
 * and moving the article on to ready.
 */
@Named
@ViewScoped
public class ArticleView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ArticleQueries queries;
  @Inject private ClaimService claimService;
  @Inject private FactCheckService factCheck;

  private List<FactCheckService.Checker> factCheckers;
  @Inject private Caller caller;
  @Inject private WorkflowService workflow;
  @Inject private SameStoryOffers stories;

  private Long id;
  private ArticleDetail article;
  private List<ClaimDetail> claims = List.of();
  private List<StoryOffer> storyOffers = List.of();
  private FactCheckProgress progress;
  private String assignTo;
  private LocalDate due;
  // Entities: not kept in the replicated session, read again after a move to another instance.
  private transient List<ArticleTransition> transitions = List.of();
  private boolean fourEyes;
  private boolean canFinishFactCheck;
  private String reason;

  public void load() throws IOException {
    article = id == null ? null : queries.detail(id).orElse(null);
    if (article == null) {
      Pages.notFound("There is no article " + id + ".");
      return;
    }
    claims = claimService.claimsOf(id);
    progress = factCheck.progress(id);
    transitions = workflow.transitions(id);
    fourEyes = workflow.isFourEyes();
    canFinishFactCheck = factCheck.canFinishFactCheck(id);
    storyOffers = stories.offers(id);
  }

  /** Links an offered article as the same story. */
  public void sameStory(long otherId) {
    storyDecision(
        () -> stories.sameStory(id, otherId),
        "Linked with article " + otherId + " as the same story.");
  }

  /** Sets an offered article aside as another story. */
  public void notTheSameStory(long otherId) {
    storyDecision(
        () -> stories.notTheSameStory(id, otherId),
        "Article " + otherId + " is not offered again as the same story.");
  }

  private void storyDecision(Runnable decision, String done) {
    try {
      decision.run();
      article = queries.detail(id).orElseThrow();
      storyOffers = stories.offers(id);
      Messages.info(done);
    } catch (ClaimException e) {
      Messages.error(e.getMessage());
    }
  }

  public List<StoryOffer> getStoryOffers() {
    return storyOffers;
  }

  public void approve() {
    move(() -> workflow.approve(id), "Approved: the article can go into datasets.");
  }

  public void reject() {
    move(() -> workflow.reject(id, reason), "Rejected.");
  }

  public void reopen() {
    move(() -> workflow.reopen(id, reason), "Reopened: the article is in review again.");
  }

  private void move(Runnable transition, String done) {
    try {
      transition.run();
      reason = null;
      Messages.info(done);
      load();
    } catch (ArticleStateException e) {
      Messages.error(e.getMessage());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public String when(java.time.Instant instant) {
    return instant == null ? "" : Pages.minute(instant);
  }

  public List<ArticleTransition> getTransitions() {
    if (transitions == null) {
      transitions = article == null ? List.of() : workflow.transitions(id);
    }
    return transitions;
  }

  public boolean isFourEyes() {
    return fourEyes;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  /** Confirms a claim candidate as a claim (editors and fact-checkers). */
  public void confirm(long candidateId) {
    try {
      ClaimDetail claim = claimService.confirm(candidateId, null);
      Messages.info(
          "Claim "
              + claim.id()
              + " confirmed"
              + (claim.links().isEmpty()
                  ? "."
                  : ", linked with " + claim.links().size() + " claims of other articles."));
      load();
    } catch (ClaimException e) {
      Messages.error(e.getMessage());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Makes a claim of the text selected in one block (editors and fact-checkers): the block's
   * position and the offsets in its text come from the page's script (Factdesk.selection).
   */
  public void mark() {
    java.util.Map<String, String> params =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap();
    try {
      ClaimDetail claim =
          claimService.markText(
              id,
              ReviewClaimsView.number(params.get("index")),
              ReviewClaimsView.number(params.get("start")),
              ReviewClaimsView.number(params.get("end")),
              null);
      Messages.info("Claim " + claim.id() + " marked: " + claim.claimReviewed());
      load();
    } catch (ClaimException e) {
      Messages.error(e.getMessage());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The claim confirmed from a candidate, or null. */
  public Long claimOf(long candidateId) {
    return claims.stream()
        .filter(c -> c.candidateId() != null && c.candidateId() == candidateId)
        .map(ClaimDetail::id)
        .findFirst()
        .orElse(null);
  }

  /** Assigns every claim of the article that waits for a verdict. */
  public void assignAll() {
    try {
      int n = factCheck.assignArticle(id, assignTo, due);
      Messages.info(n + (n == 1 ? " claim" : " claims") + " assigned to " + assignTo + ".");
      load();
    } catch (ClaimException e) {
      Messages.error(e.getMessage());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** On to ready once every confirmed claim has a verdict or was dismissed. */
  public void finishFactCheck() {
    try {
      factCheck.finishFactCheck(id);
      Messages.info("The article is ready for approval.");
      load();
    } catch (ClaimException | ArticleStateException e) {
      Messages.error(e.getMessage());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public boolean isAssigner() {
    return caller.hasAnyRole(Role.EDITOR_NAME, Role.ADMIN_NAME);
  }

  /** The article's rule and the caller's role decide ({@link FactCheckService}). */
  public boolean isCanFinishFactCheck() {
    return canFinishFactCheck;
  }

  /** The fact-checkers to choose from, read once per view. */
  public List<FactCheckService.Checker> getFactCheckers() {
    if (factCheckers == null) {
      factCheckers = factCheck.factCheckers();
    }
    return factCheckers;
  }

  public List<ClaimDetail> getClaims() {
    return claims;
  }

  public FactCheckProgress getProgress() {
    return progress;
  }

  public String getAssignTo() {
    return assignTo;
  }

  public void setAssignTo(String assignTo) {
    this.assignTo = assignTo;
  }

  public LocalDate getDue() {
    return due;
  }

  public void setDue(LocalDate due) {
    this.due = due;
  }

  /** CSS class that tints a block by its first flag's type, e.g. "fd-flag-related-links". */
  public String tint(ArticleDetail.BlockView block) {
    return block.flags().isEmpty()
        ? "fd-block"
        : "fd-block fd-flag-"
            + block.flags().get(0).type().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String percent(double confidence) {
    return Math.round(confidence * 100) + "%";
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public ArticleDetail getArticle() {
    return article;
  }
}
