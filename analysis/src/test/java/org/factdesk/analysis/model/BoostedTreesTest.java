package org.factdesk.analysis.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class BoostedTreesTest {
  // two stumps on two features: margin = -1 + (x0 <= 0.5 ? -2 : 2) + (x1 <= 3 ? 0.5 : -0.5)
  private static final String MODEL =
      """
      factdesk-trees 1
      version test-v1
      features 2
      words
      link_density
      base -1
      trees 2
      tree 3
      s 0 0.5 1 2
      l -2
      l 2
      tree 3
      s 1 3.0 1 2
      l 0.5
      l -0.5
      """;

  @Test
  void scoresByWalkingEveryTree() throws IOException {
    BoostedTrees cut = BoostedTrees.parse(new StringReader(MODEL));

    assertEquals("test-v1", cut.version());
    assertEquals(2, cut.featureCount());
    assertEquals(-2.5, cut.margin(new float[] {0.5f, 3f}), 1e-9);
    assertEquals(0.5, cut.margin(new float[] {0.6f, 3.5f}), 1e-9);
    assertEquals(1 / (1 + Math.exp(-1.5)), cut.probability(new float[] {0.9f, 1f}), 1e-9);
  }

  @Test
  void refusesTheWrongNumberOfFeatures() throws IOException {
    BoostedTrees cut = BoostedTrees.parse(new StringReader(MODEL));

    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> cut.margin(new float[] {1f}));
    assertTrue(e.getMessage().contains("takes 2 features, got 1"), e.getMessage());
  }

  @Test
  void aBrokenModelIsRefusedNamingItsLine() {
    String broken = MODEL.replace("s 1 3.0 1 2", "s 7 3.0 1 2");

    IOException e =
        assertThrows(IOException.class, () -> BoostedTrees.parse(new StringReader(broken)));
    assertTrue(e.getMessage().startsWith("model line 13:"), e.getMessage());
  }

  @Test
  void aTruncatedModelIsRefused() {
    String cut = MODEL.substring(0, MODEL.indexOf("tree 3\ns 1"));

    IOException e =
        assertThrows(IOException.class, () -> BoostedTrees.parse(new StringReader(cut)));
    assertTrue(e.getMessage().contains("unexpected end of model"), e.getMessage());
  }

  @Test
  void aMissingResourceIsNamed() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> BoostedTrees.load("no/such.trees"));
    assertTrue(e.getMessage().contains("no/such.trees"));
  }
}
