package org.factdesk.article;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.factdesk.analysis.FlagType;

/**
 * What an article is, read from the blocks an editor took out of it: a filter of the article list
 * and of datasets, and a field of every export, so a dataset can keep or leave out AI-generated,
 * sponsored or aggregated text.
 *
 * <p>{@link #holds} is the one definition the list and the datasets query by, so an article the
 * list shows "with" a label is one a dataset with that label takes in; {@link #ofRemovedBlock}
 * reads the same from a block of a frozen article.
 */
public enum ArticleLabel {
  /** It carries an AI-generated-content disclaimer (a flag of that type not rejected). */
  AI_GENERATED_DISCLOSED("AI-generated (disclosed)", FlagType.AI_DISCLAIMER),
  /** Promotional inserts were flagged in it (a flag of that type not rejected). */
  HAS_PROMOTIONAL_INSERTS("Has promotional inserts", FlagType.PROMOTIONAL),
  /** An accepted legal or aggregator notice in it says it aggregates other sources. */
  AGGREGATED("Aggregated", null);

  /** Lower case, as the queries match it against lower-cased block text. */
  public static final String AGGREGATE_WORD = "aggregat";

  private final String label;
  private final FlagType flagType;

  ArticleLabel(String label, FlagType flagType) {
    this.label = label;
    this.flagType = flagType;
  }

  public String label() {
    return label;
  }

  /** The flag type the label stands for; null for {@link #AGGREGATED}. */
  public FlagType flagType() {
    return flagType;
  }

  /** The condition "the article carries this label", for a query over articles. */
  public Predicate holds(CriteriaBuilder cb, AbstractQuery<?> query, Root<Article> article) {
    if (flagType != null) {
      return cb.like(article.get("flagTypes"), "% " + flagType.name() + " %");
    }
    Subquery<Long> notice = query.subquery(Long.class);
    Root<Flag> flag = notice.from(Flag.class);
    notice
        .select(flag.get("id"))
        .where(
            cb.equal(flag.get("article"), article),
            cb.equal(flag.get("type"), FlagType.LEGAL_NOTICE),
            cb.equal(flag.get("decision"), FlagDecision.ACCEPTED),
            cb.like(cb.lower(flag.get("block").get("text")), "%" + AGGREGATE_WORD + "%"));
    return cb.exists(notice);
  }

  /**
   * The labels one block taken out of an article gives it, from the types of its flags not rejected
   * and its text: what {@link #holds} asks of the database.
   */
  public static Set<ArticleLabel> ofRemovedBlock(Collection<String> flagTypes, String text) {
    EnumSet<ArticleLabel> labels = EnumSet.noneOf(ArticleLabel.class);
    for (ArticleLabel l : values()) {
      if (l.flagType != null && flagTypes.contains(l.flagType.name())) {
        labels.add(l);
      }
    }
    if (flagTypes.contains(FlagType.LEGAL_NOTICE.name()) && saysAggregated(text)) {
      labels.add(AGGREGATED);
    }
    return labels;
  }

  /** "This coverage aggregates…", "aggregated from…": the word the queries look for too. */
  static boolean saysAggregated(String text) {
    return text != null && text.toLowerCase(Locale.ROOT).contains(AGGREGATE_WORD);
  }
}
