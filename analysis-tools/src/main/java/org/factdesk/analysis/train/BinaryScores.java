package org.factdesk.analysis.train;

import java.util.Locale;

/** Precision, recall and F1 of scores against labels at a threshold, and the best threshold. */
record BinaryScores(
    double threshold, int truePositives, int falsePositives, int falseNegatives, int total) {

  static BinaryScores at(double[] scores, boolean[] labels, double threshold) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < scores.length; i++) {
      boolean predicted = scores[i] >= threshold;
      if (predicted && labels[i]) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (labels[i]) {
        fn++;
      }
    }
    return new BinaryScores(threshold, tp, fp, fn, scores.length);
  }

  /** The threshold in 0.01 steps from 0.05 to 0.95 with the best F1 (the higher one on a tie). */
  static BinaryScores bestF1(double[] scores, boolean[] labels) {
    BinaryScores best = null;
    for (int k = 5; k <= 95; k++) {
      BinaryScores s = at(scores, labels, k / 100.0);
      if (best == null || s.f1() >= best.f1()) {
        best = s;
      }
    }
    return best;
  }

  double precision() {
    return truePositives + falsePositives == 0
        ? 0
        : truePositives / (double) (truePositives + falsePositives);
  }

  double recall() {
    return truePositives + falseNegatives == 0
        ? 0
        : truePositives / (double) (truePositives + falseNegatives);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** The share of sentences marked as candidates. */
  double marked() {
    return (truePositives + falsePositives) / (double) total;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "threshold %.2f  P %.1f%%  R %.1f%%  F1 %.1f%%  marked %.1f%% of %d",
        threshold,
        100 * precision(),
        100 * recall(),
        100 * f1(),
        100 * marked(),
        total);
  }
}
