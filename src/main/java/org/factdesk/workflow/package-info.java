/**
 * The way of an article to a dataset beyond review and fact-check: approval under the four-eyes
 * rule, and reopening; the moves themselves are {@link org.factdesk.article.ArticleMoves}'s.
 */
package org.factdesk.workflow;
