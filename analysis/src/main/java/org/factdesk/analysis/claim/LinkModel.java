package org.factdesk.analysis.claim;

import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.factdesk.analysis.embed.SentenceEmbedder;

/**
 * Whether two sentences state the same thing: a logistic regression over the cosine of their
 * sentence embeddings and what {@link ClaimMatcher} reads of them (content words in common, facts
 * that agree, facts and words only one side has), learnt from a public paraphrase corpus of news
 * sentences by {@code TrainClaimLinks} (decision 0017). Shipped as {@link #RESOURCE}, one {@code
 * WEIGHT<TAB>FEATURE} line per feature, so a reviewer can read why two claims are linked. The
 * threshold is the lowest probability at which links keep 90% precision on held-out data, with a
 * margin for the noise of both the estimate and the read (decision 0077).
 *
 * <p>The offer of a pair the model does not link ("possibly the same claim", decision 0038) is
 * scored by the same weights without the {@link #LENGTH_FEATURES} ({@link #offerProbability}):
 * linking pays for the precision they add, an offer to a person should not lose a retelling only
 * because one side says more (decision 0077).
 *
 * <p>Facts that differ are not features on purpose: two tellings of one statement with different
 * figures are the conflicts a fact-checker most needs linked, while the corpus calls them "not a
 * paraphrase". Whether linked claims agree is then {@link ClaimMatcher}'s comparison of values.
 */
public final class LinkModel {
  public static final String RESOURCE = "org/factdesk/analysis/model/claim-link-v2.txt";

  /**
   * The prefix of the features that weigh how many words one telling has more than the other: left
   * out of the offer score.
   */
  public static final String LENGTH_FEATURES = "word-gap>=";

  /**
   * What the model gives a pair: {@code link}, the probability compared with the threshold, and
   * {@code offer}, the same without the {@link #LENGTH_FEATURES}, from which a pair not linked is
   * offered to a person.
   */
  public record Scores(double link, double offer) {}

  private static final class Shipped {
    static final LinkModel MODEL = load(RESOURCE);
  }

  private final String version;
  private final double threshold;
  private final double bias;
  private final Map<String, Double> weights;

  private LinkModel(String version, double threshold, double bias, Map<String, Double> weights) {
    this.version = version;
    this.threshold = threshold;
    this.bias = bias;
    this.weights = Map.copyOf(weights);
  }

  public static LinkModel shipped() {
    return Shipped.MODEL;
  }

  public String version() {
    return version;
  }

  /** The probability from which two claims are linked. */
  public double threshold() {
    return threshold;
  }

  /** The probability that two embedded claims state the same thing. */
  public double probability(MeaningMatcher.Embedded left, MeaningMatcher.Embedded right) {
    return probability(
        ClaimFeatures.of(left.claim()),
        ClaimFeatures.of(right.claim()),
        SentenceEmbedder.cosine(left.vector(), right.vector()));
  }

  /**
   * The probability that two embedded claims state the same thing, leaving out how many words apart
   * they are: what a pair the model does not link is offered on (decision 0077).
   */
  public double offerProbability(MeaningMatcher.Embedded left, MeaningMatcher.Embedded right) {
    return scores(
            ClaimFeatures.of(left.claim()),
            ClaimFeatures.of(right.claim()),
            SentenceEmbedder.cosine(left.vector(), right.vector()))
        .offer();
  }

  double probability(ClaimFeatures left, ClaimFeatures right, double cosine) {
    return scores(left, right, cosine).link();
  }

  Scores scores(ClaimFeatures left, ClaimFeatures right, double cosine) {
    double[] margin = {bias, 0};
    features(
        left,
        right,
        cosine,
        f -> margin[f.startsWith(LENGTH_FEATURES) ? 1 : 0] += weights.getOrDefault(f, 0.0));
    return new Scores(logistic(margin[0] + margin[1]), logistic(margin[0]));
  }

  private static double logistic(double margin) {
    return 1 / (1 + Math.exp(-margin));
  }

