package org.factdesk.claim;

import jakarta.ejb.ApplicationException;

/** A claim action broke a rule; the message says which, in words a fact-checker understands. */
@ApplicationException(rollback = true)
public class ClaimException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ClaimException(String message) {
    super(message);
  }
}
