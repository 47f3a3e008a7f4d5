package org.factdesk.analysis.detect;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.text.KeywordScanner;

/**
 * A versioned set of detection rules parsed from a small text format, so that admins can edit rules
 * in the UI and test them before saving. The format, one rule per line:
 *
 * <pre>
 * # version: 1
 * # comments start with '#'; blank lines are ignored
 * TYPE&lt;TAB&gt;confidence&lt;TAB&gt;line:Share post&lt;TAB&gt;optional note
 * SITE_CHROME	0.9	line:Leave a Reply
 * PROMOTIONAL	0.85	phrase:special offer
 * SITE_CHROME	0.9	regex:^\d{1,2}:\d{2}$	media player time
 * </pre>
 *
 * TYPE is a {@link FlagType} name; confidence is 0..1; the matcher is {@code line:} (the whole
 * block), {@code phrase:} (whole words anywhere) or {@code regex:} (a regular expression run by
 * RE2/J). Any mistake is reported with its line number. Immutable and thread-safe once built.
 */
public final class RuleSet {
  /** Classpath resource of the rules shipped with the engine. */
  public static final String DEFAULT_RESOURCE = "/org/factdesk/analysis/rules/rules.txt";

  private static final Pattern VERSION = Pattern.compile("^#\\s*version\\s*:\\s*(\\S+)\\s*$");
  private static final RuleSet DEFAULTS = loadDefaults();

  private final String version;
  private final List<Rule> rules;
  private final Map<String, List<Rule>> lineRules;
  private final List<Rule> phraseRules;
  private final List<String> phrases;

  /**
   * Which of the first phrases occur in a block at all, found in the pass of the detectors' keyword
   * prefilters (see {@link #prefilters()}).
   */
  private final Prefilters prefilters;

  /**
   * For the phrases {@link #prefilters} has no room for (rule sets of more than {@link
   * Prefilters#MAX_PHRASES} phrases): scanner k tells which of the 31 from the 31k-th of them
   * occur.
   */
  private final List<KeywordScanner> phraseScanners;

  private final List<Rule> regexRules;
  private final List<Pattern> regexes;
  private final boolean[] anchored;
  private final int longestLineKey;

