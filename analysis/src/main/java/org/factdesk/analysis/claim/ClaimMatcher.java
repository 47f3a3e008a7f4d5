package org.factdesk.analysis.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether two claims state the same thing, and where they disagree.
 *
 * <p>Two measures: the <em>topic</em>, the Dice overlap of the stemmed content words once facts are
 * taken out ({@link TopicTerms}), says whether they speak of the same thing; the <em>facts</em>
 * ({@link FactReader}) say whether they agree on it. Facts of one kind are paired only when
 * comparable (a percentage with a percentage, a day with a day); a fact only one side states is
 * extra detail, not a difference. Sources and places differ only when the two claims share none of
 * them, since a sentence may name several.
 *
 * <p>{@code similarity = 0.7 × topic + 0.3 × agreeing facts / (agreeing + differing)}, or the topic
 * alone when there is no fact to pair. Stateless and thread-safe.
 */
public final class ClaimMatcher {
  /**
   * Half the content words in common. Across the demo articles (02 and 03 tell one story) this
   * links eleven pairs, each one statement told twice (similarity 0.64 to 1.0), and no other: the
   * closest different statements ("reviewed 14 months of customs data" vs the corridor rules) stay
   * RELATED at 0.48.
   */
  public static final double SAME_SUBJECT = 0.5;

  /**
   * A rewording loses words to synonyms; one agreeing figure, date or source makes up for it, down
   * to this overlap.
   */
  public static final double SAME_SUBJECT_WITH_FACT = 0.35;

  /** Below this overlap two claims have nothing to say to each other, whatever facts they share. */
  public static final double RELATED = 0.2;

  /** Dice over two or three words jumps on a single word; a statement needs two in common. */
  public static final int MIN_SHARED_TERMS = 2;

  /** The words weigh more than the facts: a conflict is still the same statement. */
  static final double TOPIC_WEIGHT = 0.7;

  public ClaimMatch match(ClaimText left, ClaimText right) {
    return match(ClaimFeatures.of(left), ClaimFeatures.of(right));
  }

  ClaimMatch match(ClaimFeatures left, ClaimFeatures right) {
    Comparison c = compare(left, right);
    int sharedTerms = c.sharedTerms();
    double topic = c.topic();
    List<Fact> agreed = c.agreed();
    List<ClaimDifference> differences = c.differences();
    double similarity = c.similarity();

    boolean sameSubject =
        sharedTerms >= MIN_SHARED_TERMS
            && (topic >= SAME_SUBJECT || (topic >= SAME_SUBJECT_WITH_FACT && !agreed.isEmpty()));
    if (sameSubject) {
      return differences.isEmpty()
          ? new ClaimMatch(similarity, MatchVerdict.SAME, List.of(), same(agreed))
          : new ClaimMatch(similarity, MatchVerdict.CONFLICT, differences, conflict(differences));
    }
    if (topic >= RELATED && sharedTerms > 0) {
      String reason =
          "related subject (" + sharedTerms + " words in common), not the same statement";
      return new ClaimMatch(similarity, MatchVerdict.RELATED, differences, reason);
    }
    String reason =
        "different subjects" + (agreed.isEmpty() ? "" : "; they only share " + shown(agreed));
    return new ClaimMatch(similarity, MatchVerdict.UNRELATED, List.of(), reason);
  }

  /**
   * What two claims share and where they differ, before any verdict: the words in common, their
   * Dice overlap, the facts both state alike and the comparable facts that differ.
   */
  record Comparison(
      int sharedTerms,
      double topic,
      List<Fact> agreed,
      List<ClaimDifference> differences,
      double similarity) {}

  static Comparison compare(ClaimFeatures left, ClaimFeatures right) {
    int sharedTerms = shared(left.topic(), right.topic());
    int terms = left.topic().size() + right.topic().size();
    double topic = terms == 0 ? 0.0 : 2.0 * sharedTerms / terms;
    List<Fact> agreed = new ArrayList<>();
    List<ClaimDifference> differences = new ArrayList<>();
    for (FactType type : FactType.values()) {
      compare(of(left.facts(), type), of(right.facts(), type), agreed, differences);
    }
    int paired = agreed.size() + differences.size();
    double similarity =
        paired == 0
            ? topic
            : TOPIC_WEIGHT * topic + (1 - TOPIC_WEIGHT) * agreed.size() / (double) paired;
    similarity = Math.round(similarity * 1000) / 1000.0;
    return new Comparison(sharedTerms, topic, agreed, differences, similarity);
  }

  /**
   * Adds to {@code agreed} the left facts the right states too, and to {@code differences} the
   * remaining left facts paired, in order, with a comparable remaining right fact.
   */
  private static void compare(
      List<Fact> left, List<Fact> right, List<Fact> agreed, List<ClaimDifference> differences) {
    List<Fact> onlyLeft = new ArrayList<>();
    List<Fact> onlyRight = new ArrayList<>(right);
    for (Fact fact : left) {
      Fact same = onlyRight.stream().filter(fact::agrees).findFirst().orElse(null);
      if (same != null) {
        onlyRight.remove(same);
        agreed.add(fact);
      } else if (right.stream().noneMatch(fact::agrees)) {
        onlyLeft.add(fact);
      }
    }
    boolean named = !left.isEmpty() && isNamed(left.get(0).type());
    if (named && onlyLeft.size() < left.size()) {
      return; // they share a source or place; the others are further names, not a contradiction
    }
    for (Fact fact : onlyLeft) {
      Fact other = onlyRight.stream().filter(fact::comparable).findFirst().orElse(null);
      if (other != null) {
        onlyRight.remove(other);
        differences.add(new ClaimDifference(fact.type(), fact.shown(), other.shown()));
      }
    }
  }

  private static boolean isNamed(FactType type) {
    return type == FactType.SOURCE || type == FactType.PLACE;
  }

  private static List<Fact> of(List<Fact> facts, FactType type) {
    return facts.stream().filter(f -> f.type() == type).toList();
  }

  private static int shared(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    int n = 0;
    for (String t : small) {
      if (large.contains(t)) {
        n++;
      }
    }
    return n;
  }

  static String same(List<Fact> agreed) {
    return agreed.isEmpty()
        ? "same statement; no figures, dates or sources to compare"
        : "same statement; both give " + shown(agreed);
  }

  static String conflict(List<ClaimDifference> differences) {
    return "same statement; "
        + differences.stream().map(ClaimDifference::describe).collect(Collectors.joining("; "));
  }

  static String shown(List<Fact> facts) {
    return facts.stream().map(Fact::shown).collect(Collectors.joining(", "));
  }
}
