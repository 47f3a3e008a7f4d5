package org.factdesk.dataset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.factdesk.article.ArticleLabel;
import org.factdesk.platform.BaseEntity;

/** A named, described filter over approved articles, from which versions are published. */
@Entity
@Table(name = "dataset")
@NamedQuery(name = Dataset.ALL, query = "select d from Dataset d order by d.name")
@NamedQuery(
    name = Dataset.COUNT_NAMED,
    query = "select count(d) from Dataset d where lower(d.name) = lower(:name) and d.id <> :id")
public class Dataset extends BaseEntity {

  public static final String ALL = "Dataset.all";
  public static final String COUNT_NAMED = "Dataset.countNamed";

  static final int MAX_NAME = 200;
  static final int MAX_DESCRIPTION = 4000;

  @Column(nullable = false, length = MAX_NAME)
  private String name;

  @Column(length = MAX_DESCRIPTION)
  private String description;

  @Column(length = 255)
  private String outlet;

  @Column(name = "published_from")
  private LocalDate publishedFrom;

  @Column(name = "published_to")
  private LocalDate publishedTo;

  @Column(name = "include_labels", nullable = false, length = 200)
  private String includeLabels = " ";

  @Column(name = "exclude_labels", nullable = false, length = 200)
  private String excludeLabels = " ";

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  /** A Hugging Face licence id ({@link #LICENSES}); null until an admin chooses one. */
  @Column(length = 64)
  private String license;

  @Column(name = "split_by", length = 16)
  private String splitBy;

  @Column(name = "split_value", length = 2000)
  private String splitValue;

  @Column(name = "modified_by", nullable = false, length = 64)
  private String modifiedBy;

  protected Dataset() {}

  public Dataset(String name, String description, DatasetFilter filter, String actor) {
    this.createdBy = actor;
    change(name, description, filter, actor);
  }

  /** New name, description and filter; versions already published keep what they hold. */
  public void change(String name, String description, DatasetFilter filter, String actor) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      throw new DatasetException("Give the dataset a name.");
    }
    if (n.length() > MAX_NAME) {
      throw new DatasetException(
          "The name may hold at most " + MAX_NAME + " characters; it has " + n.length() + ".");
    }
    String d = description == null || description.isBlank() ? null : description.strip();
    if (d != null && d.length() > MAX_DESCRIPTION) {
      throw new DatasetException(
          "The description may hold at most "
              + MAX_DESCRIPTION
              + " characters; it has "
              + d.length()
              + ".");
    }
    DatasetFilter f = filter == null ? DatasetFilter.ANY : filter;
    this.name = n;
    this.description = d;
    this.outlet = f.outlet();
    this.publishedFrom = f.from();
    this.publishedTo = f.to();
    this.includeLabels = joined(java.util.EnumSet.copyOf(withNone(f.include())));
    this.excludeLabels = joined(java.util.EnumSet.copyOf(withNone(f.exclude())));
    this.modifiedBy = actor;
  }

  private static java.util.Collection<ArticleLabel> withNone(java.util.Set<ArticleLabel> labels) {
    return labels.isEmpty() ? java.util.EnumSet.noneOf(ArticleLabel.class) : labels;
  }

  /** " A B " as the dataset table stores a set of labels. */
  private static String joined(java.util.Set<ArticleLabel> labels) {
    StringBuilder s = new StringBuilder(" ");
    labels.forEach(l -> s.append(l.name()).append(' '));
    return s.toString();
  }

  private static java.util.Set<ArticleLabel> parsed(String joined) {
    java.util.EnumSet<ArticleLabel> labels = java.util.EnumSet.noneOf(ArticleLabel.class);
    if (joined != null) {
      for (String name : joined.strip().split("\\s+")) {
        if (!name.isEmpty()) {
          labels.add(ArticleLabel.valueOf(name));
        }
      }
    }
    return labels;
  }

  /**
   * The licences an admin can choose for a dataset's card, as the Hugging Face hub names them
   * ({@code other} when none fits: the card then says so).
   */
  public static final java.util.List<String> LICENSES =
      java.util.List.of(
          "cc-by-4.0",
          "cc-by-sa-4.0",
          "cc-by-nc-4.0",
          "cc-by-nc-sa-4.0",
          "cc0-1.0",
          "odc-by",
          "odbl",
          "pddl",
          "mit",
          "apache-2.0",
          "other");

  /** The licence and the train/test split the next versions are published with. */
  public void publishWith(String license, SplitRule split, String actor) {
    String l = license == null || license.isBlank() ? null : license.strip();
    if (l != null && !LICENSES.contains(l)) {
      throw new DatasetException(
          "Unknown licence \"" + l + "\"; choose one of " + String.join(", ", LICENSES) + ".");
    }
    SplitRule rule = split == null ? SplitRule.NONE : split;
    String value = rule.storedValue();
    if (value != null && value.length() > 2000) {
      throw new DatasetException("The split's outlets may hold at most 2000 characters.");
    }
    this.license = l;
    this.splitBy = rule.isSplit() ? rule.kind().name() : null;
    this.splitValue = value;
    this.modifiedBy = actor;
  }

  public String getLicense() {
    return license;
  }

  public SplitRule split() {
    return SplitRule.stored(splitBy, splitValue);
  }

  public DatasetFilter filter() {
    return new DatasetFilter(
        outlet, publishedFrom, publishedTo, parsed(includeLabels), parsed(excludeLabels));
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public String getModifiedBy() {
    return modifiedBy;
  }
}