  /** Every feature of a pair as the model names it: the trainer's view of {@link #probability}. */
  public static void features(
      MeaningMatcher.Embedded left, MeaningMatcher.Embedded right, Consumer<String> out) {
    features(
        ClaimFeatures.of(left.claim()),
        ClaimFeatures.of(right.claim()),
        SentenceEmbedder.cosine(left.vector(), right.vector()),
        out);
  }

  static void features(
      ClaimFeatures left, ClaimFeatures right, double cosine, Consumer<String> out) {
    ClaimMatcher.Comparison c = ClaimMatcher.compare(left, right);
    for (int t = 40; t <= 95; t += 5) {
      if (cosine >= t / 100.0) {
        out.accept("cos>=" + t);
      }
    }
    for (int t = 1; t <= 8; t++) {
      if (c.topic() >= t / 10.0) {
        out.accept("dice>=" + t);
      }
    }
    for (int k = 1; k <= 8; k++) {
      if (c.sharedTerms() >= k) {
        out.accept("shared>=" + k);
      }
    }
    for (int k = 1; k <= 3; k++) {
      if (c.agreed().size() >= k) {
        out.accept("agreed>=" + k);
      }
    }
    int paired = 2 * (c.agreed().size() + c.differences().size());
    int extra = left.facts().size() + right.facts().size() - paired;
    for (int k = 1; k <= 3; k++) {
      if (extra >= k) {
        out.accept("extra-facts>=" + k);
      }
    }
    int small = Math.min(left.topic().size(), right.topic().size());
    int large = Math.max(left.topic().size(), right.topic().size());
    double ratio = large == 0 ? 1 : small / (double) large;
    for (int t = 3; t <= 9; t += 2) {
      if (ratio >= t / 10.0) {
        out.accept("term-ratio>=" + t);
      }
    }
    int unshared = large - c.sharedTerms();
    for (int k = 2; k <= 10; k += 2) {
      if (unshared >= k) {
        out.accept("unshared>=" + k);
      }
    }
    // one telling longer by a clause mostly says more than the other (decision 0077); the corpus
    // has no pair more than 11 words apart, so the steps end at 10
    int gap = Math.abs(left.words() - right.words());
    for (int k = 2; k <= 10; k += 2) {
      if (gap >= k) {
        out.accept(LENGTH_FEATURES + k);
      }
    }
  }

  /** Reads a model shipped as a class-path resource; a missing or broken one is a build defect. */
  public static LinkModel load(String resource) {
    return LogisticText.load(resource, LinkModel::parse);
  }

  /** Reads the text form; a malformed model is refused naming the line. */
  public static LinkModel parse(Reader reader) throws IOException {
    LogisticText.Model model = LogisticText.read(reader);
    Map<String, Double> weights = new HashMap<>();
    for (LogisticText.Weight w : model.weights()) {
      double weight;
      try {
        weight = Double.parseDouble(w.weight());
      } catch (NumberFormatException e) {
        throw LogisticText.error(w.line(), "not a number: " + e.getMessage());
      }
      if (weights.put(w.feature(), weight) != null) {
        throw LogisticText.error(w.line(), "feature listed twice: " + w.feature());
      }
    }
    return new LinkModel(model.version(), model.threshold(), model.bias(), weights);
  }

  /** The text form {@link #parse} reads, features sorted by name. */
  public static String write(
      String version, double threshold, double bias, Map<String, Double> weights) {
    StringBuilder out = new StringBuilder();
    out.append(LogisticText.MAGIC).append('\n');
    out.append("version ").append(version).append('\n');
    out.append(String.format(Locale.ROOT, "threshold %.2f", threshold)).append('\n');
    out.append(String.format(Locale.ROOT, "bias %.5f", bias)).append('\n');
    out.append("features ").append(weights.size()).append('\n');
    new java.util.TreeMap<>(weights)
        .forEach(
            (f, w) ->
                out.append(String.format(Locale.ROOT, "%.5f", w))
                    .append('\t')
                    .append(f)
                    .append('\n'));
    return out.toString();
  }
}
