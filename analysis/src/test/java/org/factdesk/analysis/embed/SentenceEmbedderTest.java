package org.factdesk.analysis.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceEmbedderTest {
  private final SentenceEmbedder embedder = SentenceEmbedder.shared();

  @Test
  void aParaphraseLiesCloserThanAnUnrelatedSentence() {
    float[] stalled =
        embedder.embed("Four grain freighters bound for Egypt were held up at the port.");
    float[] stuck =
        embedder.embed("Several ships carrying wheat to Egypt have been stranded in the harbour.");
    float[] other =
        embedder.embed("The museum will open a new wing devoted to medieval tapestries.");

    double paraphrase = SentenceEmbedder.cosine(stalled, stuck);
    double unrelated = SentenceEmbedder.cosine(stalled, other);
    assertTrue(paraphrase > 0.5, "paraphrase cosine " + paraphrase);
    assertTrue(unrelated < 0.3, "unrelated cosine " + unrelated);
  }

  @Test
  void vectorsAreUnitLengthAndBatchMatchesSingle() {
    List<String> sentences = List.of("Prices rose by 4% in May.", "The council met on Tuesday.");
    List<float[]> batch = embedder.embedAll(sentences);

    assertEquals(2, batch.size());
    for (int i = 0; i < sentences.size(); i++) {
      float[] single = embedder.embed(sentences.get(i));
      assertEquals(SentenceEmbedder.DIMENSIONS, single.length);
      assertEquals(1.0, SentenceEmbedder.cosine(single, single), 1e-4);
      assertEquals(1.0, SentenceEmbedder.cosine(single, batch.get(i)), 1e-3);
    }
  }

  @Test
  void sameVectorsAsTheArtifactsOwnModelClass() {
    // the session without spinning threads must compute exactly what langchain4j's class does
    AllMiniLmL6V2QuantizedEmbeddingModel own = new AllMiniLmL6V2QuantizedEmbeddingModel();
    for (String sentence :
        List.of(
            "Four grain freighters bound for Egypt were held up at the port.",
            "Unemployment fell to 4.1 percent in March, the ministry said.",
            "Ein Satz auf Deutsch, damit der Tokenizer auch andere Wörter sieht.")) {
      float[] expected = own.embed(sentence).content().vector();
      float[] actual = embedder.embed(sentence);
      double norm = 0;
      for (float v : expected) {
        norm += v * v;
      }
      norm = Math.sqrt(norm);
      for (int i = 0; i < expected.length; i++) {
        expected[i] = (float) (expected[i] / norm);
      }
      assertArrayEquals(expected, actual, 0f, sentence);
    }
  }
}
