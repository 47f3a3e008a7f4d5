package org.factdesk.analysis.claim;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.factdesk.analysis.text.StopWords;
import org.factdesk.analysis.text.Words;

/**
 * The subject of a claim as a set of stemmed content words: what is left of the sentence once its
 * facts (numbers, dates, sources, places) and attribution verbs are taken out, because those are
 * compared as facts and two tellings of one statement may legitimately differ in them.
 */
final class TopicTerms {
  private static final Set<String> STOP_WORDS = StopWords.of("en");

  private TopicTerms() {}

  /** Sorted, so that anything built from them is deterministic. */
  static Set<String> of(ClaimText claim, List<Fact> facts) {
    StringBuilder masked = new StringBuilder(claim.text());
    for (FoundSpan span : claim.spans()) {
      if (span.type() != SpanType.QUOTE && span.type() != SpanType.COMPARISON) {
        mask(masked, span.text());
      }
    }
    for (Fact fact : facts) {
      mask(masked, fact.shown());
    }
    Set<String> terms = new TreeSet<>();
    for (String token : Words.tokens(Fold.fold(masked.toString()))) {
      if (token.length() >= 3
          && !STOP_WORDS.contains(token)
          && !Character.isDigit(token.charAt(0))) {
        terms.add(stem(token));
      }
    }
    return terms;
  }

  /** Blanks every occurrence of {@code part}. */
  private static void mask(StringBuilder text, String part) {
    if (part.isEmpty()) {
      return;
    }
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      for (int j = i; j < i + part.length(); j++) {
        text.setCharAt(j, ' ');
      }
    }
  }

  /**
   * A light English stemmer: possessive, plural, "-ing" and "-ed" (so "licences", "approved" and
   * "approving" meet their stems); enough for two wordings of one sentence, without a dictionary.
   */
  static String stem(String t) {
    if (t.endsWith("'s")) {
      t = t.substring(0, t.length() - 2);
    }
    if (t.length() > 4 && t.endsWith("ies")) {
      return t.substring(0, t.length() - 3) + "y";
    }
    if (t.length() > 5 && t.endsWith("ing")) {
      return trimE(t.substring(0, t.length() - 3));
    }
    if (t.length() > 4 && t.endsWith("ed")) {
      return trimE(t.substring(0, t.length() - 2));
    }
    if (t.length() > 3 && t.endsWith("es") && !t.endsWith("ses")) {
      return trimE(t.substring(0, t.length() - 1));
    }
    if (t.length() > 3 && t.endsWith("s") && !t.endsWith("ss")) {
      return trimE(t.substring(0, t.length() - 1));
    }
    return trimE(t);
  }

  /** Drops a final 'e' so "approve", "approved" and "approving" all become "approv". */
  private static String trimE(String t) {
    return t.length() > 3 && t.endsWith("e") ? t.substring(0, t.length() - 1) : t;
  }
}
