/**
 * Metadata found in the text itself: datelines, outlet and tagline lines, bylines and the title
 * line at the head of a plain-text article.
 */
package org.factdesk.analysis.meta;
