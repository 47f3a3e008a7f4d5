/**
 * Claims: sentences of an article confirmed as worth checking (from the engine's candidates or
 * marked by hand), dismissed with a reason, or reworded; and claims of different articles linked as
 * one statement, with the facts on which they disagree (docs/decisions/0007). The fact-check of
 * claims (docs/decisions/0008) ends with an article's move on to ready, which {@link
 * org.factdesk.article.ArticleMoves} makes; what a person may do with a claim is the claim's rule,
 * which pages ask through {@link org.factdesk.claim.ClaimActions} (docs/decisions/0032). Pages and
 * REST get a claim as a {@link org.factdesk.claim.ClaimDetail} and a verdict as a {@link
 * org.factdesk.claim.VerdictDetail}.
 */
package org.factdesk.claim;
