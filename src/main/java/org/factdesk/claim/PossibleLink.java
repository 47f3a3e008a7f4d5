package org.factdesk.claim;

import java.io.Serializable;
import java.util.List;
import org.factdesk.analysis.claim.ClaimDifference;

/**
 * A claim of another article that may state the same thing in other words, offered to the
 * fact-checker to link by hand because the link model was not sure enough to link it (decision
 * 0038).
 *
 * @param linkProbability the offer score: the link model's probability for the pair without its
 *     length terms (decision 0077), 0.3 or more; the link itself, decided with them, was not made
 * @param meaning the cosine of the two sentences' embeddings
 * @param differences the facts the two give differently, this claim's value first: a link would
 *     make them a CONFLICT
 */
public record PossibleLink(
    long claimId,
    long articleId,
    String articleTitle,
    String sentence,
    double linkProbability,
    double meaning,
    List<ClaimDifference> differences)
    implements Serializable {
  public PossibleLink {
    differences = List.copyOf(differences);
  }
}
