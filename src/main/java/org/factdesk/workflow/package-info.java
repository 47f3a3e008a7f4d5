/**
 * The way of an article to a dataset beyond review and fact-check: approval under the four-eyes
 * rule, and reopening.
 */
package org.factdesk.workflow;
