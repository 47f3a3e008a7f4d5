/**
 * Text-level building blocks: safe decoding of bytes, white-space normalisation, splitting plain
 * text into line blocks, tokenising, stop words, language guessing and sentence splitting.
 */
package org.factdesk.analysis.text;
