package org.factdesk.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.BlockKind;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.TextBlock;
import org.junit.jupiter.api.Test;

class ClaimExtractorTest {
  private final ClaimExtractor cut = new ClaimExtractor();

  @Test
  void findsTypedSpansWithOffsetsIntoTheBlock() {
    String text =
        "Intro line without facts here. The U.S. list covers over 3,000 items, compared with 900 in"
            + " Valmora, according to the Trade Institute. Fees rose 12.5% to $2.4 billion on June"
            + " 5, a record.";
    List<FoundClaim> claims = cut.extract(7, text);
    assertEquals(2, claims.size());
    FoundClaim first = claims.get(0);
    assertEquals(7, first.blockIndex());
    assertEquals(text.substring(first.start(), first.end()), first.text());
    assertTrue(
        first.has(SpanType.NUMBER) && first.has(SpanType.COMPARISON) && first.has(SpanType.SOURCE));
    for (FoundSpan span : first.spans()) {
      assertEquals(span.text(), text.substring(span.start(), span.end()));
    }
    FoundClaim second = claims.get(1);
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
    FoundClaim c = cut.extract(0, text).get(0);
    assertTrue(c.has(SpanType.SOURCE) && c.has(SpanType.QUOTE));
    assertTrue(
        c.spans().stream()
            .anyMatch(s -> s.text().startsWith("A spokesperson from the Ministry of Commerce")));
  }

  @Test
  void scoresMoreEvidenceHigherAndLeavesOpinionsOut() {
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
    // the span rules used to drop sentences without spans unscored; the model scores them too
    assertTrue(cut.extract(0, "I think we need to look forward together.").isEmpty());
    assertTrue(cut.extract(0, "Thanks to all of you for coming tonight.").isEmpty());
  }

  @Test
  void aDatedOrSourcedStatementWithASingleSpanIsACandidate() {
    // each scored 0.15 or 0.30 by the span rules alone: a date alone never passed
    for (String sentence :
        List.of(
            "Valmora enacted its Data Export Act in 2019 to regulate dual-use goods.",
            "On March 3, the Valmoran cabinet issued a decree on port fees.",
            "The Harbor Gazette reported that the council had approved the new budget.")) {
      assertEquals(1, cut.extract(0, sentence).size(), sentence);
    }
  }

  @Test
  void anArticleGetsAtMostOneCandidateInThreeSentencesTheBestScored() {
    List<TextBlock> blocks = new ArrayList<>();
    String[] sentences = {
      "Port fees rose 12% to $4.5 million in 2024, the Valmoran harbour authority said.",
      "The weather on the coast was mild.",
      "Exports of copper doubled to 80,000 tonnes in 2023, according to the customs office.",
      "Many residents enjoy walking along the pier.",
      "The Trade Ministry said on Monday that 1,200 licences had been granted since April.",
      "Visitors often stop at the old lighthouse.",
      "Unemployment fell from 9.1% to 6.4% between 2020 and 2024, the statistics office said.",
      "The town is known for its seafood.",
      "The council approved a budget of $310 million on June 5, up 8% from last year.",
      "Children play in the square after school.",
      "Grain imports reached 2.3 million tonnes in 2022, the highest since 1998.",
      "The market opens early on Saturdays."
    };
    for (int i = 0; i < sentences.length; i++) {
      blocks.add(new TextBlock(i, BlockKind.LINE, sentences[i], i * 100, i * 100 + 90));
    }
    List<FoundClaim> claims = cut.extract(blocks);
    assertEquals(sentences.length / ClaimExtractor.SENTENCES_PER_CANDIDATE, claims.size());
    double lowestKept = claims.stream().mapToDouble(FoundClaim::score).min().orElseThrow();
    int check = 0;
    for (TextBlock block : blocks) {
      FoundClaim scored = new ClaimExtractor(0.0).extract(block.index(), block.text()).get(0);
      boolean kept = claims.stream().anyMatch(c -> c.blockIndex() == block.index());
      if (!kept) {
        assertTrue(scored.score() <= lowestKept, scored.text());
      } else {
        check++;
      }
    }
    assertEquals(claims.size(), check);
    for (int i = 1; i < claims.size(); i++) {
      assertTrue(claims.get(i - 1).blockIndex() < claims.get(i).blockIndex(), "reading order");
    }
    // one block at a time there is no article to share out: every sentence over the threshold
    assertEquals(2, cut.extract(0, sentences[0] + " " + sentences[2]).size());
  }

  @Test
  void aNewsArticlesReportedDatedAndSourcedStatementsAreItsCandidates() {
    // the kinds of statement a fact-checker marks in wire copy (issue 13): an accusation
    // attributed to officials, a spokesperson's figure, a named newspaper's report, a dated law
    String[] sentences = {
      "Valmora has accused Orland of deliberately delaying shipments of farm machinery, officials"
          + " said on Tuesday.",
      "The dispute has drawn attention in both capitals.",
      "Trade Ministry spokesperson Lena Ostrova stated that 40 export applications had been held"
          + " for more than three months.",
      "Many traders remain hopeful.",
      "According to a report in the Coastal Herald, the delays began after a meeting in Port Ellis"
          + " in March.",
      "Observers describe the mood as tense.",
      "Valmora passed its Farm Export Law in 2021.",
      "The talks are expected to continue.",
      "It is unclear what comes next.",
      "Some shops on the quay have closed early this week.",
      "Farmers gathered outside the ministry.",
      "Both sides say they want a solution."
    };
    List<TextBlock> blocks = new ArrayList<>();
    for (int i = 0; i < sentences.length; i++) {
      blocks.add(new TextBlock(i, BlockKind.LINE, sentences[i], i * 200, i * 200 + 150));
    }
    List<FoundClaim> claims = cut.extract(blocks);
    assertEquals(
        List.of(0, 2, 4, 6), claims.stream().map(FoundClaim::blockIndex).toList(), "" + claims);
  }

  @Test
  void flaggedBlocksAreNotMined() {
    TextBlock article =
        new TextBlock(
            0, BlockKind.LINE, "Prices rose 40 percent since January, the office said.", 0, 10);
    TextBlock promo =
        new TextBlock(
            1,
            BlockKind.LINE,
            "Proven in over 10,000 plants, 99% uptime guaranteed.",
            11,
            20,
            List.of(new DetectorFlag(FlagType.PROMOTIONAL, 0.9, "promo", "test")));
    List<FoundClaim> claims = cut.extract(List.of(article, promo));
    assertEquals(1, claims.size());
    assertEquals(0, claims.get(0).blockIndex());
  }
}
