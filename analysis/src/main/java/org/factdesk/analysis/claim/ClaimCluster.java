package org.factdesk.analysis.claim;

import java.util.List;

/**
 * Claims that state the same thing, directly or through one another.
 *
 * @param members positions in the list given to {@link ClaimClusterer#cluster}, ascending
 * @param links the pairs that were found linked, ordered by left then right position; they connect
 *     all members
 */
public record ClaimCluster(List<Integer> members, List<ClaimLink> links) {
  public ClaimCluster {
    members = List.copyOf(members);
    links = List.copyOf(links);
  }

  /** The links whose claims disagree on a fact: what a fact-checker sees side by side. */
  public List<ClaimLink> conflicts() {
    return links.stream().filter(l -> l.match().verdict() == MatchVerdict.CONFLICT).toList();
  }
}
