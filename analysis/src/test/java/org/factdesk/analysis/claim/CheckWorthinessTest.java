package org.factdesk.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CheckWorthinessTest {
  private static final List<String> SENTENCES =
      List.of(
          "Port fees rose 12.5% to $2,400 million on June 5, the Valmoran authority said.",
          "\u201CWe don\u2019t accept that,\u201D the minister told reporters in Øresund.",
          "Was the DATA-Export Act of 2019 really the first of its kind?",
          "I think we'll manage.",
          "  ");

  @Test
  void scoresExactlyTheFeaturesItNamesForTheTrainer() throws IOException {
    // a weight for every feature the trainer would see, different for each feature (the
    // model stores them as floats, hence the tolerance below; a lost feature moves it 0.05)
    TreeMap<String, Double> weights = new TreeMap<>();
    for (String s : SENTENCES) {
      CheckWorthiness.features(s, ClaimExtractor.spans(s), f -> weights.put(f, 0.0));
    }
    int k = 0;
    for (String f : weights.keySet()) {
      weights.put(f, ((k++ * 37) % 23 - 11) / 20.0);
    }
    StringBuilder text =
        new StringBuilder("factdesk-logistic 1\nversion test\nthreshold 0.5\nbias -0.25\n");
    text.append("features ").append(weights.size()).append('\n');
    weights.forEach(
        (f, w) -> text.append(String.format(Locale.ROOT, "%.2f", w)).append('\t').append(f + "\n"));
    CheckWorthiness cut = CheckWorthiness.parse(new StringReader(text.toString()));

    assertTrue(weights.containsKey("<n>") && weights.containsKey("don't"), weights.toString());
    assertTrue(weights.containsKey("^ port") && weights.containsKey("@PERCENT"));
    for (String s : SENTENCES) {
      List<FoundSpan> spans = ClaimExtractor.spans(s);
      List<String> features = new ArrayList<>();
      CheckWorthiness.features(s, spans, features::add);
      double margin = -0.25;
      for (String f : features) {
        margin += weights.get(f);
      }
      assertEquals(1 / (1 + Math.exp(-margin)), cut.probability(s, spans), 1e-7, s);
    }
  }

  @Test
  void theShippedModelLoadsAndSeparatesAFactFromAnOpinion() {
    CheckWorthiness model = CheckWorthiness.shipped();
    assertEquals("check-worthiness-v3", model.version());
    assertTrue(model.threshold() > 0 && model.threshold() < 1);
    String fact = "Unemployment fell from 9.1% to 6.4% between 2020 and 2024.";
    String opinion = "I think we need to look forward together.";
    assertTrue(model.probability(fact, ClaimExtractor.spans(fact)) > model.threshold());
    assertTrue(model.probability(opinion, ClaimExtractor.spans(opinion)) < model.threshold());
  }

  @Test
  void aBrokenModelIsRefusedNamingItsLine() {
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                CheckWorthiness.parse(
                    new StringReader(
                        "factdesk-logistic 1\nversion v\nthreshold 0.5\nbias 0\nfeatures 2\n"
                            + "0.5\trose\n0.5 fell\n")));
    assertTrue(e.getMessage().startsWith("model line 7:"), e.getMessage());
    IOException twice =
        assertThrows(
            IOException.class,
            () ->
                CheckWorthiness.parse(
                    new StringReader(
                        "factdesk-logistic 1\nversion v\nthreshold 0.5\nbias 0\nfeatures 2\n"
                            + "0.5\trose\n0.1\trose\n")));
    assertTrue(twice.getMessage().contains("listed twice"), twice.getMessage());
  }
}
