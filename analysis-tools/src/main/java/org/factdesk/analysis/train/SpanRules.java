package org.factdesk.analysis.train;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.factdesk.analysis.claim.FoundSpan;
import org.factdesk.analysis.claim.SpanType;

/**
 * The engine's claim score before the learnt model (ClaimExtractor up to check-worthiness-v1), kept
 * here unchanged as the baseline the model is measured against: each span type present adds its
 * weight as independent evidence, {@code 1 - Π (1 - w)} (PERCENT and MONEY 0.40; NUMBER, COMPARISON
 * and SOURCE 0.30; QUOTE 0.25; DATE 0.15), a second number-like span 0.10 more, questions and
 * sentences under six words halved; a candidate from {@value #THRESHOLD}.
 */
final class SpanRules {
  static final double THRESHOLD = 0.3;

  private SpanRules() {}

  static double score(String sentence, List<FoundSpan> spans) {
    Set<SpanType> types = EnumSet.noneOf(SpanType.class);
    int numeric = 0;
    for (FoundSpan span : spans) {
      types.add(span.type());
      if (span.type() == SpanType.NUMBER
          || span.type() == SpanType.PERCENT
          || span.type() == SpanType.MONEY) {
        numeric++;
      }
    }
    double none = 1.0;
    for (SpanType t : types) {
      none *= 1.0 - weight(t);
    }
    if (numeric >= 2) {
      none *= 0.9;
    }
    double score = 1.0 - none;
    String trimmed = sentence.strip();
    if (trimmed.endsWith("?") || trimmed.split(" ").length < 6) {
      score /= 2;
    }
    return Math.round(score * 1000) / 1000.0;
  }

  private static double weight(SpanType t) {
    return switch (t) {
      case PERCENT, MONEY -> 0.40;
      case NUMBER, COMPARISON, SOURCE -> 0.30;
      case QUOTE -> 0.25;
      case DATE -> 0.15;
    };
  }
}
