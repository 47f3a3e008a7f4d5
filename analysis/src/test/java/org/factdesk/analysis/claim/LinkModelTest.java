package org.factdesk.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
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
