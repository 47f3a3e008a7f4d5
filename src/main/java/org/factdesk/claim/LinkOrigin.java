package org.factdesk.claim;

/** Who made a link between two claims. */
public enum LinkOrigin {
  /** The matcher, when a claim was confirmed. */
  AUTO,
  /** A person, by hand. */
  MANUAL
}
