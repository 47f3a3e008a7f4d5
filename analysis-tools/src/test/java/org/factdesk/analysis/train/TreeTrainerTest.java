package org.factdesk.analysis.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Random;
import org.factdesk.analysis.model.BoostedTrees;
import org.junit.jupiter.api.Test;

class TreeTrainerTest {
  private static final int ROWS = 4_000;

  /**
   * y = (x0 > 0.5) xor (x1 > 0.5); x2 is noise. No single feature and no linear model solves it.
   */
  private static float[][] rows(long seed) {
    Random random = new Random(seed);
    float[][] x = new float[ROWS][3];
    for (float[] row : x) {
      for (int f = 0; f < 3; f++) {
        row[f] = random.nextFloat();
      }
    }
    return x;
  }

  private static boolean[] labels(float[][] x) {
    boolean[] y = new boolean[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = (x[i][0] > 0.5f) ^ (x[i][1] > 0.5f);
    }
    return y;
  }

  /**
   * A row of weight w counts as w copies: where the labels are half and half but every positive row
   * weighs 3, the model's probability goes to 3 / (3 + 1); unweighted it stays at one half.
   */
  @Test
  void aRowsWeightCountsAsCopiesOfIt() throws IOException {
    float[][] x = rows(3);
    boolean[] y = new boolean[x.length];
    double[] w = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = i % 2 == 0;
      w[i] = y[i] ? 1.5 : 0.5;
    }
    TreeTrainer.Params params = new TreeTrainer.Params(40, 1, 0.3, 1.0, 5.0, 2);
    List<String> names = List.of("a", "b", "noise");
    BoostedTrees weighted =
        BoostedTrees.parse(new StringReader(TreeTrainer.train(names, x, y, w, params, "w")));
    BoostedTrees plain =
        BoostedTrees.parse(new StringReader(TreeTrainer.train(names, x, y, null, params, "w")));
    assertEquals(0.75, weighted.probability(x[0]), 0.02);
    assertEquals(0.5, plain.probability(x[0]), 0.02);
    assertEquals(
        TreeTrainer.train(names, x, y, params, "w"),
        TreeTrainer.train(names, x, y, null, params, "w"),
        "no weights: the same model as before weights existed");
  }

  @Test
  void learnsAnInteractionAndTheEngineReadsWhatItWrites() throws IOException {
    float[][] train = rows(1);
    String text =
        TreeTrainer.train(
            List.of("a", "b", "noise"),
            train,
            labels(train),
            TreeTrainer.Params.defaults().withTrees(60),
            "xor-v1");
    BoostedTrees model = BoostedTrees.parse(new StringReader(text));

    float[][] test = rows(2);
    boolean[] truth = labels(test);
    int right = 0;
    for (int i = 0; i < test.length; i++) {
      right += (model.probability(test[i]) > 0.5) == truth[i] ? 1 : 0;
    }
    assertTrue(right > 0.97 * test.length, right + " of " + test.length + " right");
    assertEquals("xor-v1", model.version());
    assertEquals(List.of("a", "b", "noise"), model.featureNames());
  }

  @Test
  void theSameDataGiveTheSameModelByteForByte() {
    float[][] x = rows(3);
    boolean[] y = labels(x);
    TreeTrainer.Params p = TreeTrainer.Params.defaults().withTrees(20);

    assertEquals(
        TreeTrainer.train(List.of("a", "b", "c"), x, y, p, "v"),
        TreeTrainer.train(List.of("a", "b", "c"), x, y, p, "v"));
  }

  /**
   * With a share of the features per tree, a tree splits only on the features drawn for it: with
   * one feature of three, each stump's split is on that tree's one feature; the same seed gives the
   * same bytes, another seed another model, and a share of 1 the model without sampling.
   */
  @Test
  void aShareOfTheFeaturesPerTreeSplitsOnlyOnThoseDrawnFromTheSeed() {
    float[][] x = rows(3);
    boolean[] y = labels(x);
    List<String> names = List.of("a", "b", "c");
    TreeTrainer.Params stumps = new TreeTrainer.Params(30, 1, 0.3, 1.0, 5.0, 16);
    TreeTrainer.Params sampled = stumps.withFeatureShare(0.3, 7);
    String text = TreeTrainer.train(names, x, y, sampled, "s");
    List<String> splits = text.lines().filter(l -> l.startsWith("s ")).toList();
    assertEquals(30, splits.size(), "one split a stump");
    for (int t = 0; t < 30; t++) {
      boolean[] allowed = TreeTrainer.allowed(3, t, sampled);
      int feature = Integer.parseInt(splits.get(t).split(" ")[1]);
      assertTrue(allowed[feature], "tree " + t + " split on feature " + feature);
      int drawn = 0;
      for (boolean a : allowed) {
        drawn += a ? 1 : 0;
      }
      assertEquals(1, drawn, "a share of 0.3 of three features is one");
    }
    assertEquals(
        3,
        splits.stream().map(l -> l.split(" ")[1]).distinct().count(),
        "the trees draw different features");
    assertEquals(text, TreeTrainer.train(names, x, y, sampled, "s"));
    assertNotEquals(text, TreeTrainer.train(names, x, y, stumps.withFeatureShare(0.3, 8), "s"));
    assertEquals(
        TreeTrainer.train(names, x, y, stumps, "s"),
        TreeTrainer.train(names, x, y, stumps.withFeatureShare(1.0, 7), "s"));
  }

  @Test
  void binEdgesSendEachValueToTheBinOfTheFirstEdgeAtOrAboveIt() {
    float[][] x = new float[100][1];
    for (int i = 0; i < 100; i++) {
      x[i][0] = i % 10;
    }
    float[] edges = TreeTrainer.edges(x, 0, 64);

    assertEquals(9, edges.length, "one edge below each distinct value but the largest");
    assertEquals(0, TreeTrainer.binOf(edges, 0f));
    assertEquals(3, TreeTrainer.binOf(edges, 3f));
    assertEquals(9, TreeTrainer.binOf(edges, 9f));
    assertEquals(9, TreeTrainer.binOf(edges, 100f));
  }
}
