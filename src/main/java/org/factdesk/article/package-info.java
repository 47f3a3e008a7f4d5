/**
 * Articles as imported: original bytes, metadata, state; their analysis as stored and decided
 * ({@link org.factdesk.article.Block}s with their {@link org.factdesk.article.Flag}s, {@link
 * org.factdesk.article.ClaimCandidate}s with their {@link org.factdesk.article.ClaimSpan}s, written
 * from what the engine found: docs/decisions/0039); the queries the lists and dashboard use; and
 * {@link org.factdesk.article.ArticleMoves}, the one place that moves an article between states
 * (review, fact-check and approval all go through it, with one locking rule: docs/decisions/0032).
 */
package org.factdesk.article;
