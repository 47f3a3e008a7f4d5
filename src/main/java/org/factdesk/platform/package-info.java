/**
 * What every feature stands on: the datasource chosen by configuration, the schema migrations that
 * run at start-up, the entity base class, health checks and the application settings.
 */
package org.factdesk.platform;
