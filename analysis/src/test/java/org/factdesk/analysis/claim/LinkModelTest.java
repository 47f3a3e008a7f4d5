package org.factdesk.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.embed.SentenceEmbedder;
import org.junit.jupiter.api.Test;

class LinkModelTest {

  private static MeaningMatcher.Embedded embedded(String sentence) {
    float[] vector = new float[SentenceEmbedder.DIMENSIONS];
    vector[0] = 1;
    return new MeaningMatcher.Embedded(
        new ClaimText("a", sentence, ClaimExtractor.spans(sentence)), vector);
  }

  private static List<String> features(String left, String right) {
    List<String> out = new ArrayList<>();
    LinkModel.features(embedded(left), embedded(right), out::add);
    return out;
  }

  @Test
  void aTellingLongerByAClauseIsNamedByHowManyWordsItAdds() {
    String shortTelling = "The port authority said the harbour reopened on Monday after repairs.";
    String longTelling =
        "The port authority said the harbour reopened on Monday after repairs, ahead of the"
            + " season.";

    List<String> f = features(shortTelling, longTelling);

    assertTrue(f.contains("word-gap>=2"), f.toString());
    assertTrue(f.contains("word-gap>=4"), f.toString());
    assertFalse(f.contains("word-gap>=6"), f.toString());
    assertFalse(features(shortTelling, shortTelling).contains("word-gap>=2"));
  }

  @Test
  void onlyTheLengthApartMakesAPairLessLikelyTheSameUnderTheShippedModel() {
    LinkModel model = LinkModel.shipped();
    var left = embedded("The port authority said the harbour reopened on Monday.");
    var alike = embedded("The port authority said that the harbour reopened on Monday.");
    var longer =
        embedded("It was on Monday that the port authority said that the harbour had reopened.");
    // the same content words and facts, the same vectors: only the number of words differs
    assertEquals(ClaimFeatures.of(alike.claim()).topic(), ClaimFeatures.of(longer.claim()).topic());
    assertEquals(ClaimFeatures.of(alike.claim()).facts(), ClaimFeatures.of(longer.claim()).facts());

    double p = model.probability(left, alike);
    double q = model.probability(left, longer);

    assertTrue(p > q, p + " vs " + q);
  }

  @Test
  void theOfferScoreIsTheShippedWeightsWithoutTheLengthTerms() throws IOException {
    LinkModel model = LinkModel.shipped();
    String text;
    try (var in = LinkModel.class.getClassLoader().getResourceAsStream(LinkModel.RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> kept =
        text.lines().filter(line -> !line.contains(LinkModel.LENGTH_FEATURES)).toList();
    long dropped = text.lines().count() - kept.size();
    // the header is five lines, the last of them the number of features
    String withoutGap =
        String.join("\n", kept).replaceFirst("features \\d+", "features " + (kept.size() - 5));
    LinkModel lengthBlind = LinkModel.parse(new StringReader(withoutGap));
    var left = embedded("The port authority said the harbour reopened on Monday.");
    var longer =
        embedded(
            "The port authority said on Friday that the harbour, closed since the storm in"
                + " March, reopened on Monday after repairs.");

    assertEquals(5, dropped, "the shipped model weighs five length steps");
    assertEquals(
        lengthBlind.probability(left, longer), model.offerProbability(left, longer), 1e-12);
    assertTrue(
        model.offerProbability(left, longer) > model.probability(left, longer),
        "the length terms only lower the score");
    var alike = embedded("The port authority said that the harbour reopened on Monday.");
    assertEquals(model.probability(left, alike), model.offerProbability(left, alike), 1e-12);
  }

  @Test
  void theWrittenFormReadsBackWithUnixLineEndsWhateverThePlatform() throws IOException {
    String text = LinkModel.write("claim-link-test", 0.84, -0.08033, Map.of("word-gap>=2", -0.1));

    LinkModel read = LinkModel.parse(new StringReader(text));

    assertFalse(text.contains("\r"), text);
    assertEquals("claim-link-test", read.version());
    assertEquals(0.84, read.threshold());
  }

  @Test
  void theShippedModelIsTheSecondVersion() {
    assertEquals("claim-link-v2", LinkModel.shipped().version());
  }
}
