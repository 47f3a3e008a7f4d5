package org.factdesk.audit;

import jakarta.ejb.ApplicationException;

/** A comment cannot be stored; the message says why. */
@ApplicationException(rollback = true)
public class CommentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CommentException(String message) {
    super(message);
  }
}
