package org.factdesk.claim;

import jakarta.ejb.ApplicationException;

/** The claim or article asked for does not exist. */
@ApplicationException(rollback = true)
public class ClaimNotFoundException extends ClaimException {

  private static final long serialVersionUID = 1L;

  public ClaimNotFoundException(String message) {
    super(message);
  }
}
