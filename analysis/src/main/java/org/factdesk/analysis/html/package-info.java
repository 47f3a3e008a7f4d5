/**
 * HTML input: jsoup parsing, removal of invisible nodes, block extraction with an iterative
 * traversal (no recursion, so any nesting depth is safe), a learned block model that decides from
 * DOM evidence (text and link density, enclosing tags, class/id name groups, Readability-style main
 * content, neighbours) which blocks are article text, with the class/id/tag hints giving a flagged
 * block its type (decision 0016), and metadata from meta tags and JSON-LD.
 */
package org.factdesk.analysis.html;
