package org.factdesk.analysis;

import java.util.Map;
import java.util.Objects;

/**
 * Lines already seen in earlier articles of one outlet, supplied by the caller from storage: each
 * key is a {@link org.factdesk.analysis.detect.LineFingerprint#of line fingerprint}, each value the
 * number of earlier articles of the outlet that contained the line.
 *
 * @param outlet name used in reasons
 * @param articleCounts fingerprint to number of earlier articles containing that line
 * @param minArticles a line counts as boilerplate once it appeared in at least this many
 */
public record OutletFingerprints(
    String outlet, Map<String, Integer> articleCounts, int minArticles) {
  public static final OutletFingerprints NONE = new OutletFingerprints("", Map.of(), 1);

  public OutletFingerprints {
    Objects.requireNonNull(outlet, "outlet");
    articleCounts = Map.copyOf(articleCounts);
    if (minArticles < 1) {
      throw new IllegalArgumentException("minArticles must be at least 1, was " + minArticles);
    }
  }

  /** Earlier articles containing the line with this fingerprint, 0 if none. */
  public int count(String fingerprint) {
    return articleCounts.getOrDefault(fingerprint, 0);
  }
}
