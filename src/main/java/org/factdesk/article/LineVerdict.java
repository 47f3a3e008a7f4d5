package org.factdesk.article;

/** What an editor said about a line of an outlet by deciding a flag on it. */
public enum LineVerdict {
  /** Accepted as site chrome or related links: flag it in the outlet's next articles. */
  CONFIRMED,
  /** Rejected: never treat it as the outlet's boilerplate, however often it recurs. */
  DENIED
}
