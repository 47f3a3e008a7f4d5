package org.factdesk.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.text.Sentence;
import org.factdesk.analysis.text.SentenceSplitter;
import org.factdesk.article.ArticleDetail;
import org.factdesk.article.ArticleQueries;
import org.factdesk.article.ArticleStateException;
import org.factdesk.article.ArticleTransition;
import org.factdesk.review.ArticleMetadataForm;
import org.factdesk.review.FlagKeys;
import org.factdesk.review.ReviewConflictException;
import org.factdesk.review.ReviewDraft;
import org.factdesk.review.ReviewDraft.DraftBlock;
import org.factdesk.review.ReviewDraft.DraftFlag;
import org.factdesk.review.ReviewException;
import org.factdesk.review.ReviewService;
import org.primefaces.PrimeFaces;

/**
 * The review page: an article's blocks with their flags, decided from the keyboard or the mouse,
 * kept in a draft until saved. Keys arrive as one remote command with the block and the key.
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReviewService reviews;
  @Inject private ArticleQueries queries;

  private Long id;
  private ArticleDetail article;
  private ReviewDraft draft;
  private ArticleMetadataForm metadata;
  private String conflict;
  private int current;
  private int splitting = -1;

  public void load() throws IOException {
    article = id == null ? null : queries.detail(id).orElse(null);
    if (article == null) {
      Pages.notFound("There is no article " + id + ".");
      return;
    }
    draft = reviews.open(id);
    metadata = reviews.metadata(id);
    conflict = null;
  }

  /** One key pressed on one block: j/k move in the browser, the rest arrive here. */
  public void key() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String key = params.getOrDefault("key", "");
    current = parseIndex(params.get("index"));
    boolean decided =
        step(
            () -> {
              switch (key) {
                case "a" -> draft.accept(current);
                case "r" -> draft.reject(current);
                case "u" -> undo();
                case "m" -> draft.mergeWithNext(current);
                case "x" -> startSplit(current);
                default -> FlagKeys.typeOf(key).ifPresent(type -> draft.classify(current, type));
              }
            });
    var ajax = PrimeFaces.current().ajax();
    if (decided && ("a".equals(key) || "r".equals(key) || FlagKeys.typeOf(key).isPresent())) {
      ajax.addCallbackParam("advance", true);
    }
    if ("x".equals(key) && splitting >= 0) {
      ajax.addCallbackParam("split", true);
    }
  }

  private int parseIndex(String value) {
    try {
      return value == null ? current : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return current;
    }
  }

  public void acceptFlag(int block, int flag) {
    step(() -> draft.acceptFlag(block, flag));
  }

  public void rejectFlag(int block, int flag) {
    step(() -> draft.rejectFlag(block, flag));
  }

  public void mergeWithNext(int block) {
    step(() -> draft.mergeWithNext(block));
  }

  public void acceptConfident() {
    step(
        () -> {
          int accepted = draft.acceptAtOrAbove(ReviewDraft.CONFIDENT);
          Messages.info(
              accepted == 0
                  ? "No pending flag is at or above 90%."
                  : accepted + " flags at or above 90% accepted.");
        });
  }

  public void undo() {
    if (!draft.undo()) {
      Messages.info("Nothing to undo.");
    }
  }

  /** Opens the split choices for a block: after which sentence to cut. */
  public void startSplit(int block) {
    splitting = -1;
    step(
        () -> {
          if (sentencesOf(block).size() < 2) {
            throw new ReviewException(
                "Block " + (block + 1) + " holds one sentence: nothing to split.");
          }
          splitting = block;
        });
  }

  public void splitAfter(int sentence) {
    int block = splitting;
    step(
        () -> {
          List<Sentence> sentences = sentencesOf(block);
          draft.split(block, sentences.get(sentence).end());
          splitting = -1;
        });
  }

  public List<Sentence> getSplitChoices() {
    return splitting < 0 ? List.of() : sentencesOf(splitting).subList(0, lastCut());
  }

  private int lastCut() {
    return Math.max(0, sentencesOf(splitting).size() - 1);
  }

  private List<Sentence> sentencesOf(int block) {
    return SentenceSplitter.split(draft.block(block).text());
  }

  public void save() {
    try {
      draft = reviews.save(draft, metadata);
      conflict = null;
      Messages.info("Saved.");
    } catch (ReviewConflictException e) {
      conflict = e.getMessage();
    } catch (ReviewException | ArticleStateException e) {
      Messages.error(e.getMessage());
    }
  }

  /** Saves and moves the article on; back to the list when it worked. */
  public String finish() {
    try {
      ArticleTransition done = reviews.finish(draft, metadata);
      Messages.infoAfterRedirect(
          "Review finished: article " + id + " is now " + done.getToState().label() + ".");
      return "/articles/list?faces-redirect=true";
    } catch (ReviewConflictException e) {
      conflict = e.getMessage();
    } catch (ArticleStateException | ReviewException e) {
      Messages.error(e.getMessage());
    }
    return null;
  }

  /** Drops the draft and reads the article as it is now. */
  public void reload() throws IOException {
    load();
    Messages.info("Reloaded: the article as it is now.");
  }

  private boolean step(Runnable action) {
    try {
      action.run();
      return true;
    } catch (ReviewException e) {
      Messages.error(e.getMessage());
      return false;
    }
  }

  /** CSS classes of a block: tinted by its first flag's type, marked when it leaves the text. */
  public String blockClasses(DraftBlock block) {
    StringBuilder classes = new StringBuilder("fd-rblock");
    if (block.isFlagged()) {
      classes.append(" fd-flag-").append(cssName(block.flags().get(0).type()));
    }
    if (block.isRemoved()) {
      classes.append(" fd-removed");
    }
    if (block.hasPending()) {
      classes.append(" fd-pending");
    }
    return classes.toString();
  }

  public String chipClasses(DraftFlag flag) {
    return "fd-chip fd-decision-" + flag.decision().name().toLowerCase(Locale.ROOT);
  }

  private static String cssName(FlagType type) {
    return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public String percent(double confidence) {
    return Math.round(confidence * 100) + "%";
  }

  public List<FlagType> getFlagTypes() {
    return List.of(FlagType.values());
  }

  /** The key that classifies a block as this type ({@link FlagKeys}). */
  public String typeKey(FlagType type) {
    return String.valueOf(FlagKeys.keyOf(type));
  }

  /** "1 AI disclaimer": the key and the words for a type. */
  public String typeLabel(FlagType type) {
    return FlagKeys.keyOf(type)
        + " "
        + type.name().charAt(0)
        + type.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
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

  public ReviewDraft getDraft() {
    return draft;
  }

  public ArticleMetadataForm getMetadata() {
    return metadata;
  }

  public String getConflict() {
    return conflict;
  }

  public int getCurrent() {
    return current;
  }

  public int getSplitting() {
    return splitting;
  }
}
