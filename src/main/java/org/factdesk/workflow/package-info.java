/**
 * The way of an article to a dataset beyond review and fact-check: approval under the four-eyes
 * rule, reopening, and the settings an admin changes at run time.
 */
package org.factdesk.workflow;
