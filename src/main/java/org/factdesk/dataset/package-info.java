/**
 * Datasets: a named filter over approved articles, versions published from it (each an immutable
 * snapshot of the articles it holds), and the streaming writers of a version's exports (JSONL, CSV,
 * ClaimReview JSON-LD, Parquet and a zip with a manifest and a dataset card). {@link
 * org.factdesk.dataset.DatasetService} is the door; {@link org.factdesk.dataset.VersionPublisher}
 * publishes a version by the {@link org.factdesk.dataset.PublishSteps}, into its {@link
 * org.factdesk.dataset.VersionEntries} and {@link org.factdesk.dataset.VersionFiles}; {@link
 * org.factdesk.dataset.VersionMetadata} is what its exports hold besides the entries. See
 * docs/decisions/0010-datasets-and-exports.md and 0011.
 */
package org.factdesk.dataset;
