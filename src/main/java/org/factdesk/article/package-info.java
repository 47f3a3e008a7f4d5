/**
 * Articles as imported: original bytes, metadata, state; the queries the lists and dashboard use;
 * and {@link org.factdesk.article.ArticleMoves}, the one place that moves an article between states
 * (review, fact-check and approval all go through it, with one locking rule: docs/decisions/0032).
 */
package org.factdesk.article;
