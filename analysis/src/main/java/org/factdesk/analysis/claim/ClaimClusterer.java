package org.factdesk.analysis.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups claims from several articles into clusters of claims that state the same thing: every pair
 * the {@link ClaimMatcher} calls SAME or CONFLICT is a link, and linked claims are joined by
 * union-find, so a cluster may hold two claims that are linked only through a third.
 *
 * <p>Not every pair is compared: two claims are candidates only when they share a content word that
 * at most {@link #BLOCKING_SHARE} of the claims use (and always when it is used by at most {@link
 * #BLOCKING_MIN_CLAIMS}). A linked pair needs at least two words in common, and claims of one story
 * share their rare ones ("licence", "corridor"), so this rarely loses a link while keeping a few
 * thousand claims to a few pairs each instead of millions. Claims of the same article are not
 * compared. Deterministic: clusters in the order of their first member. Thread-safe.
 */
public final class ClaimClusterer {
  /** A word in more than 5% of the claims ("said", "percent", "government") says little. */
  public static final double BLOCKING_SHARE = 0.05;

  /** Small batches (a few articles) compare on every shared word. */
  public static final int BLOCKING_MIN_CLAIMS = 50;

  private final ClaimMatcher matcher = new ClaimMatcher();

  /** Clusters of two or more linked claims; claims linked to none are left out. */
  public List<ClaimCluster> cluster(List<ClaimText> claims) {
    List<ClaimFeatures> features = claims.stream().map(ClaimFeatures::of).toList();
    int[] parent = new int[claims.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    List<ClaimLink> links = new ArrayList<>();
    for (long pair : candidates(claims, features)) {
      int i = (int) (pair >>> 32);
      int j = (int) pair;
      ClaimMatch match = matcher.match(features.get(i), features.get(j));
      if (match.verdict().linked()) {
        links.add(new ClaimLink(i, j, match));
        parent[find(parent, i)] = find(parent, j);
      }
    }
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < parent.length; i++) {
      members.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    Map<Integer, List<ClaimLink>> linksByRoot = new HashMap<>();
    for (ClaimLink link : links) {
      linksByRoot.computeIfAbsent(find(parent, link.left()), k -> new ArrayList<>()).add(link);
    }
    List<ClaimCluster> clusters = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
      if (e.getValue().size() > 1) {
        clusters.add(new ClaimCluster(e.getValue(), linksByRoot.get(e.getKey())));
      }
    }
    clusters.sort((a, b) -> Integer.compare(a.members().get(0), b.members().get(0)));
    return clusters;
  }

  /** Candidate pairs (i &lt; j, i in the high half), sorted: the order links are found in. */
  private static TreeSet<Long> candidates(List<ClaimText> claims, List<ClaimFeatures> features) {
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < features.size(); i++) {
      for (String term : features.get(i).topic()) {
        postings.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
      }
    }
    int maxClaims = Math.max(BLOCKING_MIN_CLAIMS, (int) (BLOCKING_SHARE * claims.size()));
    TreeSet<Long> pairs = new TreeSet<>();
    for (List<Integer> ids : postings.values()) {
      if (ids.size() < 2 || ids.size() > maxClaims) {
        continue;
      }
      for (int a = 0; a < ids.size(); a++) {
        for (int b = a + 1; b < ids.size(); b++) {
          int i = ids.get(a);
          int j = ids.get(b);
          if (!claims.get(i).article().equals(claims.get(j).article())) {
            pairs.add((long) i << 32 | j);
          }
        }
      }
    }
    return pairs;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
