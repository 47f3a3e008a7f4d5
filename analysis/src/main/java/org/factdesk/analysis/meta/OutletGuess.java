package org.factdesk.analysis.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a line that the header reader took for the outlet by its place (a short line above the
 * title) can be the outlet's name (decision 0082). Above an article's title that line is the
 * outlet's name; above the headline of a whole page saved as its lines it is mostly the site's menu
 * ("Skip to content", "Accessibility links", "Breaking News", "Asia #{{::display_hashtag}}"), which
 * as the article's outlet would group the articles of unrelated sites and teach each other's lines
 * as one outlet's boilerplate.
 */
public final class OutletGuess {
  private OutletGuess() {}

  /**
   * True when the line can be a name: more letters than digits (no date or time), and no character
   * of markup or script (a template's braces, a tag's brackets, an assignment, a comment's slashes)
   * nor the bar that strings a menu's entries together.
   */
  public static boolean nameShaped(String line) {
    int letters = 0;
    int digits = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '{', '}', '<', '>', '=', ';', '\\', '#', '|' -> {
          return false;
        }
        default -> {
          letters += Character.isLetter(c) ? 1 : 0;
          digits += Character.isDigit(c) ? 1 : 0;
        }
      }
    }
    return letters > digits && !line.contains("//");
  }

  /**
   * The words of the page's copyright lines ("© 2017 Fox News Network, LLC", "Copyright 2013 The
   * Associated Press"), lower case, one space between them: what {@link #signs} compares with.
   */
  public static List<String> signatures(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      if (isCopyright(line)) {
        out.add(" " + words(line) + " ");
      }
    }
    return out;
  }

  /**
   * True when one of the page's copyright lines ({@link #signatures}) holds the line's words, case
   * and punctuation aside: a site signs its page with its name. A copyright line is no name.
   */
  public static boolean signs(String line, List<String> signatures) {
    String name = words(line);
    if (name.isEmpty() || isCopyright(line)) { // the notice itself names no outlet
      return false;
    }
    for (String signature : signatures) {
      if (signature.contains(" " + name + " ")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCopyright(String line) {
    if (line.indexOf('\u00A9') >= 0) {
      return true;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.contains("copyright") || lower.contains("all rights reserved");
  }

  /** Lower-case letters and digits, one space between runs of them. */
  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
