package org.factdesk.dataset;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.analysis.FlagType;

/**
 * What an article is, read from the blocks an editor took out of it (its accepted flags): a filter
 * of datasets and a field of every export, so a dataset can keep or leave out AI-generated,
 * sponsored or aggregated text.
 */
public enum ArticleLabel {
  /** It carries an AI-generated-content disclaimer. */
  AI_GENERATED_DISCLOSED("AI-generated (disclosed)"),
  /** Promotional inserts were taken out of it. */
  HAS_PROMOTIONAL_INSERTS("Has promotional inserts"),
  /** A legal or aggregator notice taken out of it says it aggregates other sources. */
  AGGREGATED("Aggregated");

  private final String label;

  ArticleLabel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The labels of an article from the blocks taken out of its text. */
  public static Set<ArticleLabel> of(Collection<ArticleRecord.RemovedBlock> removed) {
    EnumSet<ArticleLabel> labels = EnumSet.noneOf(ArticleLabel.class);
    for (ArticleRecord.RemovedBlock block : removed) {
      List<String> types = block.types();
      if (types.contains(FlagType.AI_DISCLAIMER.name())) {
        labels.add(AI_GENERATED_DISCLOSED);
      }
      if (types.contains(FlagType.PROMOTIONAL.name())) {
        labels.add(HAS_PROMOTIONAL_INSERTS);
      }
      if (types.contains(FlagType.LEGAL_NOTICE.name()) && saysAggregated(block.text())) {
        labels.add(AGGREGATED);
      }
    }
    return labels;
  }

  /** "This coverage aggregates…", "aggregated from…": the word the filter's query looks for too. */
  static boolean saysAggregated(String text) {
    return text.toLowerCase(Locale.ROOT).contains(AGGREGATE_WORD);
  }

  /** Lower case, as the dataset filter's query matches it against lower-cased block text. */
  static final String AGGREGATE_WORD = "aggregat";

  /** " A B " as the dataset table stores a set of labels. */
  static String joined(Set<ArticleLabel> labels) {
    StringBuilder s = new StringBuilder(" ");
    labels.forEach(l -> s.append(l.name()).append(' '));
    return s.toString();
  }

  static Set<ArticleLabel> parsed(String joined) {
    EnumSet<ArticleLabel> labels = EnumSet.noneOf(ArticleLabel.class);
    if (joined != null) {
      for (String name : joined.strip().split("\\s+")) {
        if (!name.isEmpty()) {
          labels.add(valueOf(name));
        }
      }
    }
    return labels;
  }
}
