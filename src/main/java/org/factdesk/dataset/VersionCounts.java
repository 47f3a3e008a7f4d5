package org.factdesk.dataset;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a version holds, counted while its entries are written: the manifest's and card's counts.
 */
public final class VersionCounts implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How an article without an outlet is counted. */
  static final String NO_OUTLET = "(no outlet)";

  private long articles;
  private long removedBlocks;
  private long claims;
  private long checkedClaims;
  private long dismissedClaims;
  private long verdicts;
  private final TreeMap<String, Long> perOutlet = new TreeMap<>();
  private final TreeMap<String, Long> perRating = new TreeMap<>();
  private final TreeMap<String, Long> perLabel = new TreeMap<>();
  private final TreeMap<String, Long> perLanguage = new TreeMap<>();
  private final TreeMap<String, Long> perSplit = new TreeMap<>();

  public void add(ArticleRecord a) {
    articles++;
    removedBlocks += a.removedBlocks().size();
    perOutlet.merge(a.outlet() == null ? NO_OUTLET : a.outlet(), 1L, Long::sum);
    a.labels().forEach(l -> perLabel.merge(l.name(), 1L, Long::sum));
    if (a.language() != null) {
      perLanguage.merge(a.language(), 1L, Long::sum);
    }
    if (a.split() != null) {
      perSplit.merge(a.split(), 1L, Long::sum);
    }
    for (ArticleRecord.ClaimRecord c : a.claims()) {
      claims++;
      verdicts += c.verdicts().size();
      if ("DISMISSED".equals(c.state())) {
        dismissedClaims++;
      }
      if (c.current() != null) {
        checkedClaims++;
        perRating.merge(c.current().rating(), 1L, Long::sum);
      }
    }
  }

  public void addAll(VersionCounts other) {
    articles += other.articles;
    removedBlocks += other.removedBlocks;
    claims += other.claims;
    checkedClaims += other.checkedClaims;
    dismissedClaims += other.dismissedClaims;
    verdicts += other.verdicts;
    other.perOutlet.forEach((k, v) -> perOutlet.merge(k, v, Long::sum));
    other.perRating.forEach((k, v) -> perRating.merge(k, v, Long::sum));
    other.perLabel.forEach((k, v) -> perLabel.merge(k, v, Long::sum));
    other.perLanguage.forEach((k, v) -> perLanguage.merge(k, v, Long::sum));
    other.perSplit.forEach((k, v) -> perSplit.merge(k, v, Long::sum));
  }

  /** Articles per language code (schema 2 cards list the languages). */
  public java.util.Map<String, Long> perLanguage() {
    return java.util.Collections.unmodifiableMap(perLanguage);
  }

  /** Articles per split (train, test); empty for schema 1. */
  public java.util.Map<String, Long> perSplit() {
    return java.util.Collections.unmodifiableMap(perSplit);
  }

  public long articles() {
    return articles;
  }

  public long removedBlocks() {
    return removedBlocks;
  }

  public long claims() {
    return claims;
  }

  /** Claims with a verdict: one ClaimReview each. */
  public long checkedClaims() {
    return checkedClaims;
  }

  public long dismissedClaims() {
    return dismissedClaims;
  }

  /** Every verdict revision the version holds. */
  public long verdicts() {
    return verdicts;
  }

  /** Articles per outlet, by outlet name. */
  public Map<String, Long> perOutlet() {
    return perOutlet;
  }

  /** Claims per current rating, by rating name. */
  public Map<String, Long> perRating() {
    return perRating;
  }

  public Map<String, Long> perLabel() {
    return perLabel;
  }
}
