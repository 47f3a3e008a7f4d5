package org.factdesk.claim;

import java.io.Serializable;
import java.util.List;
import org.factdesk.analysis.claim.ClaimDifference;

/**
 * Two statements of one article that give one event different values (one meeting in two places,
 * one count given twice differently), for the editor to resolve.
 *
 * @param leftBlock position of the first sentence's block
 * @param leftSentence the first sentence
 * @param rightBlock position of the second sentence's block
 * @param rightSentence the second sentence
 * @param differences each differing value, the first sentence's first
 * @param similarity how alike the words around the values are (cosine of their embeddings)
 * @param reason the conflict in words
 */
public record InternalConflict(
    int leftBlock,
    String leftSentence,
    int rightBlock,
    String rightSentence,
    List<ClaimDifference> differences,
    double similarity,
    String reason)
    implements Serializable {
  public InternalConflict {
    differences = List.copyOf(differences);
  }

  /** "PLACE: Jakarta vs Tokyo; NUMBER: 5 vs 7", for pages. */
  public String shownDifferences() {
    return String.join(
        "; ",
        differences.stream().map(d -> d.type() + ": " + d.left() + " vs " + d.right()).toList());
  }
}
