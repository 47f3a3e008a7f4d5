package org.factdesk.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The settings that bound a batch, for whoever reads one: the request that starts it, or the
 * background reader here or on another instance (a take-over has no caller to ask).
 */
@ApplicationScoped
public class ImportLimits {

  @Inject
  @ConfigProperty(name = "factdesk.import.max-file-bytes", defaultValue = "10485760")
  long maxFileBytes;

  @Inject
  @ConfigProperty(name = "factdesk.import.max-batch-bytes", defaultValue = "209715200")
  long maxBatchBytes;

  @Inject
  @ConfigProperty(name = "factdesk.import.max-zip-entries", defaultValue = "10000")
  int maxZipEntries;

  @Inject
  @ConfigProperty(name = "factdesk.import.max-uncompressed-bytes", defaultValue = "524288000")
  long maxUncompressedBytes;

  @Inject
  @ConfigProperty(name = "factdesk.import.max-batch-items", defaultValue = "10000")
  int maxBatchItems;

  /**
   * Uploads up to this size are read inside the request (a refused batch answers at once); larger
   * ones are stored and read in the background (docs/decisions/0022).
   */
  @Inject
  @ConfigProperty(name = "factdesk.import.read-in-request-bytes", defaultValue = "4194304")
  long readInRequestBytes;

  /** The limits a batch is read under. */
  public BatchReader.Limits limits() {
    return new BatchReader.Limits(
        maxFileBytes, maxBatchBytes, maxZipEntries, maxUncompressedBytes, maxBatchItems);
  }

  public long readInRequestBytes() {
    return readInRequestBytes;
  }
}
