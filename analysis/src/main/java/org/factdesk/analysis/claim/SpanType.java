package org.factdesk.analysis.claim;

/** Kinds of evidence that make a sentence worth checking. */
public enum SpanType {
  NUMBER,
  PERCENT,
  MONEY,
  DATE,
  /**
   * A named source or attribution: "said", "according to", "a spokesperson from the Ministry of …".
   */
  SOURCE,
  QUOTE,
  /** "more than", "higher than", "record", "doubled", "compared with". */
  COMPARISON
}
