package org.factdesk.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A verdict as a fact-checker enters it, not yet checked: {@link #checked} says what is wrong,
 * naming the field.
 *
 * @param claimant who made the claim (a person, an organisation, the outlet)
 * @param claimDate when the claim was made
 */
public record VerdictInput(
    Rating rating,
    String rationale,
    String claimant,
    LocalDate claimDate,
    List<EvidenceInput> evidence) {

  /** One evidence link as entered. */
  public record EvidenceInput(String url, String title, String note) {}

  /** The verdict's fields, checked. */
  record Checked(
      Rating rating,
      String rationale,
      String claimant,
      LocalDate claimDate,
      List<Evidence> evidence) {}

  /**
   * Every field checked; evidence rows left entirely empty are skipped.
   *
   * @throws ClaimException naming the first field that is wrong
   */
  Checked checked(LocalDate today) {
    if (rating == null) {
      throw new ClaimException("Choose a rating.");
    }
    String why = Evidence.required(rationale, "the rationale", Verdict.MAX_RATIONALE);
    String who = Evidence.required(claimant, "the claimant", Verdict.MAX_CLAIMANT);
    if (claimDate == null) {
      throw new ClaimException("The claim date is required: when was the claim made?");
    }
    if (claimDate.isAfter(today)) {
      throw new ClaimException("The claim date " + claimDate + " is in the future.");
    }
    List<Evidence> links = new ArrayList<>();
    List<EvidenceInput> rows = evidence == null ? List.of() : evidence;
    for (int i = 0; i < rows.size(); i++) {
      EvidenceInput row = rows.get(i);
      if (row == null || blank(row.url()) && blank(row.title()) && blank(row.note())) {
        continue;
      }
      links.add(Evidence.of(row.url(), row.title(), row.note(), "Evidence " + (i + 1)));
    }
    if (links.isEmpty()) {
      throw new ClaimException("Give at least one evidence link (http or https) with a title.");
    }
    if (links.size() > Verdict.MAX_EVIDENCE) {
      throw new ClaimException(
          "A verdict holds at most "
              + Verdict.MAX_EVIDENCE
              + " evidence links; it has "
              + links.size()
              + ".");
    }
    return new Checked(rating, why, who, claimDate, links);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
