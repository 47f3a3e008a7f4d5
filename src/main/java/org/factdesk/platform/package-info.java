/**
 * What every feature stands on: the datasource chosen by configuration, the schema migrations that
 * run at start-up, the entity base class, health checks, demo mode, the settings an admin changes
 * at run time ({@link org.factdesk.platform.Setting}), and who is acting in the current transaction
 * ({@link org.factdesk.platform.ActingUser}, noted on every EJB call by {@link
 * org.factdesk.platform.CallerCapture}) for the audit trail.
 */
package org.factdesk.platform;
