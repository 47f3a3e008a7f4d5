package org.factdesk.claim;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A verdict as pages and REST show it.
 *
 * @param suggestedByClaim the claim whose verdict this one took over, or null
 */
public record VerdictDetail(
    long id,
    long claimId,
    int revision,
    Rating rating,
    String rationale,
    String claimant,
    LocalDate claimDate,
    List<Link> evidence,
    String author,
    Instant givenAt,
    Long suggestedByClaim)
    implements Serializable {

  public VerdictDetail {
    evidence = List.copyOf(evidence);
  }

  /** One evidence link. */
  public record Link(String url, String title, String note) implements Serializable {}

  static VerdictDetail of(Verdict v) {
    return new VerdictDetail(
        v.getId(),
        v.getClaim().getId(),
        v.getRevision(),
        v.getRating(),
        v.getRationale(),
        v.getClaimant(),
        v.getClaimDate(),
        v.getEvidence().stream().map(e -> new Link(e.getUrl(), e.getTitle(), e.getNote())).toList(),
        v.getAuthor(),
        v.getCreatedAt(),
        v.getSuggestedByClaim());
  }
}
