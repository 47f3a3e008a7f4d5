package org.factdesk.analysis.claim;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.factdesk.analysis.Block;
import org.factdesk.analysis.text.Sentence;
import org.factdesk.analysis.text.SentenceSplitter;

/**
 * Splits the article's unflagged blocks into sentences and keeps those with enough evidence to be
 * worth checking.
 *
 * <p>Score: each span type present contributes its weight once, combined as independent evidence,
 * {@code score = 1 - Π (1 - w(type))}, with weights PERCENT 0.40, MONEY 0.40, NUMBER 0.30,
 * COMPARISON 0.30, SOURCE 0.30, QUOTE 0.25, DATE 0.15. A second distinct number-like span adds 0.10
 * more evidence (contrasts such as "3,000 vs 900" are the most checkable). Questions and sentences
 * under six words are halved: they rarely assert anything. A sentence is a candidate when its score
 * reaches {@link #DEFAULT_MIN_SCORE}: one number, comparison, named source, percentage or amount of
 * money is enough, a date or a quote alone is not.
 */
public final class ClaimExtractor {
  public static final double DEFAULT_MIN_SCORE = 0.3;

  private final double minScore;

  public ClaimExtractor() {
    this(DEFAULT_MIN_SCORE);
  }

  public ClaimExtractor(double minScore) {
    this.minScore = minScore;
  }

  /** Claim candidates of the blocks that carry no flag, in reading order. */
  public List<ClaimCandidate> extract(List<Block> blocks) {
    List<ClaimCandidate> out = new ArrayList<>();
    SpanFinder.Workspace workspace = new SpanFinder.Workspace();
    for (Block block : blocks) {
      if (block.isArticle()) {
        extract(block.index(), block.text(), workspace, out);
      }
    }
    return List.copyOf(out);
  }

  /** Candidates of one block of text (the caller decides whether it is article). */
  public List<ClaimCandidate> extract(int blockIndex, String text) {
    List<ClaimCandidate> out = new ArrayList<>();
    extract(blockIndex, text, new SpanFinder.Workspace(), out);
    return out;
  }

  private void extract(
      int blockIndex, String text, SpanFinder.Workspace workspace, List<ClaimCandidate> out) {
    for (Sentence s : SentenceSplitter.split(text)) {
      List<ClaimSpan> spans = SpanFinder.find(s.text(), s.start(), workspace);
      if (spans.isEmpty()) {
        continue;
      }
      double score = score(s.text(), spans);
      if (score >= minScore) {
        out.add(new ClaimCandidate(blockIndex, s.text(), s.start(), s.end(), score, spans));
      }
    }
  }

  /** The typed spans of one sentence, offsets within it. */
  public static List<ClaimSpan> spans(String sentence) {
    return SpanFinder.find(sentence, 0, new SpanFinder.Workspace());
  }

  /** The score described in the class comment. */
  public static double score(String sentence, List<ClaimSpan> spans) {
    Set<SpanType> types = EnumSet.noneOf(SpanType.class);
    int numeric = 0;
    for (ClaimSpan span : spans) {
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
    if (trimmed.endsWith("?") || fewerWordsThan(trimmed, 6)) {
      score /= 2;
    }
    return Math.round(score * 1000) / 1000.0;
  }

  /**
   * Whether there are fewer than {@code limit} pieces between single spaces, as {@code
   * trimmed.split(" ").length} counts them (the text is stripped, so no trailing empty piece is
   * dropped), without building the array and without counting past the limit.
   */
  private static boolean fewerWordsThan(String trimmed, int limit) {
    int pieces = 1;
    for (int i = 0; i < trimmed.length() && pieces < limit; i++) {
      if (trimmed.charAt(i) == ' ') {
        pieces++;
      }
    }
    return pieces < limit;
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
