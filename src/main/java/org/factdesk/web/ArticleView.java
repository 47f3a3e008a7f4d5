package org.factdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import org.factdesk.article.ArticleDetail;
import org.factdesk.article.ArticleQueries;

/** One article as the engine saw it: metadata, blocks with their flags, claims, duplicates. */
@Named
@ViewScoped
public class ArticleView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ArticleQueries queries;

  private Long id;
  private ArticleDetail article;

  public void load() throws IOException {
    article = id == null ? null : queries.detail(id).orElse(null);
    if (article == null) {
      Pages.notFound("There is no article " + id + ".");
    }
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
