package org.factdesk.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.factdesk.platform.BaseEntity;

/** One move of an article from state to state: who, when (created at), from, to and why. */
@Entity
@Table(name = "article_transition")
@NamedQuery(
    name = ArticleTransition.OF_ARTICLE,
    query = "select t from ArticleTransition t where t.article.id = :article order by t.id")
public class ArticleTransition extends BaseEntity {

  public static final String OF_ARTICLE = "ArticleTransition.ofArticle";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", nullable = false, length = 32)
  private ArticleState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, length = 32)
  private ArticleState toState;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(length = 2000)
  private String reason;

  protected ArticleTransition() {}

  ArticleTransition(
      Article article, ArticleState fromState, ArticleState toState, String actor, String reason) {
    this.article = article;
    this.fromState = fromState;
    this.toState = toState;
    this.actor = actor;
    this.reason = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
  }

  public ArticleState getFromState() {
    return fromState;
  }

  public ArticleState getToState() {
    return toState;
  }

  public String getActor() {
    return actor;
  }

  public String getReason() {
    return reason;
  }
}
