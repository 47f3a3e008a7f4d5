package org.factdesk.analysis.train;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.analysis.claim.ClaimExtractor;

/**
 * How many check-worthy sentences of whole articles become candidates when the candidates are
 * capped as a person can read them: what the engine's {@link ClaimExtractor} shows, measured on
 * labelled articles. Two ways of capping:
 *
 * <ul>
 *   <li>per article: the best-scored sentences from the threshold, at most one in {@value
 *       ClaimExtractor#SENTENCES_PER_CANDIDATE} of the article ({@value
 *       ClaimExtractor#MIN_CANDIDATES} in a short one), as the engine ships it;
 *   <li>across articles: every sentence from one probability, chosen so that about one sentence in
 *       three of a set of articles passes it ({@link #thresholdForShare}), so an article dense in
 *       statements may show more and a thin one fewer.
 * </ul>
 */
record CappedRecall(int found, int checkWorthy, int candidates, int sentences) {

  /** Per article, as the engine caps: from {@code threshold}, the best third of each article. */
  static CappedRecall perArticle(
      List<LabelledSentence> sentences, double[] scores, double threshold) {
    Map<String, List<Integer>> byArticle = new LinkedHashMap<>();
    for (int i = 0; i < sentences.size(); i++) {
      byArticle.computeIfAbsent(sentences.get(i).document(), d -> new ArrayList<>()).add(i);
    }
    int found = 0;
    int candidates = 0;
    for (List<Integer> article : byArticle.values()) {
      int limit = ClaimExtractor.candidateLimit(article.size());
      List<Integer> passing = new ArrayList<>();
      for (int i : article) {
        if (scores[i] >= threshold) {
          passing.add(i);
        }
      }
      // stable: of equal scores the earlier sentence stays, as in the engine
      passing.sort(Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
      for (int i : passing.subList(0, Math.min(limit, passing.size()))) {
        candidates++;
        found += sentences.get(i).checkWorthy() ? 1 : 0;
      }
    }
    return of(sentences, found, candidates);
  }

  /** Every sentence from {@code threshold}, whatever its article. */
  static CappedRecall acrossArticles(
      List<LabelledSentence> sentences, double[] scores, double threshold) {
    int found = 0;
    int candidates = 0;
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] >= threshold) {
        candidates++;
        found += sentences.get(i).checkWorthy() ? 1 : 0;
      }
    }
    return of(sentences, found, candidates);
  }

  /** The lowest probability (in 0.005 steps) from which at most {@code share} of sentences pass. */
  static double thresholdForShare(double[] scores, double share) {
    for (int k = 0; k <= 200; k++) {
      double t = k / 200.0;
      int passing = 0;
      for (double s : scores) {
        passing += s >= t ? 1 : 0;
      }
      if (passing <= share * scores.length) {
        return t;
      }
    }
    return 1;
  }

  private static CappedRecall of(List<LabelledSentence> sentences, int found, int candidates) {
    int positive = (int) sentences.stream().filter(LabelledSentence::checkWorthy).count();
    return new CappedRecall(found, positive, candidates, sentences.size());
  }

  double recall() {
    return checkWorthy == 0 ? 0 : found / (double) checkWorthy;
  }

  double precision() {
    return candidates == 0 ? 0 : found / (double) candidates;
  }

  /** Sentences per candidate: 3.0 is one candidate in three sentences. */
  double sentencesPerCandidate() {
    return candidates == 0 ? Double.POSITIVE_INFINITY : sentences / (double) candidates;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "recall %.1f%% (%d of %d)  precision %.1f%%  %d candidates, 1 in %.2f sentences",
        100 * recall(),
        found,
        checkWorthy,
        100 * precision(),
        candidates,
        sentencesPerCandidate());
  }
}
