/**
 * The Factdesk analysis engine: turns the bytes of one scraped article (plain text or HTML) into
 * line-level blocks ({@link org.factdesk.analysis.TextBlock}), metadata, typed flags with reasons
 * ({@link org.factdesk.analysis.DetectorFlag}), claim candidates ({@link
 * org.factdesk.analysis.claim.FoundClaim}) and duplicate fingerprints. These are what the engine
 * found in one text; the web app keeps what it stores and decides under names of its own (Block,
 * Flag, ClaimCandidate; docs/decisions/0039).
 *
 * <p>Plain Java on purpose: nothing here imports Jakarta, so the engine can be unit-tested and
 * benchmarked on its own and reused by the web app, the REST API and batch tools alike. Every
 * public object is immutable and every run is deterministic, so one {@link
 * org.factdesk.analysis.Analyzer} can be shared by all threads.
 *
 * <p>Entry point: {@link org.factdesk.analysis.Analyzer#analyze}.
 */
package org.factdesk.analysis;
