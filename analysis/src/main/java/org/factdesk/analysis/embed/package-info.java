/**
 * Sentence embeddings in this process (no network): {@link
 * org.factdesk.analysis.embed.SentenceEmbedder} turns a sentence into a vector so that statements
 * told in other words can be found close to each other.
 */
package org.factdesk.analysis.embed;
