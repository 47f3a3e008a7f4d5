package org.factdesk.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.factdesk.claim.VerdictInput.EvidenceInput;
import org.junit.jupiter.api.Test;

/** The rules of assignment and verdicts that hold without a database. */
class FactCheckRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  private static Claim claim(double score) {
    String sentence = "The port handled 9,000 containers in March, the ministry said.";
    return new Claim(null, null, null, sentence, Claim.shortLine(sentence), score, null, "editor");
  }

  private static VerdictInput input(Rating rating, String rationale, EvidenceInput... evidence) {
    return new VerdictInput(
        rating, rationale, "Ministry of Trade", LocalDate.of(2026, 11, 2), List.of(evidence));
  }

  private static EvidenceInput link(String url) {
    return new EvidenceInput(url, "Port statistics, March", null);
  }

  private static String refusal(VerdictInput input) {
    return assertThrows(ClaimException.class, () -> input.checked(TODAY)).getMessage();
  }

  @Test
  void theClaimReviewMappingIsOneToFiveWithUnverifiableByNameAlone() {
    assertEquals(OptionalInt.of(5), Rating.TRUE.claimReviewValue());
    assertEquals(OptionalInt.of(4), Rating.MOSTLY_TRUE.claimReviewValue());
    assertEquals(OptionalInt.of(3), Rating.MIXED.claimReviewValue());
    assertEquals(OptionalInt.of(2), Rating.MISLEADING.claimReviewValue());
    assertEquals(OptionalInt.of(1), Rating.FALSE.claimReviewValue());
    assertEquals(OptionalInt.empty(), Rating.UNVERIFIABLE.claimReviewValue());
    for (Rating r : Rating.values()) {
      r.claimReviewValue()
          .ifPresent(v -> assertTrue(v >= Rating.WORST && v <= Rating.BEST, r.name()));
    }
  }

  @Test
  void aVerdictNeedsARatingARationaleAClaimantADateAndEvidence() {
    assertEquals("Choose a rating.", refusal(input(null, "why", link("https://a.example/x"))));
    assertEquals(
        "The rationale is required.",
        refusal(input(Rating.FALSE, "  ", link("https://a.example"))));
    assertEquals(
        "The claimant is required.",
        refusal(
            new VerdictInput(
                Rating.FALSE, "why", " ", TODAY, List.of(link("https://a.example/x")))));
    assertTrue(
        refusal(
                new VerdictInput(
                    Rating.FALSE, "why", "X", null, List.of(link("https://a.example"))))
            .startsWith("The claim date is required"));
    assertEquals(
        "The claim date 2026-11-25 is in the future.",
        refusal(
            new VerdictInput(
                Rating.FALSE, "why", "X", TODAY.plusDays(1), List.of(link("https://a.example")))));
    assertTrue(refusal(input(Rating.FALSE, "why")).startsWith("Give at least one evidence link"));
    assertTrue(
        refusal(input(Rating.FALSE, "x".repeat(Verdict.MAX_RATIONALE + 1), link("https://a.b")))
            .startsWith("The rationale may hold at most 10000 characters"));
  }

  @Test
  void evidenceIsAnHttpOrHttpsLinkWithATitleNamedByItsRow() {
    assertEquals(
        "Evidence 2: the link must start with http:// or https:// (it is \"javascript:alert(1)\").",
        refusal(
            input(
                Rating.FALSE,
                "why",
                link("https://stats.example/port"),
                link("javascript:alert(1)"))));
    assertTrue(
        refusal(input(Rating.FALSE, "why", link("ftp://files.example/port.csv")))
            .startsWith("Evidence 1: the link must start with http://"));
    assertTrue(
        refusal(input(Rating.FALSE, "why", link("https://exa mple.org/")))
            .startsWith("Evidence 1: \"https://exa mple.org/\" is not a valid link"));
    assertEquals(
        "Evidence 1: the link \"https:///nohost\" names no web site.",
        refusal(input(Rating.FALSE, "why", link("https:///nohost"))));
    assertEquals(
        "Evidence 1: title is required.",
        refusal(input(Rating.FALSE, "why", new EvidenceInput("https://a.example", " ", "n"))));

    // empty rows are skipped; the others keep their order
    VerdictInput.Checked ok =
        input(
                Rating.MOSTLY_TRUE,
                " close enough ",
                new EvidenceInput("", "", ""),
                new EvidenceInput(" HTTPS://stats.example/port ", "Port statistics", " p. 4 "),
                new EvidenceInput("http://ministry.example/release", "Release", null))
            .checked(TODAY);
    assertEquals("close enough", ok.rationale());
    assertEquals(2, ok.evidence().size());
    assertEquals("HTTPS://stats.example/port", ok.evidence().get(0).getUrl());
    assertEquals("p. 4", ok.evidence().get(0).getNote());
    assertNull(ok.evidence().get(1).getNote());

    List<EvidenceInput> many = new ArrayList<>();
    for (int i = 0; i < Verdict.MAX_EVIDENCE + 1; i++) {
      many.add(link("https://a.example/" + i));
    }
    assertTrue(
        refusal(new VerdictInput(Rating.FALSE, "why", "X", TODAY, many))
            .startsWith("A verdict holds at most 20 evidence links"));
  }

  @Test
  void onlyTheAssignedFactCheckerGivesAVerdict() {
    Claim claim = claim(0.5);
    assertTrue(
        assertThrows(ClaimException.class, () -> claim.checkVerdictBy("chris"))
            .getMessage()
            .contains("open pool; take it"));
    claim.take("chris");
    assertEquals("chris", claim.getAssignee());
    assertEquals("chris", claim.getAssignedBy());
    claim.checkVerdictBy("chris");
    assertTrue(
        assertThrows(ClaimException.class, () -> claim.checkVerdictBy("lee"))
            .getMessage()
            .endsWith("is assigned to chris; only they can give its verdict."));
    assertTrue(
        assertThrows(ClaimException.class, () -> claim.take("lee"))
            .getMessage()
            .endsWith("is assigned to chris; it is not in the open pool."));
    assertThrows(ClaimException.class, () -> claim.release("lee"));

    claim.assign("lee", "editor", TODAY.plusDays(3));
    assertEquals("lee", claim.getAssignee());
    assertEquals("editor", claim.getAssignedBy());
    claim.release("lee");
    assertNull(claim.getAssignee());
  }

  @Test
  void aDismissedClaimIsNotAssignedAndGetsNoVerdict() {
    Claim claim = claim(0.5);
    claim.dismiss("an opinion", "editor");
    assertTrue(
        assertThrows(ClaimException.class, () -> claim.assign("chris", "editor", null))
            .getMessage()
            .contains("dismissed"));
    assertThrows(ClaimException.class, () -> claim.take("chris"));
  }

  @Test
  void priorityWeighsScoreWaitingAndDueDateAndItsOrderHoldsOverTime() {
    LocalDate day = LocalDate.of(2026, 11, 1);
    double urgent = Priority.key(0.5, day, day.plusDays(1));
    double worthy = Priority.key(0.9, day, null);
    double old = Priority.key(0.5, day.minusDays(30), null);
    double fresh = Priority.key(0.5, day, null);
    // on the day: a fresh claim's priority is its score in percent; due in 1 day instead of 14
    // is worth 65 points
    assertEquals(90, Priority.at(worthy, day));
    assertEquals(50 + 65, Priority.at(urgent, day));
    assertTrue(urgent > worthy);
    assertTrue(old > fresh);
    // every claim gains 7 points a day: the key's order is the priority's order on any day
    assertEquals(Priority.at(fresh, day) + 70, Priority.at(fresh, day.plusDays(10)));
  }
}
