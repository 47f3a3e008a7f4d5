package org.factdesk.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.analysis.detect.RuleSet;

/** Checking rule text an admin typed, and stamping it with the number it is saved under. */
final class RuleText {

  private static final Pattern VERSION_LINE =
      Pattern.compile("(?m)^#[ \\t]*version:[ \\t]*\\S+[ \\t]*$");

  private RuleText() {}

  /** Parses the text; a mistake comes back naming its line. */
  static RuleSet parse(String text) {
    if (text == null || text.isBlank()) {
      throw new RuleException("The rules are empty.");
    }
    try {
      return new RuleSet(stamped(text, 0));
    } catch (IllegalArgumentException e) {
      throw new RuleException("The rules cannot be used: " + e.getMessage());
    }
  }

  /** The text with its version line set to {@code number}, added at the top when missing. */
  static String stamped(String text, int number) {
    String line = "# version: " + number;
    Matcher m = VERSION_LINE.matcher(text);
    return m.find()
        ? text.substring(0, m.start()) + line + text.substring(m.end())
        : line + "\n" + text;
  }
}
