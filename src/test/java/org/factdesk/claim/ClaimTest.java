package org.factdesk.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.claim.ClaimDifference;
import org.factdesk.analysis.claim.FactType;
import org.junit.jupiter.api.Test;

class ClaimTest {

  private static Claim claim(String sentence) {
    return new Claim(null, null, null, sentence, Claim.shortLine(sentence), 0.5, null, "tester");
  }

  @Test
  void aLongSentenceIsCutAtAWordWithAnEllipsis() {
    String sentence =
        "Officials credited longer opening hours at the freight terminal for the rise.";
    assertEquals(77, sentence.length());
    assertEquals(
        "Officials credited longer opening hours at the freight terminal for the…",
        Claim.shortLine(sentence));
    assertEquals("Short and  sweet.".replace("  ", " "), Claim.shortLine(" Short and\n sweet. "));
    assertTrue(Claim.shortLine("x".repeat(200)).length() <= Claim.MAX_CLAIM_REVIEWED);
  }

  @Test
  void aDismissNeedsAReason() {
    Claim cut = claim("The port handled 9,000 containers in March.");
    ClaimException e = assertThrows(ClaimException.class, () -> cut.dismiss("  ", "tester"));
    assertTrue(e.getMessage().contains("reason"), e.getMessage());
    assertEquals(ClaimState.CONFIRMED, cut.getState());

    cut.dismiss(" opinion, not a fact ", "tester");
    assertEquals(ClaimState.DISMISSED, cut.getState());
    assertEquals("opinion, not a fact", cut.getDismissReason());
    assertEquals("tester", cut.getDismissedBy());
    assertThrows(ClaimException.class, () -> cut.dismiss("again", "tester"));
  }

  @Test
  void rewordingNamesTheFieldThatBreaksTheRule() {
    Claim cut = claim("The port handled 9,000 containers in March.");
    ClaimException tooLong =
        assertThrows(ClaimException.class, () -> cut.reword("x".repeat(76), "A sentence."));
    assertEquals(
        "The claim reviewed may hold at most 75 characters; it has 76.", tooLong.getMessage());
    ClaimException empty = assertThrows(ClaimException.class, () -> cut.reword("", "A sentence."));
    assertTrue(empty.getMessage().startsWith("The claim reviewed is empty"), empty.getMessage());
    ClaimException noSentence = assertThrows(ClaimException.class, () -> cut.reword("A line", " "));
    assertTrue(noSentence.getMessage().contains("sentence"), noSentence.getMessage());
    assertEquals("The port handled 9,000 containers in March.", cut.getSentence());

    cut.reword(" " + "y".repeat(75) + " ", " The port handled 9,100 containers. ");
    assertEquals("y".repeat(75), cut.getClaimReviewed());
    assertEquals("The port handled 9,100 containers.", cut.getSentence());
  }

  @Test
  void differencesAreStoredAsReadableLinesAndReadBack() {
    List<ClaimDifference> differences =
        List.of(
            new ClaimDifference(FactType.NUMBER, "1,200", "900"),
            new ClaimDifference(FactType.SOURCE, "Ministry of Agriculture", "Ministry of Trade"));
    String column = LinkedClaim.encode(differences);
    assertEquals(
        "NUMBER: 1,200 vs 900\nSOURCE: Ministry of Agriculture vs Ministry of Trade", column);
    assertEquals(differences, LinkedClaim.decode(column));
    assertEquals(null, LinkedClaim.encode(List.of()));
    assertEquals(List.of(), LinkedClaim.decode(null));
  }
}
