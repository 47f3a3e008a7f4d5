package org.factdesk.analysis.claim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.factdesk.analysis.TextBlock;
import org.factdesk.analysis.text.Sentence;
import org.factdesk.analysis.text.SentenceSplitter;

/**
 * Splits the article's unflagged blocks into sentences, finds their typed evidence spans (numbers,
 * dates, money, sources, quotes, comparisons: what the UI marks) and keeps the sentences worth
 * checking.
 *
 * <p>Score: the probability the learnt {@link CheckWorthiness} model gives the sentence, from its
 * words, word pairs, spans and shape; a sentence is a candidate from the model's threshold, chosen
 * on held-out public data (see BENCHMARKS.md, "Check-worthiness"). It replaced a hand-weighted sum
 * of span types that missed dated or sourced statements with a single span ("China enacted the law
 * in 2020") and could not see check-worthy sentences without one.
 */
public final class ClaimExtractor {
  /** At most one candidate in this many sentences of an article: a list a person reads. */
  public static final int SENTENCES_PER_CANDIDATE = 3;

  /** However short the article, this many candidates may be shown (a short list reads well). */
  public static final int MIN_CANDIDATES = 3;

  private final CheckWorthiness model;
  private final double minScore;
  private final boolean capped;

  /**
   * Candidates from the shipped model's threshold, at most one in {@value #SENTENCES_PER_CANDIDATE}
   * sentences of an article (the best scored), or {@value #MIN_CANDIDATES} in a short one.
   */
  public ClaimExtractor() {
    this(CheckWorthiness.shipped().threshold(), true);
  }

  /** Every sentence scored from {@code minScore} (0 keeps every sentence, with its spans). */
  public ClaimExtractor(double minScore) {
    this(minScore, false);
  }

  private ClaimExtractor(double minScore, boolean capped) {
    this.model = CheckWorthiness.shipped();
    this.minScore = minScore;
    this.capped = capped;
  }

  /**
   * Claim candidates of the blocks that carry no flag, in reading order. The model's threshold was
   * learnt on debate transcripts, where about one sentence in four is worth checking; news
   * sentences are denser in names and figures and pass it more often, so the cap keeps the
   * best-scored ones when more than one in {@value #SENTENCES_PER_CANDIDATE} pass (and more than
   * {@value #MIN_CANDIDATES}: the few statements of a short article are all shown). One probability
   * for all articles, chosen to mark a third of news sentences, found fewer check-worthy ones on
   * the news dev articles than this cap (decision 0049).
   */
  public List<FoundClaim> extract(List<TextBlock> blocks) {
    List<FoundClaim> out = new ArrayList<>();
    SpanFinder.Workspace workspace = new SpanFinder.Workspace();
    int sentences = 0;
    for (TextBlock block : blocks) {
      if (block.isArticle()) {
        sentences += extract(block.index(), block.text(), workspace, out);
      }
    }
    int limit = candidateLimit(sentences);
    if (capped && out.size() > limit) {
      List<FoundClaim> best = new ArrayList<>(out);
      // stable: of equal scores the earlier sentence stays
      best.sort(Comparator.comparingDouble(FoundClaim::score).reversed());
      Set<FoundClaim> kept = Collections.newSetFromMap(new IdentityHashMap<>());
      kept.addAll(best.subList(0, limit));
      out.removeIf(c -> !kept.contains(c));
    }
    return List.copyOf(out);
  }

  /**
   * The most candidates an article of {@code sentences} sentences shows: one in {@value
   * #SENTENCES_PER_CANDIDATE}, or {@value #MIN_CANDIDATES} in a short one.
   */
  public static int candidateLimit(int sentences) {
    return Math.max(MIN_CANDIDATES, sentences / SENTENCES_PER_CANDIDATE);
  }

  /** Candidates of one block of text (the caller decides whether it is article). */
  public List<FoundClaim> extract(int blockIndex, String text) {
    List<FoundClaim> out = new ArrayList<>();
    extract(blockIndex, text, new SpanFinder.Workspace(), out);
    return out;
  }

  /** Adds the block's candidates to {@code out}; answers how many sentences it holds. */
  private int extract(
      int blockIndex, String text, SpanFinder.Workspace workspace, List<FoundClaim> out) {
    List<Sentence> sentences = SentenceSplitter.split(text);
    for (Sentence s : sentences) {
      List<FoundSpan> spans = SpanFinder.find(s.text(), s.start(), workspace);
      double score = rounded(model.probability(s.text(), spans));
      if (score >= minScore) {
        out.add(new FoundClaim(blockIndex, s.text(), s.start(), s.end(), score, spans));
      }
    }
    return sentences.size();
  }

  /** The typed spans of one sentence, offsets within it. */
  public static List<FoundSpan> spans(String sentence) {
    return SpanFinder.find(sentence, 0, new SpanFinder.Workspace());
  }

  /** The check-worthiness of one sentence whose spans are {@code spans}, 0..1. */
  public static double score(String sentence, List<FoundSpan> spans) {
    return rounded(CheckWorthiness.shipped().probability(sentence, spans));
  }

  private static double rounded(double p) {
    return Math.round(p * 1000) / 1000.0;
  }
}
