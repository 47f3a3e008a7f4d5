/**
 * HTML input: jsoup parsing, removal of invisible nodes, block extraction with an iterative
 * traversal (no recursion, so any nesting depth is safe), main-content detection from DOM evidence
 * (text and link density, class/id hints, Readability-style scoring) and metadata from meta tags
 * and JSON-LD.
 */
package org.factdesk.analysis.html;
