/**
 * Detection rules as data: every version admins save, the one in force, testing a change against
 * stored articles before saving it, and re-running detection without losing editors' decisions.
 */
package org.factdesk.rules;
