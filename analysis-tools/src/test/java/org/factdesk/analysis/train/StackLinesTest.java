package org.factdesk.analysis.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.analysis.TextBlock;
import org.factdesk.analysis.detect.DetectionContext;
import org.factdesk.analysis.detect.LineFeatures;
import org.factdesk.analysis.detect.LineModelDetector;
import org.factdesk.analysis.eval.web.Page;
import org.factdesk.analysis.model.BoostedTrees;
import org.junit.jupiter.api.Test;

class StackLinesTest {
  private static final String[] LINES = {
    "Home",
    "News",
    "Harbour Town Greets Its First Ferry In Forty Years",
    "The ferry from the island docked at the old stone pier on Tuesday morning, and half the"
        + " town came down to watch it arrive.",
    "The council had argued about the crossing for most of a decade before the money for the new"
        + " landing stage was finally found.",
    "2 Comments",
    "I took this ferry as a child and never thought I would see it come back to our little pier.",
    "Contact"
  };

  private static TrainTextLines.PageLines page() {
    DetectionContext context =
        new Analyzer()
            .context(
                String.join("\n", LINES).getBytes(StandardCharsets.UTF_8),
                ContentHint.TEXT,
                SourceInfo.NONE);
    List<String> lines = context.blocks().stream().map(TextBlock::text).toList();
    boolean[] article = new boolean[lines.size()];
    return new TrainTextLines.PageLines(
        new Page("own", "1", Page.ARTICLE, "example.org", Page.DEV, "en"),
        lines,
        LineFeatures.of(context),
        context.titleIndex(),
        article,
        new boolean[lines.size()],
        ShingleBag.of(""));
  }

  /** v4's second stage reads the first columns of the stacked rows, as the replica does. */
  @Test
  void theReplicaOfVersion4ReadsTheColumnsOfTheShippedVersion4SecondStage() {
    List<String> v4 = BoostedTrees.load(LineModelDetector.CONTEXT_MODEL_V4).featureNames();
    assertEquals(v4, StackLines.names("a"));
    TrainTextLines.PageLines p = page();
    double[] q = new double[p.lines().size()];
    assertEquals(v4.size(), StackLines.rows("a", p, q, q)[0].length);
  }

  /** The stacked row over both first stages: A's whole row, then B's probability columns. */
  @Test
  void theStackedRowHoldsTheSecondFirstStagesProbabilitiesAfterTheFirstsRow() {
    TrainTextLines.PageLines p = page();
    int n = p.lines().size();
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = i % 2 == 0 ? 0.9 : 0.1;
      b[i] = 0.05 * (i + 1);
    }
    float[][] rows = StackLines.rows("stack", p, a, b);
    float[][] own = p.features().stacked(a);
    float[][] other = p.features().stacked(b);
    List<String> names = StackLines.names("stack");
    int m = LineFeatures.STACKED_NAMES.size();
    assertEquals(names.size(), rows[0].length);
    assertTrue(names.size() > m + 20, "B's probability columns");
    for (int i = 0; i < n; i++) {
      for (int k = 0; k < m; k++) {
        assertEquals(own[i][k], rows[i][k], "line " + i + " column " + k);
      }
      for (int k = m; k < names.size(); k++) {
        String name = names.get(k).substring("b_".length());
        assertEquals(other[i][LineFeatures.STACKED_NAMES.indexOf(name)], rows[i][k], name);
      }
      assertEquals((float) b[i], rows[i][names.indexOf("b_p")]);
    }
  }

  /** One second stage over two first stages' mean reads the stacked row of that mean. */
  @Test
  void theMeanVariantStacksTheMeanOfTheTwoFirstStages() {
    TrainTextLines.PageLines p = page();
    int n = p.lines().size();
    double[] a = new double[n];
    double[] b = new double[n];
    double[] mean = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = i % 2 == 0 ? 0.9 : 0.1;
      b[i] = 0.05 * (i + 1);
      mean[i] = (a[i] + b[i]) / 2;
    }
    float[][] rows = StackLines.rows("meanp", p, a, b);
    float[][] expected = p.features().stacked(mean);
    for (int i = 0; i < n; i++) {
      assertArrayEquals(expected[i], rows[i], "line " + i);
    }
    assertEquals((float) mean[1], rows[1][LineFeatures.STACKED_NAMES.indexOf("p")]);
  }

  @Test
  void combinesProbabilitiesByMeanWeightLogitMaxAndMin() {
    double[] v = {0.2, 0.6};
    assertEquals(0.4, StackLines.combine("mean", v), 1e-12);
    assertEquals(0.3 * 0.2 + 0.7 * 0.6, StackLines.combine("w0.3", v), 1e-12);
    assertEquals(0.6, StackLines.combine("max", v), 1e-12);
    assertEquals(0.2, StackLines.combine("min", v), 1e-12);
    double logit = (Math.log(0.2 / 0.8) + Math.log(0.6 / 0.4)) / 2;
    assertEquals(1 / (1 + Math.exp(-logit)), StackLines.combine("logit", v), 1e-12);
  }
}
