package org.factdesk.dataset;

import java.time.Instant;

/**
 * What a version's exports are made of besides its entries, fixed when it was published: who, when,
 * the filter, where ClaimReview urls point, and (once written) the manifest and the dataset card.
 */
public record Frozen(
    long datasetId,
    String datasetName,
    String description,
    int number,
    String publishedBy,
    Instant publishedAt,
    DatasetFilter filter,
    String reviewBase,
    byte[] manifest,
    byte[] card) {

  Frozen withFiles(byte[] nextManifest, byte[] nextCard) {
    return new Frozen(
        datasetId,
        datasetName,
        description,
        number,
        publishedBy,
        publishedAt,
        filter,
        reviewBase,
        nextManifest,
        nextCard);
  }
}
