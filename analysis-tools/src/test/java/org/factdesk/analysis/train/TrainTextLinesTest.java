package org.factdesk.analysis.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrainTextLinesTest {
  private static final List<String> NAMES = List.of("a", "b", "c");

  @AfterEach
  void reset() {
    TrainTextLines.without = Set.of();
  }

  /** {@code --without b}: b is 0 in the training row, the engine's row is left as it was. */
  @Test
  void anAblatedFeatureIsZeroInACopyOfTheRow() {
    float[] row = {1, 2, 3};
    TrainTextLines.without = Set.of("b");

    assertArrayEquals(new float[] {1, 0, 3}, TrainTextLines.ablated(row, NAMES));
    assertArrayEquals(new float[] {1, 2, 3}, row);
  }

  @Test
  void withoutAblationTheRowItself() {
    float[] row = {1, 2, 3};

    assertSame(row, TrainTextLines.ablated(row, NAMES));
  }

  @Test
  void anUnknownFeatureIsRefused() {
    TrainTextLines.without = Set.of("story");

    assertThrows(IllegalArgumentException.class, () -> TrainTextLines.ablated(new float[3], NAMES));
  }
}
