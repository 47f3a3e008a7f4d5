package org.factdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.factdesk.audit.ArticleHistory;
import org.factdesk.audit.CommentException;
import org.factdesk.audit.HistoryEntry;

/**
 * The History tab of the article page: the article's timeline, newest first, {@value #PAGE} entries
 * at a time, and the comment form. Reads the article id from {@link ArticleView}, so the page needs
 * nothing else wired.
 */
@Named
@ViewScoped
public class ArticleHistoryView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int PAGE = 50;

  @Inject private ArticleHistory history;
  @Inject private ArticleView article;

  private List<HistoryEntry> entries;
  private int shown = PAGE;
  private String comment;

  /** The newest entries, as many as asked for so far. */
  public List<HistoryEntry> getVisible() {
    List<HistoryEntry> all = entries();
    return all.subList(0, Math.min(shown, all.size()));
  }

  public boolean isMore() {
    return entries().size() > shown;
  }

  public int getTotal() {
    return entries().size();
  }

  public void showMore() {
    shown += PAGE;
  }

  public void addComment() {
    try {
      history.comment(article.getId(), comment);
      comment = null;
      entries = null;
      Messages.info("Comment added.");
    } catch (CommentException e) {
      Messages.error(e.getMessage());
    }
  }

  public String when(Instant instant) {
    return instant == null ? "" : Pages.minute(instant);
  }

  private List<HistoryEntry> entries() {
    if (entries == null) {
      entries = article.getId() == null ? List.of() : history.timeline(article.getId());
    }
    return entries;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
