package org.factdesk.claim;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.analysis.claim.ClaimDifference;
import org.factdesk.analysis.claim.MatchVerdict;
import org.factdesk.analysis.claim.SpanType;

/**
 * A claim as pages and REST show it, detached from the database: its spans, its links to claims of
 * other articles with the facts on which they disagree, who checks it and its newest rating.
 *
 * @param priority on the day it was read; see {@link Priority}
 */
public record ClaimDetail(
    long id,
    long articleId,
    String articleTitle,
    Long candidateId,
    Long blockId,
    String sentence,
    String claimReviewed,
    ClaimState state,
    String dismissReason,
    String dismissedBy,
    Double score,
    List<Span> spans,
    String createdBy,
    Long clusterId,
    List<Link> links,
    String assignee,
    String assignedBy,
    LocalDate dueDate,
    long priority,
    Rating rating,
    String checkedBy)
    implements Serializable {

  public ClaimDetail {
    spans = List.copyOf(spans);
    links = List.copyOf(links);
  }

  /** One typed piece of the sentence. */
  public record Span(SpanType type, String text, int start, int end) implements Serializable {}

  /**
   * A link seen from this claim.
   *
   * @param differences this claim's value first
   */
  public record Link(
      long otherClaimId,
      long otherArticleId,
      MatchVerdict verdict,
      double similarity,
      List<ClaimDifference> differences,
      String reason,
      LinkOrigin origin,
      String createdBy)
      implements Serializable {
    public Link {
      differences = List.copyOf(differences);
    }
  }
}
