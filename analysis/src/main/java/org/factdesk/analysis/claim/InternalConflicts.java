package org.factdesk.analysis.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.factdesk.analysis.embed.SentenceEmbedder;
import org.factdesk.analysis.text.Words;

/**
 * Two statements of one article that give one event different values: one meeting in two places,
 * one count given twice differently (decision 0017). Shown to the editor, who decides which is
 * right; the engine cannot.
 *
 * <p>Cheap narrowing first, then meaning: a pair is looked at only when both sentences state a
 * number, date or place of the same kind with different values ({@link ClaimMatcher}'s comparison;
 * a source alone is no conflict, an article quotes many) and share {@link
 * ClaimMatcher#MIN_SHARED_TERMS} content words. Such a pair is one event told twice when the words
 * around the differing values ({@link #WINDOW} on each side, the values left out) mean the same:
 * their embeddings' cosine reaches {@link #SAME_EVENT}. Only those windows are embedded, a few per
 * article. Thread-safe.
 */
public final class InternalConflicts {
  /** Words taken on each side of a differing value. */
  public static final int WINDOW = 12;

  /** Cosine of the two windows from which they tell one event. */
  public static final double SAME_EVENT = 0.55;

  /** Two sentences of the article (positions in the list given) and the values they differ in. */
  public record Conflict(
      int left, int right, List<ClaimDifference> differences, double similarity, String reason) {
    public Conflict {
      differences = List.copyOf(differences);
      Objects.requireNonNull(reason, "reason");
    }
  }

  private final SentenceEmbedder embedder;

  public InternalConflicts(SentenceEmbedder embedder) {
    this.embedder = embedder;
  }

  /** The conflicts among the sentences of one article, in the order of their first sentence. */
  public List<Conflict> find(List<ClaimText> sentences) {
    List<ClaimFeatures> features = sentences.stream().map(ClaimFeatures::of).toList();
    List<int[]> pairs = new ArrayList<>();
    List<ClaimMatcher.Comparison> comparisons = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      for (int j = i + 1; j < sentences.size(); j++) {
        ClaimMatcher.Comparison c = ClaimMatcher.compare(features.get(i), features.get(j));
        List<ClaimDifference> values =
            c.differences().stream().filter(d -> d.type() != FactType.SOURCE).toList();
        if (!values.isEmpty() && c.sharedTerms() >= ClaimMatcher.MIN_SHARED_TERMS) {
          pairs.add(new int[] {i, j});
          comparisons.add(
              new ClaimMatcher.Comparison(
                  c.sharedTerms(), c.topic(), c.agreed(), values, c.similarity()));
        }
      }
    }
    if (pairs.isEmpty()) {
      return List.of();
    }
    Map<String, float[]> vectors = new HashMap<>();
    List<String> windows = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      ClaimDifference first = comparisons.get(k).differences().get(0);
      windows.add(window(sentences.get(pairs.get(k)[0]).text(), first.left()));
      windows.add(window(sentences.get(pairs.get(k)[1]).text(), first.right()));
    }
    List<String> distinct = windows.stream().distinct().toList();
    List<float[]> embedded = embedder.embedAll(distinct);
    for (int i = 0; i < distinct.size(); i++) {
      vectors.put(distinct.get(i), embedded.get(i));
    }
    List<Conflict> out = new ArrayList<>();
    for (int k = 0; k < pairs.size(); k++) {
      double cosine =
          SentenceEmbedder.cosine(
              vectors.get(windows.get(2 * k)), vectors.get(windows.get(2 * k + 1)));
      if (cosine >= SAME_EVENT) {
        List<ClaimDifference> differences = comparisons.get(k).differences();
        out.add(
            new Conflict(
                pairs.get(k)[0],
                pairs.get(k)[1],
                differences,
                Math.round(cosine * 1000) / 1000.0,
                String.format(
                    Locale.ROOT,
                    "one event told twice in the article (meaning %.2f); %s",
                    cosine,
                    ClaimMatcher.conflict(differences).substring("same statement; ".length()))));
      }
    }
    return out;
  }

  /**
   * The words around the first occurrence of {@code value} in {@code sentence}, the value left out;
   * the whole sentence when the value is not found as written.
   */
  static String window(String sentence, String value) {
    int at = sentence.indexOf(value);
    if (at < 0) {
      return sentence;
    }
    List<String> before = Words.tokens(sentence.substring(0, at));
    List<String> after = Words.tokens(sentence.substring(at + value.length()));
    List<String> words =
        new ArrayList<>(before.subList(Math.max(0, before.size() - WINDOW), before.size()));
    words.addAll(after.subList(0, Math.min(WINDOW, after.size())));
    return String.join(" ", words);
  }
}
