package org.factdesk.analysis.claim;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.factdesk.analysis.embed.SentenceEmbedder;

/**
 * Decides whether two claims state the same thing when they may say it in other words (decision
 * 0017): the {@link LinkModel} reads the cosine of their sentence embeddings ({@link
 * SentenceEmbedder}) and the words and facts they share; the facts of {@link ClaimMatcher} then say
 * whether the linked claims agree (SAME) or not (CONFLICT, each differing value named).
 *
 * <p>One more link the model would not make: two statements attributed to different named bodies,
 * with {@link ClaimMatcher#MIN_SHARED_TERMS} content words in common and meanings at least {@link
 * #ATTRIBUTED} close, are one event told by two bodies: a CONFLICT naming the SOURCE, for the
 * fact-checker to see side by side ("the Ministry of Commerce said" vs "the Foreign Ministry
 * said").
 *
 * <p>Stateless and thread-safe.
 */
public final class MeaningMatcher {
  /** Cosine under which two sentences are not compared at all: other statements. */
  public static final double CANDIDATE_COSINE = 0.4;

  /**
   * Offer score from which a pair the model does not link is offered to a person as possibly the
   * same claim (decision 0038): chosen on the paraphrase corpus's dev pairs. The score is the link
   * model's without the length terms ({@link LinkModel#offerProbability}, decision 0077).
   */
  public static final double SUGGEST_FROM = 0.3;

  /** Cosine from which two statements of different named bodies are about one event. */
  public static final double ATTRIBUTED = 0.45;

  /** A claim with its sentence vector, as {@link SentenceEmbedder#embed} makes it. */
  public record Embedded(ClaimText claim, float[] vector) {}

  private final ClaimMatcher words = new ClaimMatcher();
  private final LinkModel model;

  /** With the shipped link model. */
  public MeaningMatcher() {
    this(LinkModel.shipped());
  }

  public MeaningMatcher(LinkModel model) {
    this.model = model;
  }

  public ClaimMatch match(Embedded left, Embedded right) {
    return match(
        ClaimFeatures.of(left.claim()),
        left.vector(),
        ClaimFeatures.of(right.claim()),
        right.vector());
  }

  ClaimMatch match(
      ClaimFeatures left, float[] leftVector, ClaimFeatures right, float[] rightVector) {
    double cosine = SentenceEmbedder.cosine(leftVector, rightVector);
    return match(left, right, cosine, model.probability(left, right, cosine));
  }

  /**
   * Whether a pair this matcher does not link is close enough to offer a person as possibly the
   * same claim, to link by hand: a fact-checker reads a few of these where an automatic link must
   * be right nine times in ten. The offer score when it is ({@link #SUGGEST_FROM} or more, the
   * sentences at least {@link #CANDIDATE_COSINE} close), empty when the pair is linked or not
   * offered. The link is still decided by the full link probability; only the offer leaves out how
   * many words apart the two tellings are (decision 0077), so a retelling that adds a clause is
   * offered, not linked.
   */
  public OptionalDouble offer(Embedded left, Embedded right) {
    double cosine = SentenceEmbedder.cosine(left.vector(), right.vector());
    if (cosine < CANDIDATE_COSINE) {
      return OptionalDouble.empty();
    }
    ClaimFeatures l = ClaimFeatures.of(left.claim());
    ClaimFeatures r = ClaimFeatures.of(right.claim());
    LinkModel.Scores scores = model.scores(l, r, cosine);
    if (scores.offer() < SUGGEST_FROM || match(l, r, cosine, scores.link()).verdict().linked()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(rounded(scores.offer()));
  }

  private ClaimMatch match(ClaimFeatures left, ClaimFeatures right, double cosine, double p) {
    ClaimMatcher.Comparison c = ClaimMatcher.compare(left, right);
    String closeness = String.format(Locale.ROOT, "meaning %.2f, link model %.2f", cosine, p);
    if (p >= model.threshold()) {
      return c.differences().isEmpty()
          ? new ClaimMatch(
              rounded(p),
              MatchVerdict.SAME,
              List.of(),
              ClaimMatcher.same(c.agreed()) + " (" + closeness + ")")
          : new ClaimMatch(
              rounded(p),
              MatchVerdict.CONFLICT,
              c.differences(),
              ClaimMatcher.conflict(c.differences()) + " (" + closeness + ")");
    }
    boolean shareWords = c.sharedTerms() >= ClaimMatcher.MIN_SHARED_TERMS;
    if (cosine >= ATTRIBUTED && shareWords && sourcesDiffer(c)) {
      return new ClaimMatch(
          rounded(p),
          MatchVerdict.CONFLICT,
          c.differences(),
          "one event told by different bodies; "
              + ClaimMatcher.conflict(c.differences()).substring("same statement; ".length())
              + " ("
              + closeness
              + ")");
    }
    ClaimMatch byWords = words.match(left, right);
    if (byWords.verdict().linked() || byWords.verdict() == MatchVerdict.RELATED) {
      return new ClaimMatch(
          rounded(p),
          MatchVerdict.RELATED,
          c.differences(),
          "related ("
              + c.sharedTerms()
              + " words in common), not the same statement ("
              + closeness
              + ")");
    }
    return new ClaimMatch(rounded(p), MatchVerdict.UNRELATED, List.of(), byWords.reason());
  }

  private static boolean sourcesDiffer(ClaimMatcher.Comparison c) {
    return c.differences().stream().anyMatch(d -> d.type() == FactType.SOURCE);
  }

  private static double rounded(double value) {
    return Math.round(Math.max(0, value) * 1000) / 1000.0;
  }
}
