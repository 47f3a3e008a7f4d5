package org.factdesk.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.factdesk.article.Article;
import org.factdesk.platform.BaseEntity;

/** A comment on an article: who wrote it, when (created at) and what. Never changed. */
@Entity
@Table(name = "article_comment")
@NamedQuery(
    name = ArticleComment.OF_ARTICLE,
    query =
        "select c from ArticleComment c where c.article.id = :article"
            + " order by c.createdAt desc, c.id desc")
public class ArticleComment extends BaseEntity {

  public static final String OF_ARTICLE = "ArticleComment.ofArticle";

  public static final int MAX_TEXT = 4000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @Column(nullable = false, length = 64)
  private String author;

  @Column(nullable = false, length = MAX_TEXT)
  private String text;

  protected ArticleComment() {}

  ArticleComment(Article article, String author, String text) {
    this.article = article;
    this.author = author;
    this.text = checked(text);
  }

  /** The text as stored: stripped, not empty, at most {@value #MAX_TEXT} characters. */
  static String checked(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      throw new CommentException("Write something first: the comment is empty.");
    }
    if (t.length() > MAX_TEXT) {
      throw new CommentException(
          "A comment may hold at most "
              + MAX_TEXT
              + " characters; this one has "
              + t.length()
              + ".");
    }
    return t;
  }

  public String getAuthor() {
    return author;
  }

  public String getText() {
    return text;
  }
}
