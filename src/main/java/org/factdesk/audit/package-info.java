/**
 * The audit trail: every change to an audited entity as an Envers revision with who and when
 * ({@link org.factdesk.audit.Revision}), the field-by-field changes between revisions, an article's
 * history (revisions, state changes, flag decisions, comments), and the audit page's reading of the
 * security log (written by {@code identity}). See docs/decisions/0009-audit-trail.md.
 */
package org.factdesk.audit;
