package org.factdesk.analysis.meta;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A comparison key for titles that ignores case, quote style, dashes and punctuation, so that
 * {@code “Panic”} and {@code "Panic"} compare equal.
 */
public final class TitleKey {
  private TitleKey() {}

  /**
   * False when {@code text} is too short or too long to have {@code key} as its key or as its key's
   * prefix plus a short suffix: a cheap test before {@link #of}, which normalises.
   */
  public static boolean couldMatch(String text, String key) {
    return text.length() >= key.length() * 0.9 && text.length() <= key.length() * 1.5 + 80;
  }

  public static String of(String title) {
    // ASCII text is already in NFKC: skip the normaliser, which showed in profiles
    String nfkc = isAscii(title) ? title : Normalizer.normalize(title, Normalizer.Form.NFKC);
    String s = nfkc.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else {
        space = true;
      }
    }
    return out.toString();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
