/**
 * Datasets: a named filter over approved articles, versions published from it (each an immutable
 * snapshot of the articles it holds), and the streaming writers of a version's exports (JSONL, CSV,
 * ClaimReview JSON-LD and a zip with a manifest and a dataset card). See
 * docs/decisions/0010-datasets-and-exports.md.
 */
package org.factdesk.dataset;
