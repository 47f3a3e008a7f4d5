package org.factdesk.analysis.detect;

/**
 * The term vector of the article body as far as it is known: all paragraph-like blocks no earlier
 * detector flagged. Detectors compare a block or section with the centroid minus itself
 * (leave-one-out), otherwise a long insert would pull the centroid towards its own topic.
 */
final class ArticleCentroid {
  private final DetectionContext context;
  private final TermVector centroid = new TermVector();
  private int paragraphs;

  ArticleCentroid(DetectionContext context, FlagSink sink) {
    this.context = context;
    for (int i = 0; i < context.size(); i++) {
      if (!sink.isFlagged(i) && context.features(i).paragraph()) {
        centroid.add(context.termVector(i), 1);
        paragraphs++;
      }
    }
  }

  TermVector vector(int block) {
    return context.termVector(block);
  }

  int paragraphs() {
    return paragraphs;
  }

  /** Cosine of {@code part} with the centroid after taking {@code part} out of it. */
  double similarityWithout(TermVector part, boolean partIsInCentroid) {
    return partIsInCentroid ? centroid.cosineOfPartWithRest(part) : part.cosine(centroid);
  }
}
