package org.factdesk.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.embed.SentenceEmbedder;
import org.junit.jupiter.api.Test;

class InternalConflictsTest {
  private final InternalConflicts cut = new InternalConflicts(SentenceEmbedder.shared());

  private static ClaimText sentence(String text) {
    return new ClaimText("one", text, ClaimExtractor.spans(text));
  }

  @Test
  void oneMeetingInTwoPlacesIsAConflictNamingThePlaces() {
    List<ClaimText> article =
        List.of(
            sentence(
                "The announcement came ahead of an expected meeting of the two trade ministers"
                    + " in Jakarta later this month."),
            sentence("Exports of nickel ore fell sharply in the first quarter, traders said."),
            sentence(
                "An official told reporters the two trade ministers are still scheduled to meet"
                    + " in Tokyo later this month."));

    List<InternalConflicts.Conflict> conflicts = cut.find(article);

    assertEquals(1, conflicts.size(), conflicts.toString());
    InternalConflicts.Conflict conflict = conflicts.get(0);
    assertEquals(0, conflict.left());
    assertEquals(2, conflict.right());
    assertEquals(
        List.of(new ClaimDifference(FactType.PLACE, "Jakarta", "Tokyo")), conflict.differences());
    assertTrue(conflict.reason().contains("Jakarta vs Tokyo"), conflict.reason());
  }

  @Test
  void twoEventsWithTheirOwnFiguresAreNoConflict() {
    List<ClaimText> article =
        List.of(
            sentence("The port handled 1,200 containers in March, the authority said."),
            sentence("The union said 300 dock workers joined the strike in the port on Monday."));

    assertEquals(List.of(), cut.find(article));
  }
}
