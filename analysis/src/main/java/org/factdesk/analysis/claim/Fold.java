package org.factdesk.analysis.claim;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower case with accents folded, so "Ministère" and "ministere" compare equal. */
final class Fold {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Fold() {}

  static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) >= 0x80) {
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return lower; // ASCII: nothing to fold
  }
}
