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

/** An article that repeats an earlier one, exactly or nearly, with the estimated similarity. */
@Entity
@Table(name = "duplicate_link")
@NamedQuery(
    name = DuplicateLink.OF_ARTICLE,
    query =
        "select d from DuplicateLink d join fetch d.duplicateOf"
            + " where d.article = :article order by d.similarity desc")
@NamedQuery(
    name = DuplicateLink.STORIES_AFTER,
    query =
        "select d from DuplicateLink d join fetch d.article"
            + " where d.duplicateOf = :article and d.kind = org.factdesk.article.DuplicateKind.SAME_STORY"
            + " order by d.similarity desc")
@NamedQuery(
    name = DuplicateLink.COUNT_PAIR,
    query =
        "select count(d) from DuplicateLink d where (d.article.id = :a and d.duplicateOf.id = :b)"
            + " or (d.article.id = :b and d.duplicateOf.id = :a)")
public class DuplicateLink extends BaseEntity {

  public static final String OF_ARTICLE = "DuplicateLink.ofArticle";

  /** Later articles linked to this one as the same story: shown on both articles. */
  public static final String STORIES_AFTER = "DuplicateLink.storiesAfter";

  public static final String COUNT_PAIR = "DuplicateLink.countPair";

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "article_id")
  private Article article;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "duplicate_of_id")
  private Article duplicateOf;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private DuplicateKind kind;

  @Column(nullable = false)
  private double similarity;

  protected DuplicateLink() {}

  DuplicateLink(Article article, Article duplicateOf, DuplicateKind kind, double similarity) {
    this.article = article;
    this.duplicateOf = duplicateOf;
    this.kind = kind;
    this.similarity = similarity;
  }

  public Article getArticle() {
    return article;
  }

  public Article getDuplicateOf() {
    return duplicateOf;
  }

  public DuplicateKind getKind() {
    return kind;
  }

  public double getSimilarity() {
    return similarity;
  }
}
