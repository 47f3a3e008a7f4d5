package org.factdesk.claim;

import java.io.Serializable;

/**
 * How far an article's fact-check is: its claims by state.
 *
 * @param confirmed claims still waiting for a verdict
 */
public record FactCheckProgress(long confirmed, long checked, long dismissed)
    implements Serializable {

  /** Claims that were confirmed at some point: the ones that need a verdict or a dismissal. */
  public long total() {
    return confirmed + checked + dismissed;
  }

  /** Whether every claim has a verdict or was dismissed (with its reason). */
  public boolean done() {
    return confirmed == 0;
  }
}
