/**
 * Claims: sentences of an article confirmed as worth checking (from the engine's candidates or
 * marked by hand), dismissed with a reason, or reworded; and claims of different articles linked as
 * one statement, with the facts on which they disagree (docs/decisions/0007).
 */
package org.factdesk.claim;
