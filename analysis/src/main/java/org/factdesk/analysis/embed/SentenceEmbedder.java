package org.factdesk.analysis.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

  /** The model and tokenizer inside the langchain4j artifact, as its own class loads them. */
  static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";

  static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

  private static final class Shipped {
    static final SentenceEmbedder INSTANCE = new SentenceEmbedder(new Quantized(load()));
  }

  /**
   * The artifact's model (langchain4j's {@code AllMiniLmL6V2QuantizedEmbeddingModel} loads the same
   * two files with mean pooling) in a session whose thread pool does not spin: by default ONNX
   * Runtime's worker threads busy-wait for the next piece of work after each one, and with openings
   * embedded in the background during an import (every two seconds) a worker spun through a tenth
   * of the server's CPU on two cores. Waiting instead of spinning changes no number: the same
   * threads run the same kernels.
   */
  private static OnnxBertBiEncoder load() {
    ClassLoader loader = AbstractInProcessEmbeddingModel.class.getClassLoader();
    try (InputStream model = loader.getResourceAsStream(MODEL_RESOURCE);
        InputStream tokenizer = loader.getResourceAsStream(TOKENIZER_RESOURCE)) {
      if (model == null || tokenizer == null) {
        throw new IllegalStateException(
            MODEL_RESOURCE + " or " + TOKENIZER_RESOURCE + " is missing from the class path");
      }
      // kept open with the session, which lives as long as the JVM
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.addConfigEntry("session.intra_op.allow_spinning", "0");
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession session = environment.createSession(model.readAllBytes(), options);
      return new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load " + MODEL_RESOURCE, e);
    }
  }

  /** The quantized all-MiniLM-L6-v2 as an embedding model, on the session made above. */
  private static final class Quantized extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Quantized(OnnxBertBiEncoder encoder) {
      super(null); // langchain4j's default executor, as the artifact's class has
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }

    @Override
    protected Integer knownDimension() {
      return DIMENSIONS;
    }
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
