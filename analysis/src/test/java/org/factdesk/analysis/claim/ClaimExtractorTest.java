package org.factdesk.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.factdesk.analysis.Block;
import org.factdesk.analysis.BlockKind;
import org.factdesk.analysis.Flag;
import org.factdesk.analysis.FlagType;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {
  private final ClaimExtractor cut = new ClaimExtractor();

  @Test
  void findsTypedSpansWithOffsetsIntoTheBlock() {
    String text =
        "Intro line without facts here. The U.S. list covers over 3,000 items, compared with 900 in"
            + " Valmora, according to the Trade Institute. Fees rose 12.5% to $2.4 billion on June"
            + " 5, a record.";
    List<ClaimCandidate> claims = cut.extract(7, text);
    assertEquals(2, claims.size());
    ClaimCandidate first = claims.get(0);
    assertEquals(7, first.blockIndex());
    assertEquals(text.substring(first.start(), first.end()), first.text());
    assertTrue(
        first.has(SpanType.NUMBER) && first.has(SpanType.COMPARISON) && first.has(SpanType.SOURCE));
    for (ClaimSpan span : first.spans()) {
      assertEquals(span.text(), text.substring(span.start(), span.end()));
    }
    ClaimCandidate second = claims.get(1);
    assertTrue(
        second.has(SpanType.PERCENT)
            && second.has(SpanType.MONEY)
            && second.has(SpanType.DATE)
            && second.has(SpanType.COMPARISON),
        second.spans().toString());
    assertTrue(
        second.spans().stream()
            .noneMatch(s -> s.type() == SpanType.NUMBER && s.text().contains("2.4")));
  }

  @Test
  void namedSourcesAndQuotesAreEvidence() {
    String text =
        "A spokesperson from the Ministry of Commerce said that \u201cthe controls are lawful and"
            + " targeted.\u201d";
    ClaimCandidate c = cut.extract(0, text).get(0);
    assertTrue(c.has(SpanType.SOURCE) && c.has(SpanType.QUOTE));
    assertTrue(
        c.spans().stream()
            .anyMatch(s -> s.text().startsWith("A spokesperson from the Ministry of Commerce")));
  }

  @Test
  void scoresMoreEvidenceHigherAndSkipsSentencesWithout() {
    double strong =
        cut.extract(
                0,
                "Exports doubled to 4,000 tonnes in 2024, 30% more than the ministry had forecast,"
                    + " officials said.")
            .get(0)
            .score();
    double weak =
        cut.extract(0, "Officials said the talks would continue next month in the capital.")
            .get(0)
            .score();
    assertTrue(strong > weak, strong + " vs " + weak);
    assertTrue(strong <= 1.0 && weak >= 0.0);
    assertTrue(cut.extract(0, "The weather was pleasant and the mood was calm.").isEmpty());
  }

  @Test
  void flaggedBlocksAreNotMined() {
    Block article =
        new Block(
            0, BlockKind.LINE, "Prices rose 40 percent since January, the office said.", 0, 10);
    Block promo =
        new Block(
            1,
            BlockKind.LINE,
            "Proven in over 10,000 plants, 99% uptime guaranteed.",
            11,
            20,
            List.of(new Flag(FlagType.PROMOTIONAL, 0.9, "promo", "test")));
    List<ClaimCandidate> claims = cut.extract(List.of(article, promo));
    assertEquals(1, claims.size());
    assertEquals(0, claims.get(0).blockIndex());
  }
}
