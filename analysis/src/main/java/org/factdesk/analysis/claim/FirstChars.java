package org.factdesk.analysis.claim;

/** The characters a pattern's match can start with; ASCII ones found by an array look-up. */
final class FirstChars {
  private final boolean[] ascii = new boolean[128];
  private final String others;

  FirstChars(String chars) {
    StringBuilder rest = new StringBuilder();
    for (char c : chars.toCharArray()) {
      if (c < 128) {
        ascii[c] = true;
      } else {
        rest.append(c);
      }
    }
    others = rest.toString();
  }

  boolean contains(char c) {
    return c < 128 ? ascii[c] : others.indexOf(c) >= 0;
  }
}
