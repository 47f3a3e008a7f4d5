/**
 * Claim candidates ({@link org.factdesk.analysis.claim.FoundClaim}): sentences of the article body
 * scored for check-worthiness by a model learnt from public labelled data ({@link
 * org.factdesk.analysis.claim.CheckWorthiness}), with their typed evidence spans ({@link
 * org.factdesk.analysis.claim.FoundSpan}: numbers, percentages, money, dates, named sources,
 * quotes, comparisons: one {@link org.factdesk.analysis.claim.SpanRule} per type,
 * docs/decisions/0032); and the linking of claims that state the same thing in different articles
 * ({@link org.factdesk.analysis.claim.ClaimMatcher}, {@link
 * org.factdesk.analysis.claim.ClaimClusterer}), with the facts on which they disagree.
 */
package org.factdesk.analysis.claim;
