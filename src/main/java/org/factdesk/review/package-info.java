/**
 * Editor review: the working copy of an article's blocks and flags an editor changes from the
 * keyboard ({@link org.factdesk.review.ReviewDraft}), saving it against the article's version,
 * finishing the review (the move itself is {@link org.factdesk.article.ArticleMoves}'s), the keys
 * of the flag types ({@link org.factdesk.review.FlagKeys}), learning outlet boilerplate from
 * decisions, and detector quality.
 */
package org.factdesk.review;
