package org.factdesk.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.factdesk.analysis.embed.SentenceEmbedder;
import org.junit.jupiter.api.Test;

class MeaningMatcherTest {
  private final MeaningMatcher cut = new MeaningMatcher();
  private final ClaimMatcher words = new ClaimMatcher();

  private static MeaningMatcher.Embedded embedded(String article, String sentence) {
    return new MeaningMatcher.Embedded(
        new ClaimText(article, sentence, ClaimExtractor.spans(sentence)),
        SentenceEmbedder.shared().embed(sentence));
  }

  @Test
  void aRetoldStatementIsLinkedAsTheSame() {
    var left =
        embedded(
            "a",
            "Nickel ore carriers bound for Japan have been stranded off Sulawesi since the new"
                + " export permit rules took effect.");
    var right =
        embedded(
            "b",
            "Since the new export permit rules took effect, Japan-bound nickel ore carriers have"
                + " been stranded off Sulawesi.");

    ClaimMatch match = cut.match(left, right);

    assertEquals(MatchVerdict.SAME, match.verdict(), match.reason());
    assertTrue(match.similarity() >= LinkModel.shipped().threshold(), match.reason());
  }

  @Test
  void aLooseParaphraseIsOnlyRelatedAtTheModelsPrecision() {
    // the link model keeps 90% precision on the paraphrase corpus: a telling with few words in
    // common and a figure only one side gives stays a suggestion, not a link
    var left =
        embedded(
            "a",
            "Several bulk carriers loaded with nickel ore for Japanese smelters have been stalled"
                + " because of the new export permit rules.");
    var right =
        embedded(
            "b",
            "More than five Japan-bound nickel ore carriers have become stranded since the export"
                + " permit rules took effect.");

    ClaimMatch match = cut.match(left, right);

    assertEquals(MatchVerdict.RELATED, match.verdict(), match.reason());
    assertFalse(words.match(left.claim(), right.claim()).verdict() == MatchVerdict.UNRELATED);
    // ... and offered to the fact-checker as possibly the same claim (decision 0038)
    assertTrue(cut.offer(left, right).isPresent(), match.reason());
  }

  @Test
  void onlyPairsNeitherLinkedNorFarApartAreOffered() {
    var vote =
        embedded("a", "The city council voted to close the old bridge to trucks from next month.");
    var ban =
        embedded(
            "b",
            "Lorries will be banned from the old bridge starting next month after a council vote.");
    var rate = embedded("b", "The central bank raised its key rate by half a point on Tuesday.");
    var retold =
        embedded(
            "b", "From next month the old bridge is closed to trucks, the city council voted.");

    ClaimMatch loose = cut.match(vote, ban);
    assertTrue(cut.offer(vote, ban).isPresent(), loose.reason());
    ClaimMatch unrelated = cut.match(vote, rate);
    assertFalse(cut.offer(vote, rate).isPresent(), unrelated.reason());
    ClaimMatch linked = cut.match(vote, retold);
    assertTrue(linked.verdict().linked(), linked.reason());
    assertFalse(cut.offer(vote, retold).isPresent(), "linked, not offered");
  }

  @Test
  void aRetellingThatSaysMuchMoreIsOfferedThoughNotLinked() {
    // 20 words against 35: the long telling adds who said it, when, why and for how long; the link
    // model's length terms keep it from being linked, the offer leaves them out (decision 0077)
    var brief =
        embedded(
            "a",
            "Several tankers of liquefied gas bound for Korea have been held at the terminal"
                + " because of the new export licences.");
    var told =
        embedded(
            "b",
            "Port officials said on Thursday that, because of the export licences the government"
                + " introduced last month over security concerns, more than four Korea-bound gas"
                + " tankers have now been stuck at the terminal for a week.");

    ClaimMatch match = cut.match(brief, told);
    OptionalDouble offer = cut.offer(brief, told);

    assertFalse(match.verdict().linked(), match.reason());
    // with the length terms the pair would score under the offer line too
    assertTrue(match.similarity() < MeaningMatcher.SUGGEST_FROM, match.reason());
    assertTrue(offer.isPresent(), match.reason());
    assertTrue(offer.getAsDouble() >= MeaningMatcher.SUGGEST_FROM, offer.toString());
    assertEquals(LinkModel.shipped().offerProbability(brief, told), offer.getAsDouble(), 0.0005);
  }

  @Test
  void twoBodiesTellingOneEventAreAConflictNamingTheSource() {
    var left =
        embedded(
            "a",
            "A spokesperson for the Ministry of Trade said the export permits comply with"
                + " international rules.");
    var right =
        embedded(
            "b",
            "The Foreign Ministry said the export permit system is in line with international"
                + " norms and targets no country.");

    ClaimMatch match = cut.match(left, right);

    assertEquals(MatchVerdict.CONFLICT, match.verdict(), match.reason());
    assertTrue(match.differs(FactType.SOURCE), match.reason());
  }

  @Test
  void oneStatementWithAnotherFigureIsAConflictNamingTheNumber() {
    var left = embedded("a", "The port authority said 1,200 containers were unloaded in March.");
    var right = embedded("b", "The port authority said 900 containers were unloaded in March.");

    ClaimMatch match = cut.match(left, right);

    assertEquals(MatchVerdict.CONFLICT, match.verdict(), match.reason());
    assertEquals(
        List.of(new ClaimDifference(FactType.NUMBER, "1,200", "900")), match.differences());
  }

  @Test
  void differentStatementsOnOneSubjectAreNotLinked() {
    var left = embedded("a", "The port authority said 1,200 containers were unloaded in March.");
    var right =
        embedded("b", "Dock workers at the port plan a two-day strike over night-shift pay.");

    assertFalse(cut.match(left, right).verdict().linked());
  }
}
