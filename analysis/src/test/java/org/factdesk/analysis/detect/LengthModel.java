package org.factdesk.analysis.detect;

import java.io.IOException;
import java.io.StringReader;
import org.factdesk.analysis.model.BoostedTrees;

/** A line model for tests that reads nothing but a line's length. */
final class LengthModel {
  private LengthModel() {}

  /**
   * A line model of one tree on the word count: lines of 11 words or more get {@code longLine}, the
   * others {@code shortLine} (probabilities of furniture).
   */
  static LineModelDetector byLength(double shortLine, double longLine) throws IOException {
    StringBuilder model = new StringBuilder("factdesk-trees 1\nversion test\n");
    model.append("features ").append(LineFeatures.NAMES.size()).append('\n');
    LineFeatures.NAMES.forEach(name -> model.append(name).append('\n'));
    model.append("base 0\ntrees 1\ntree 3\n");
    model.append("s ").append(LineFeatures.NAMES.indexOf("words")).append(" 10.5 1 2\n");
    model.append("l ").append(Math.log(shortLine / (1 - shortLine))).append('\n');
    model.append("l ").append(Math.log(longLine / (1 - longLine))).append('\n');
    return new LineModelDetector(
        BoostedTrees.parse(new StringReader(model.toString())), null, LineModelDetector.THRESHOLD);
  }

  /** Keeps every line of 11 words or more (furniture 0.1) and flags shorter ones (0.9). */
  static LineModelDetector longLinesKept() throws IOException {
    return byLength(0.9, 0.1);
  }
}
