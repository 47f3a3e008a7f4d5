package org.factdesk.analysis.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings computed in this process: all-MiniLM-L6-v2 (quantized) on ONNX Runtime, the
 * model shipped inside its Maven artifact, so nothing is downloaded at run time (decision 0017). A
 * sentence becomes a unit-length vector of {@link #DIMENSIONS} floats; sentences that say the same
 * thing in other words lie close together ({@link #cosine}).
 *
 * <p>About 4 ms a sentence on one core here: embed what a person confirmed, or in the background,
 * never every sentence on the import path. The model loads once, on first use (~0.5 s), and is
 * shared by all threads.
 */
public final class SentenceEmbedder {
  /** Length of every vector {@link #embed} returns. */
  public static final int DIMENSIONS = 384;

  /** Which model made a stored vector; vectors of different models must not be compared. */
  public static final String MODEL = "all-minilm-l6-v2-q";

  private static final class Shipped {
    static final SentenceEmbedder INSTANCE =
        new SentenceEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel());
  }

  private final EmbeddingModel model;

  private SentenceEmbedder(EmbeddingModel model) {
    this.model = model;
  }

  /** The shipped model, loaded on first call. */
  public static SentenceEmbedder shared() {
    return Shipped.INSTANCE;
  }

  /** The unit-length vector of one sentence. */
  public float[] embed(String sentence) {
    return normalised(model.embed(sentence).content().vector());
  }

  /** The vectors of many sentences, in their order (faster than one by one). */
  public List<float[]> embedAll(List<String> sentences) {
    List<TextSegment> segments = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      segments.add(TextSegment.from(sentence));
    }
    List<float[]> vectors = new ArrayList<>(sentences.size());
    for (Embedding embedding : model.embedAll(segments).content()) {
      vectors.add(normalised(embedding.vector()));
    }
    return vectors;
  }

  /**
   * Cosine similarity of two vectors of {@link #embed}: 1 for the same meaning, ~0.2 for unrelated.
   */
  public static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " values");
    }
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  private static float[] normalised(float[] vector) {
    double norm = 0;
    for (float value : vector) {
      norm += value * value;
    }
    norm = Math.sqrt(norm);
    if (norm == 0) {
      return vector;
    }
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = (float) (vector[i] / norm);
    }
    return unit;
  }
}
