package org.factdesk.dataset;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.article.ArticleLabel;

/**
 * Which approved articles a dataset holds: one outlet (or any), a range of publication dates
 * (either end open), labels an article must all carry and labels it must carry none of.
 */
public record DatasetFilter(
    String outlet,
    LocalDate from,
    LocalDate to,
    Set<ArticleLabel> include,
    Set<ArticleLabel> exclude)
    implements Serializable {

  public static final DatasetFilter ANY = new DatasetFilter(null, null, null, Set.of(), Set.of());

  /** A checked filter: blank outlet is any, dates in order, no label both kept and left out. */
  public DatasetFilter {
    outlet = outlet == null || outlet.isBlank() ? null : outlet.strip();
    if (outlet != null && outlet.length() > 255) {
      throw new DatasetException("The outlet may hold at most 255 characters.");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new DatasetException(
          "The date range runs backwards: \"from\" " + from + " is after \"to\" " + to + ".");
    }
    include = include == null || include.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(include));
    exclude = exclude == null || exclude.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(exclude));
    for (ArticleLabel label : include) {
      if (exclude.contains(label)) {
        throw new DatasetException(
            "The label " + label.name() + " is both required and excluded; choose one.");
      }
    }
  }

  /** The labels in their declared order, for stable output. */
  public List<ArticleLabel> includeSorted() {
    return sorted(include);
  }

  public List<ArticleLabel> excludeSorted() {
    return sorted(exclude);
  }

  private static List<ArticleLabel> sorted(Set<ArticleLabel> labels) {
    return labels.isEmpty() ? List.of() : new ArrayList<>(EnumSet.copyOf(labels));
  }

  /** The filter in words: "approved articles of outlet X, published 2025-01-01 to …". */
  public String describe() {
    StringBuilder s = new StringBuilder("approved articles");
    if (outlet != null) {
      s.append(" of the outlet \"").append(outlet).append('"');
    }
    if (from != null && to != null) {
      s.append(", published ").append(from).append(" to ").append(to);
    } else if (from != null) {
      s.append(", published on or after ").append(from);
    } else if (to != null) {
      s.append(", published on or before ").append(to);
    }
    if (!include.isEmpty()) {
      s.append(", labelled ").append(names(includeSorted(), " and "));
    }
    if (!exclude.isEmpty()) {
      s.append(", not labelled ").append(names(excludeSorted(), " or "));
    }
    return s.toString();
  }

  private static String names(List<ArticleLabel> labels, String joiner) {
    return labels.stream().map(ArticleLabel::name).collect(Collectors.joining(joiner));
  }
}
