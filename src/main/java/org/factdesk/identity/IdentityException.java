package org.factdesk.identity;

import jakarta.ejb.ApplicationException;

/** A rule about users was broken; the message says which, in words a person understands. */
@ApplicationException(rollback = true)
public class IdentityException extends RuntimeException {

  public IdentityException(String message) {
    super(message);
  }
}
