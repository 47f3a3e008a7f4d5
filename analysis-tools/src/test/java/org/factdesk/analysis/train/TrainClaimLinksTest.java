package org.factdesk.analysis.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdesk.analysis.claim.ClaimExtractor;
import org.factdesk.analysis.claim.ClaimText;
import org.factdesk.analysis.claim.LinkModel;
import org.factdesk.analysis.claim.MeaningMatcher;
import org.factdesk.analysis.embed.SentenceEmbedder;
import org.junit.jupiter.api.Test;

class TrainClaimLinksTest {
  private static final String[] SUBJECTS = {
    "harbour", "bridge", "budget", "school", "hospital", "railway", "airport", "museum"
  };

  /** A unit vector at {@code angle} radians from the first axis. */
  private static float[] vector(double angle) {
    float[] v = new float[SentenceEmbedder.DIMENSIONS];
    v[0] = (float) Math.cos(angle);
    v[1] = (float) Math.sin(angle);
    return v;
  }

  private static MeaningMatcher.Embedded embedded(String id, String sentence, float[] vector) {
    return new MeaningMatcher.Embedded(
        new ClaimText(id, sentence, ClaimExtractor.spans(sentence)), vector);
  }

  /**
   * Paraphrases close in meaning and of one length; other pairs further apart and one side longer
   * by a clause; one pair in ten of either kind looks like the other, so that no threshold is
   * perfect.
   */
  private static List<EvaluateClaimLinks.Scored> pairs(int n) {
    Random random = new Random(7);
    List<EvaluateClaimLinks.Scored> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      boolean paraphrase = i % 3 != 0;
      boolean looksSo = random.nextInt(10) == 0 ? !paraphrase : paraphrase;
      String subject = SUBJECTS[i % SUBJECTS.length];
      String left = "The council said the " + subject + " reopened on Monday.";
      String right =
          looksSo
              ? "The council said that the " + subject + " reopened on Monday."
              : "The council said the "
                  + subject
                  + " reopened on Monday after repairs that took"
                  + " many weeks.";
      double angle = looksSo ? 0.05 + 0.1 * random.nextDouble() : 0.5 + 0.4 * random.nextDouble();
      out.add(
          new EvaluateClaimLinks.Scored(
              new ParaphrasePair(String.valueOf(i), paraphrase, left, right),
              embedded("a" + i, left, vector(0)),
              embedded("b" + i, right, vector(angle))));
    }
    return out;
  }

  private static String train(List<EvaluateClaimLinks.Scored> pairs) {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    return TrainClaimLinks.train(pairs, quiet);
  }

  @Test
  void trainingTwiceWritesTheSameModelAndItLinksTheCloseTellings() throws IOException {
    List<EvaluateClaimLinks.Scored> pairs = pairs(600);

    String first = train(pairs);
    String second = train(pairs);

    assertEquals(first, second);
    LinkModel model = LinkModel.parse(new StringReader(first));
    assertEquals("claim-link-v2", model.version());
    EvaluateClaimLinks.Scored close = pairs.get(1);
    EvaluateClaimLinks.Scored far = pairs.get(0);
    assertTrue(
        model.probability(close.left(), close.right()) >= model.threshold(),
        first + "\n" + TrainClaimLinks.onValidation(model, pairs));
    assertTrue(model.probability(far.left(), far.right()) < model.threshold(), first);
  }

  @Test
  void offersWithoutTheLengthTermsReachTheLongerParaphrasesTheLinksLeave() {
    List<EvaluateClaimLinks.Scored> pairs = pairs(600);
    List<List<String>> features = new ArrayList<>();
    boolean[] labels = new boolean[pairs.size()];
    boolean[] apart = new boolean[pairs.size()];
    boolean[] candidate = new boolean[pairs.size()];
    for (int i = 0; i < labels.length; i++) {
      EvaluateClaimLinks.Scored s = pairs.get(i);
      List<String> f = new ArrayList<>();
      LinkModel.features(s.left(), s.right(), f::add);
      features.add(f);
      labels[i] = s.pair().paraphrase();
      apart[i] = f.contains(LinkModel.LENGTH_FEATURES + 6);
      candidate[i] = s.cosine() >= MeaningMatcher.CANDIDATE_COSINE;
    }
    LogisticTrainer.Params params = LogisticTrainer.Params.defaults().withL2(1e-3);

    TrainClaimLinks.Reach full =
        TrainClaimLinks.reach(features, labels, apart, candidate, params, 0.84, false);
    TrainClaimLinks.Reach offer =
        TrainClaimLinks.reach(features, labels, apart, candidate, params, 0.84, true);

    // the same links; the paraphrases told longer by a clause are offered instead of lost
    assertEquals(full.links(), offer.links());
    assertEquals(full.linksRight(), offer.linksRight());
    assertTrue(offer.reached() > full.reached(), full + " vs " + offer);
    assertTrue(offer.apartReached() > full.apartReached(), full + " vs " + offer);
  }

  @Test
  void theHeldOutBoundCoversTheNoiseOfBothReads() {
    // 930 right of 1,000 links here, a read of 400 links elsewhere: 93% less 1.645 standard
    // errors of the difference, sqrt(0.93 * 0.07 * (1/1000 + 1/400)) = 1.51 points
    assertEquals(0.9052, TrainClaimLinks.heldOutLower(930, 1000, 400), 1e-4);
    // the smaller the read, the wider the margin
    assertTrue(
        TrainClaimLinks.heldOutLower(930, 1000, 100)
            < TrainClaimLinks.heldOutLower(930, 1000, 400));
  }

  @Test
  void theThresholdIsTheLowestWhoseHeldOutReadKeepsNinetyPercent() {
    TrainClaimLinks.Counts[] counts = new TrainClaimLinks.Counts[100];
    for (int k = 5; k <= 99; k++) {
      // precision climbs from 85% to 99% as the threshold rises, links fall
      double precision = 0.85 + 0.14 * (k - 5) / 94.0;
      double links = 2000 - 19 * k;
      counts[k] = new TrainClaimLinks.Counts(k / 100.0, precision * links, links, 2500, 4000);
    }

    TrainClaimLinks.Counts chosen = TrainClaimLinks.atPrecision(counts);

    assertTrue(chosen.heldOutLower() >= TrainClaimLinks.PRECISION, chosen.toString());
    int k = (int) Math.round(chosen.threshold() * 100);
    assertTrue(counts[k - 1].heldOutLower() < TrainClaimLinks.PRECISION, counts[k - 1].toString());
    assertTrue(chosen.precision() > 0.92, "a margin above 90%: " + chosen);
  }

  @Test
  void noThresholdWhenNoneKeepsNinetyPercent() {
    TrainClaimLinks.Counts[] counts = new TrainClaimLinks.Counts[100];
    for (int k = 5; k <= 99; k++) {
      counts[k] = new TrainClaimLinks.Counts(k / 100.0, 80, 100, 500, 1000);
    }

    assertNull(TrainClaimLinks.atPrecision(counts));
  }
}
