package org.factdesk.analysis;

/** What the caller believes the bytes are; {@link #AUTO} lets the engine sniff for markup. */
public enum ContentHint {
  TEXT,
  HTML,
  AUTO
}
