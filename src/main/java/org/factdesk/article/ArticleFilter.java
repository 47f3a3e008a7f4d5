package org.factdesk.article;

import java.io.Serializable;
import java.time.LocalDate;
import org.factdesk.analysis.FlagType;

/**
 * What the article list is narrowed to; every part is optional.
 *
 * @param text words to find in the title or text (quotes for a phrase, - to exclude a word)
 * @param state one state
 * @param outlet one outlet, exactly
 * @param batchId one import batch
 * @param flagType articles with a flag of this type that is not rejected
 * @param pendingOnly articles with flags waiting for a decision
 * @param publishedFrom published on or after
 * @param publishedTo published on or before
 * @param duplicatesOnly articles linked to a duplicate
 */
public record ArticleFilter(
    String text,
    ArticleState state,
    String outlet,
    Long batchId,
    FlagType flagType,
    boolean pendingOnly,
    LocalDate publishedFrom,
    LocalDate publishedTo,
    boolean duplicatesOnly)
    implements Serializable {

  public static final ArticleFilter NONE =
      new ArticleFilter(null, null, null, null, null, false, null, null, false);

  public boolean hasText() {
    return text != null && !text.isBlank();
  }

  public ArticleFilter withState(ArticleState next) {
    return new ArticleFilter(
        text,
        next,
        outlet,
        batchId,
        flagType,
        pendingOnly,
        publishedFrom,
        publishedTo,
        duplicatesOnly);
  }
}
