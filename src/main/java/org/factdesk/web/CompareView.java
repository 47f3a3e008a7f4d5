package org.factdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.factdesk.article.ArticleDetail;
import org.factdesk.article.ArticleQueries;

/** Two articles side by side: an article and the one it repeats. */
@Named
@ViewScoped
public class CompareView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ArticleQueries queries;

  private Long left;
  private Long right;
  private ArticleDetail leftArticle;
  private ArticleDetail rightArticle;

  public void load() throws IOException {
    leftArticle = left == null ? null : queries.detail(left).orElse(null);
    rightArticle = right == null ? null : queries.detail(right).orElse(null);
    if (leftArticle == null || rightArticle == null) {
      Pages.notFound("Both articles to compare must exist.");
    }
  }

  public Long getLeft() {
    return left;
  }

  public void setLeft(Long left) {
    this.left = left;
  }

  public Long getRight() {
    return right;
  }

  public void setRight(Long right) {
    this.right = right;
  }

  public ArticleDetail getLeftArticle() {
    return leftArticle;
  }

  public ArticleDetail getRightArticle() {
    return rightArticle;
  }
}