  /**
   * Parses rule text.
   *
   * @throws IllegalArgumentException naming the line when the text has a mistake or no {@code #
   *     version:} line
   */
  public RuleSet(String text) {
    String foundVersion = null;
    List<Rule> parsed = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      if (line.startsWith("#")) {
        var m = VERSION.matcher(line);
        if (m.matches() && foundVersion == null) {
          foundVersion = m.group(1);
        }
        continue;
      }
      parsed.add(parseRule(line, i + 1));
    }
    if (foundVersion == null) {
      throw new IllegalArgumentException("rule text needs a '# version: N' line");
    }
    this.version = foundVersion;
    this.rules = List.copyOf(parsed);
    Map<String, List<Rule>> byLine = new HashMap<>();
    List<Rule> phraseList = new ArrayList<>();
    List<String> phraseTexts = new ArrayList<>();
    List<Rule> regexList = new ArrayList<>();
    List<Pattern> patterns = new ArrayList<>();
    for (Rule r : parsed) {
      switch (r.kind()) {
        case LINE ->
            byLine.computeIfAbsent(Rule.lineKey(r.pattern()), k -> new ArrayList<>()).add(r);
        case PHRASE -> {
          phraseList.add(r);
          phraseTexts.add(r.pattern().toLowerCase(Locale.ROOT));
        }
        case REGEX -> {
          regexList.add(r);
          patterns.add(r.compile());
        }
      }
    }
    byLine.replaceAll((k, v) -> List.copyOf(v));
    this.lineRules = Map.copyOf(byLine);
    this.phraseRules = List.copyOf(phraseList);
    this.phrases = List.copyOf(phraseTexts);
    this.prefilters = new Prefilters(phraseTexts);
    List<KeywordScanner> scanners = new ArrayList<>();
    for (int from = prefilters.phrases(); from < phraseTexts.size(); from += 31) {
      List<String[]> chunk = new ArrayList<>();
      for (String phrase : phraseTexts.subList(from, Math.min(from + 31, phraseTexts.size()))) {
        chunk.add(new String[] {phrase});
      }
      scanners.add(new KeywordScanner(chunk));
    }
    this.phraseScanners = List.copyOf(scanners);
    this.regexRules = List.copyOf(regexList);
    this.regexes = List.copyOf(patterns);
    this.anchored = new boolean[patterns.size()];
    for (int i = 0; i < anchored.length; i++) {
      anchored[i] = patterns.get(i).pattern().startsWith("^");
    }
    this.longestLineKey = byLine.keySet().stream().mapToInt(String::length).max().orElse(-1);
  }

  /** The rules shipped with the engine ({@value #DEFAULT_RESOURCE}). */
  public static RuleSet defaults() {
    return DEFAULTS;
  }

  /** The detectors' keyword prefilters with this rule set's phrases, in one pass per block. */
  Prefilters prefilters() {
    return prefilters;
  }

  public String version() {
    return version;
  }

  public List<Rule> rules() {
    return rules;
  }

  /**
   * Rules matching a block's text. {@code lower} must be {@code text} lower-cased with {@link
   * Locale#ROOT}; callers have it already.
   */
  public List<Rule> match(String text, String lower) {
    return matcher().match(text, lower);
  }

  /**
   * A matcher for the blocks of one analysis: it keeps one regex {@link com.google.re2j.Matcher}
   * per pattern instead of making one per block, so it is not thread-safe.
   */
  public BlockMatcher matcher() {
    return new BlockMatcher();
  }

  /** Matches blocks against the rules; see {@link #matcher()}. */
  public final class BlockMatcher {
    private final com.google.re2j.Matcher[] matchers = new com.google.re2j.Matcher[regexes.size()];

    private BlockMatcher() {}

    /** As {@link RuleSet#match(String, String)}. */
    public List<Rule> match(String text, String lower) {
      return match(text, lower, prefilters.scan(lower));
    }

    /** As {@link #match(String, String)}, with the block's {@link Prefilters#scan} at hand. */
    List<Rule> match(String text, String lower, long prefilterHits) {
      List<Rule> out = new ArrayList<>(2);
      // a block whose line key is longer than every rule's cannot match one: skip making the key
      if (Rule.lineKeyLength(lower) <= longestLineKey) {
        List<Rule> byLine = lineRules.get(Rule.lineKey(lower));
        if (byLine != null) {
          out.addAll(byLine);
        }
      }
      int covered = prefilters.phrases();
      int present = 0;
      for (int i = 0; i < phrases.size(); i++) {
        boolean occurs;
        if (i < covered) {
          occurs = Prefilters.phrase(prefilterHits, i);
        } else {
          int j = i - covered;
          if (j % 31 == 0) {
            present = phraseScanners.get(j / 31).scan(lower);
          }
          occurs = (present & 1 << (j % 31)) != 0;
        }
        // only a phrase that occurs somewhere needs its word boundaries checked
        if (occurs && containsWords(lower, phrases.get(i))) {
          out.add(phraseRules.get(i));
        }
      }
      for (int i = 0; i < regexes.size(); i++) {
        com.google.re2j.Matcher m = matchers[i];
        if (m == null) {
          m = matchers[i] = regexes.get(i).matcher(text);
        } else {
          m.reset(text);
        }
        // a pattern anchored with ^ can only match at the start: lookingAt spares trying every
        // position
        boolean found = anchored[i] ? m.lookingAt() : m.find();
        if (found) {
          out.add(regexRules.get(i));
        }
      }
      return out;
    }
  }

  public List<Rule> match(String text) {
    return match(text, text.toLowerCase(Locale.ROOT));
  }

  private static boolean containsWords(String haystack, String phrase) {
    int from = 0;
    while (true) {
      int at = haystack.indexOf(phrase, from);
      if (at < 0) {
        return false;
      }
      int end = at + phrase.length();
      boolean startOk =
          at == 0 || !isWordChar(haystack.charAt(at - 1)) || !isWordChar(phrase.charAt(0));
      boolean endOk =
          end == haystack.length()
              || !isWordChar(haystack.charAt(end))
              || !isWordChar(phrase.charAt(phrase.length() - 1));
      if (startOk && endOk) {
        return true;
      }
      from = at + 1;
    }
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c);
  }

  private static Rule parseRule(String line, int lineNumber) {
    String[] cols = line.split("\t", -1);
    if (cols.length < 3 || cols.length > 4) {
      throw error(
          lineNumber,
          "expected TYPE<TAB>confidence<TAB>matcher[<TAB>note], found "
              + cols.length
              + " column(s)");
    }
    FlagType type;
    try {
      type = FlagType.valueOf(cols[0].strip());
    } catch (IllegalArgumentException e) {
      throw error(lineNumber, "unknown flag type '" + cols[0].strip() + "'");
    }
    double confidence;
    try {
      confidence = Double.parseDouble(cols[1].strip());
    } catch (NumberFormatException e) {
      throw error(lineNumber, "confidence '" + cols[1].strip() + "' is not a number");
    }
    if (!(confidence >= 0.0 && confidence <= 1.0)) {
      throw error(lineNumber, "confidence must be within 0..1, was " + cols[1].strip());
    }
    String matcher = cols[2];
    int colon = matcher.indexOf(':');
    if (colon < 0) {
      throw error(lineNumber, "matcher must start with line:, phrase: or regex:");
    }
    Rule.Kind kind;
    switch (matcher.substring(0, colon).strip().toLowerCase(Locale.ROOT)) {
      case "line" -> kind = Rule.Kind.LINE;
      case "phrase" -> kind = Rule.Kind.PHRASE;
      case "regex" -> kind = Rule.Kind.REGEX;
      default -> throw error(lineNumber, "matcher must start with line:, phrase: or regex:");
    }
    String pattern =
        kind == Rule.Kind.REGEX
            ? matcher.substring(colon + 1)
            : matcher.substring(colon + 1).strip();
    if (pattern.isEmpty()) {
      throw error(lineNumber, "empty " + kind.name().toLowerCase(Locale.ROOT) + " pattern");
    }
    if (kind == Rule.Kind.REGEX) {
      try {
        Pattern.compile(pattern);
      } catch (PatternSyntaxException e) {
        throw error(lineNumber, regexError(pattern, e));
      }
    }
    String note = cols.length == 4 ? cols[3].strip() : "";
    return new Rule(type, confidence, kind, pattern, note, lineNumber);
  }

  /**
   * Why a regular expression is refused. Rule regexes run on RE2/J (linear time, so that an admin's
   * {@code (a+)+$} cannot hang an import); what Java would run but RE2/J refuses is named as such.
   */
  private static String regexError(String pattern, PatternSyntaxException e) {
    boolean javaRuns;
    try {
      java.util.regex.Pattern.compile(pattern);
      javaRuns = true;
    } catch (java.util.regex.PatternSyntaxException notJava) {
      javaRuns = false;
    }
    return javaRuns
        ? "regular expression not supported: "
            + e.getDescription()
            + " ('"
            + e.getPattern()
            + "'); rule regexes run in linear time, without backreferences, lookaround,"
            + " possessive quantifiers or atomic groups"
        : "invalid regular expression: " + e.getDescription() + " ('" + e.getPattern() + "')";
  }

  private static IllegalArgumentException error(int lineNumber, String message) {
    return new IllegalArgumentException("rule line " + lineNumber + ": " + message);
  }

  private static RuleSet loadDefaults() {
    try (InputStream in = RuleSet.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing rule resource " + DEFAULT_RESOURCE);
      }
      return new RuleSet(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
