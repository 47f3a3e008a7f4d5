package org.factdesk.review;

import jakarta.ejb.ApplicationException;

/** A review step broke a rule; the message says which, in words an editor understands. */
@ApplicationException(rollback = true)
public class ReviewException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReviewException(String message) {
    super(message);
  }
}
