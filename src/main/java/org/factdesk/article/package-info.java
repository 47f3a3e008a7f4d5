/**
 * Articles as imported: original bytes, metadata, state; the queries the lists and dashboard use.
 */
package org.factdesk.article;
