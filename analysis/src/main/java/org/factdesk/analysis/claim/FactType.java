package org.factdesk.analysis.claim;

/** The kinds of fact two tellings of one statement can disagree on. */
public enum FactType {
  /** A count, percentage or amount of money, compared by value and unit. */
  NUMBER,
  /** A calendar date or year; relative dates ("last week") are not compared. */
  DATE,
  /** A named source: "the Ministry of Trade", "according to Harbour Ledger". */
  SOURCE,
  /** A capitalised place after "in", "at" or "near". */
  PLACE;

  /** Lower-case name for reasons written to a fact-checker. */
  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
