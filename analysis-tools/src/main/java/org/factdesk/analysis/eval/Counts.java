package org.factdesk.analysis.eval;

/**
 * True positives, false positives and false negatives of one flag type (or of all types together),
 * with the precision, recall and F1 they give. A score with nothing to measure is NaN, printed as
 * "-", so that an empty row is not mistaken for a perfect one.
 */
public record Counts(long tp, long fp, long fn) {
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts plus(Counts o) {
    return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  public double precision() {
    return tp + fp == 0 ? Double.NaN : tp / (double) (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? Double.NaN : tp / (double) (tp + fn);
  }

  public double f1() {
    return f1(precision(), recall());
  }

  /** Harmonic mean; 0 when both are 0, NaN when either is undefined. */
  public static double f1(double precision, double recall) {
    if (Double.isNaN(precision) || Double.isNaN(recall)) {
      return Double.NaN;
    }
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
