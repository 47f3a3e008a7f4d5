package org.factdesk.analysis.detect;

/**
 * Cheap keyword prefilters: {@code String.indexOf} is far faster than running a case-insensitive
 * regular expression with many alternatives at every position, so detectors first check that a
 * block contains a word their pattern needs.
 */
public final class Keywords {
  private Keywords() {}

  /** True when {@code lower} contains any of the (lower-case) keywords. */
  public static boolean anyIn(String lower, String... keywords) {
    for (String k : keywords) {
      if (lower.contains(k)) {
        return true;
      }
    }
    return false;
  }
}
