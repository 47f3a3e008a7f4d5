package org.factdesk.dataset;

import java.time.Instant;

/**
 * What a version's exports are made of besides its entries, fixed when it was published: who, when,
 * the filter, where ClaimReview urls point, and (once written) the manifest and the dataset card.
 */
public record VersionMetadata(
    long datasetId,
    String datasetName,
    String description,
    int number,
    String publishedBy,
    Instant publishedAt,
    DatasetFilter filter,
    String reviewBase,
    byte[] manifest,
    byte[] card,
    int schemaVersion,
    String license,
    SplitRule split) {

  /**
   * What the exports of a version are made of besides its entries. Only publishing reads the
   * dataset's name, description and filter (into the manifest and card, stored with the version);
   * exports use the stored manifest and card, so a later change of the dataset changes none of a
   * published version's bytes.
   */
  static VersionMetadata of(DatasetVersion v, Dataset d) {
    return new VersionMetadata(
        d.getId(),
        d.getName(),
        d.getDescription(),
        v.getNumber(),
        v.getPublishedBy(),
        v.getPublishedAt(),
        d.filter(),
        v.getReviewBase(),
        v.getManifest(),
        v.getCard(),
        v.getSchemaVersion(),
        v.getLicense(),
        v.split());
  }

  /** True for versions written in schema 2 or later: snake_case fields, Parquet, a hub card. */
  boolean hasParquet() {
    return schemaVersion >= 2;
  }

  VersionMetadata withFiles(byte[] nextManifest, byte[] nextCard) {
    return new VersionMetadata(
        datasetId,
        datasetName,
        description,
        number,
        publishedBy,
        publishedAt,
        filter,
        reviewBase,
        nextManifest,
        nextCard,
        schemaVersion,
        license,
        split);
  }
}
