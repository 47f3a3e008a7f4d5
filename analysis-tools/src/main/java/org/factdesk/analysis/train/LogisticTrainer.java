package org.factdesk.analysis.train;

import java.util.Random;

/**
 * A logistic regression over sparse binary features, trained by stochastic gradient descent with
 * AdaGrad step sizes and an L2 penalty on the features a row touches. The rows are visited in an
 * order drawn from a fixed seed, so the same data give the same weights, bit for bit (Java's
 * arithmetic is strict since 17).
 */
final class LogisticTrainer {
  /** The knobs. */
  record Params(double learningRate, double l2, int epochs, long seed) {
    static Params defaults() {
      return new Params(0.1, 1e-5, 8, 13);
    }

    Params withL2(double value) {
      return new Params(learningRate, value, epochs, seed);
    }
  }

  /** Trained weights: one per feature id, and the bias. */
  record Model(double bias, double[] weights) {
    double margin(int[] row) {
      double m = bias;
      for (int f : row) {
        m += weights[f];
      }
      return m;
    }

    double probability(int[] row) {
      return 1 / (1 + Math.exp(-margin(row)));
    }
  }

  private LogisticTrainer() {}

  /** Each row lists its features' ids, a feature once per occurrence. */
  static Model train(int[][] rows, boolean[] labels, int features, Params params) {
    double[] w = new double[features];
    double[] squares = new double[features];
    double bias = 0;
    double biasSquares = 0;
    int[] order = new int[rows.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Random random = new Random(params.seed());
    for (int epoch = 0; epoch < params.epochs(); epoch++) {
      for (int i = order.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int r : order) {
        int[] row = rows[r];
        double m = bias;
        for (int f : row) {
          m += w[f];
        }
        double g = 1 / (1 + Math.exp(-m)) - (labels[r] ? 1 : 0);
        for (int f : row) {
          double gf = g + params.l2() * w[f];
          squares[f] += gf * gf;
          w[f] -= params.learningRate() * gf / (Math.sqrt(squares[f]) + 1e-8);
        }
        biasSquares += g * g;
        bias -= params.learningRate() * g / (Math.sqrt(biasSquares) + 1e-8);
      }
    }
    return new Model(bias, w);
  }
}
