/**
 * Claim candidates: sentences of the article body scored for check-worthiness from typed evidence
 * spans (numbers, percentages, money, dates, named sources, quotes, comparisons).
 */
package org.factdesk.analysis.claim;
