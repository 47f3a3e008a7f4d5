package org.factdesk.analysis.text;

/**
 * Normalises the white space of one line or block: no-break and other Unicode spaces and tabs
 * become a plain space, invisible characters (zero-width space, joiners, byte order marks, soft
 * hyphens) are removed, runs of spaces collapse to one and the ends are trimmed. Letters and
 * punctuation are left alone so quotes and dashes survive for the editor and the claim finder.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  public static String normalize(CharSequence s) {
    return normalize(s, 0, s.length());
  }

  /** Normalises {@code s[from, to)}; a single pass with no regular expression, for speed. */
  public static String normalize(CharSequence s, int from, int to) {
    if (isNormal(s, from, to)) {
      return s.subSequence(from, to).toString(); // most lines: one check and a copy
    }
    StringBuilder out = new StringBuilder(to - from);
    boolean pendingSpace = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * True when normalising {@code s[from, to)} would change nothing: no invisible character, no
   * white space but single plain spaces between other characters.
   */
  private static boolean isNormal(CharSequence s, int from, int to) {
    boolean previousSpace = true; // a leading space is not normal
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (previousSpace) {
          return false;
        }
        previousSpace = true;
      } else if (isSpace(c) || isInvisible(c)) {
        return false;
      } else {
        previousSpace = false;
      }
    }
    return !previousSpace || from == to;
  }

  /** Spaces, tabs, line breaks and every Unicode space separator. */
  public static boolean isSpace(char c) {
    if (c > ' ' && c < '\u0085') {
      return false; // printable ASCII and DEL: the common case, decided by one comparison
    }
    return c == ' '
        || c == '\t'
        || c == '\n'
        || c == '\r'
        || c == '\f'
        || c == '\u000B'
        || c == '\u00A0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000'
        || c == '\u0085';
  }

  /** Characters that render as nothing and would only break word matching. */
  public static boolean isInvisible(char c) {
    if (c < '\u00AD') {
      return false; // the common case, decided by one comparison
    }
    return c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u00AD'
        || c == '\u180E';
  }

  /** True when the range holds nothing but spaces and invisible characters. */
  public static boolean isBlank(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!isSpace(c) && !isInvisible(c)) {
        return false;
      }
    }
    return true;
  }
}
