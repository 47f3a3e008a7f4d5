package org.factdesk.rules;

import jakarta.ejb.ApplicationException;

/** Rule text that cannot be used, or a rules step that cannot be done; the message says why. */
@ApplicationException(rollback = true)
public class RuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RuleException(String message) {
    super(message);
  }
}
