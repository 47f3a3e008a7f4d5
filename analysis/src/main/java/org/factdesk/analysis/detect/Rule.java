package org.factdesk.analysis.detect;

import com.google.re2j.Pattern;
import java.util.Locale;
import java.util.Objects;
import org.factdesk.analysis.FlagType;

/**
 * One detection rule: a block that matches gets a flag of {@code type}.
 *
 * @param type flag type raised
 * @param confidence 0..1 confidence of the flag
 * @param kind how {@code pattern} is matched
 * @param pattern the phrase, line or regular expression as written in the rule file
 * @param note optional explanation shown in the flag's reason (may be empty)
 * @param lineNumber line of the rule file it came from, for messages
 */
public record Rule(
    FlagType type, double confidence, Kind kind, String pattern, String note, int lineNumber) {

  /** How a rule's pattern is matched against a block. */
  public enum Kind {
    /** The whole block equals the text, ignoring case, surrounding space and a trailing colon. */
    LINE,
    /** The text occurs in the block as whole words, ignoring case. */
    PHRASE,
    /**
     * A regular expression found anywhere in the block, ignoring case. It runs on RE2/J, in time
     * linear in the block's length whatever the pattern: Java's syntax without backreferences,
     * lookaround, possessive quantifiers or atomic groups, which cannot be run in linear time.
     */
    REGEX
  }

  public Rule {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(pattern, "pattern");
    note = note == null ? "" : note;
  }

  /** Key a block's text is compared by for {@link Kind#LINE} rules. */
  static String lineKey(String text) {
    String s = text.strip().toLowerCase(Locale.ROOT);
    while (s.endsWith(":") || s.endsWith(".")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }

  /**
   * {@code lineKey(text).length()} without making the key: {@code text} is already lower case, so
   * the key is the stretch of it left after stripping white space and trailing ':' and '.'.
   */
  static int lineKeyLength(String lower) {
    int start = 0;
    int end = lower.length();
    while (start < end && Character.isWhitespace(lower.charAt(start))) {
      start++;
    }
    while (true) {
      while (end > start && Character.isWhitespace(lower.charAt(end - 1))) {
        end--;
      }
      if (end > start && (lower.charAt(end - 1) == ':' || lower.charAt(end - 1) == '.')) {
        end--;
      } else {
        return end - start;
      }
    }
  }

  Pattern compile() {
    return Pattern.compile(pattern, Pattern.CASE_INSENSITIVE);
  }

  /** The rule as written in a rule file, for reasons and for saving edited rule sets. */
  public String matcherText() {
    return kind.name().toLowerCase(Locale.ROOT) + ":" + pattern;
  }
}
