package org.factdesk.article;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
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
 * @param withLabels labels an article must all carry ({@link ArticleLabel#holds}), in any state
 * @param withoutLabels labels an article must carry none of
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
    boolean duplicatesOnly,
    Set<ArticleLabel> withLabels,
    Set<ArticleLabel> withoutLabels)
    implements Serializable {

  public static final ArticleFilter NONE =
      new ArticleFilter(null, null, null, null, null, false, null, null, false);

  /**
   * A filter that can be answered: no label both required and excluded, and no {@link
   * ArticleLabel#AGGREGATED} with words to find, as the search index that finds words does not hold
   * the notices that label is read from.
   *
   * @throws IllegalArgumentException naming the label otherwise
   */
  public ArticleFilter {
    withLabels = withLabels == null ? Set.of() : Set.copyOf(withLabels);
    withoutLabels = withoutLabels == null ? Set.of() : Set.copyOf(withoutLabels);
    for (ArticleLabel label : withLabels) {
      if (withoutLabels.contains(label)) {
        throw new IllegalArgumentException(
            "The label " + label.name() + " is both required and excluded; choose one.");
      }
    }
    if (text != null
        && !text.isBlank()
        && (withLabels.contains(ArticleLabel.AGGREGATED)
            || withoutLabels.contains(ArticleLabel.AGGREGATED))) {
      throw new IllegalArgumentException(
          "The label "
              + ArticleLabel.AGGREGATED.name()
              + " cannot be combined with words to find: clear the words or that label.");
    }
  }

  /** A filter without labels. */
  public ArticleFilter(
      String text,
      ArticleState state,
      String outlet,
      Long batchId,
      FlagType flagType,
      boolean pendingOnly,
      LocalDate publishedFrom,
      LocalDate publishedTo,
      boolean duplicatesOnly) {
    this(
        text,
        state,
        outlet,
        batchId,
        flagType,
        pendingOnly,
        publishedFrom,
        publishedTo,
        duplicatesOnly,
        Set.of(),
        Set.of());
  }

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
        duplicatesOnly,
        withLabels,
        withoutLabels);
  }

  /** The same filter, with only these labels required and excluded. */
  public ArticleFilter withLabels(Set<ArticleLabel> with, Set<ArticleLabel> without) {
    return new ArticleFilter(
        text,
        state,
        outlet,
        batchId,
        flagType,
        pendingOnly,
        publishedFrom,
        publishedTo,
        duplicatesOnly,
        with,
        without);
  }

  /** The required labels in their declared order. */
  public Set<ArticleLabel> withSorted() {
    return withLabels.isEmpty() ? Set.of() : EnumSet.copyOf(withLabels);
  }

  /** The excluded labels in their declared order. */
  public Set<ArticleLabel> withoutSorted() {
    return withoutLabels.isEmpty() ? Set.of() : EnumSet.copyOf(withoutLabels);
  }
}
