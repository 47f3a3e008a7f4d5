package org.factdesk.dataset;

import jakarta.ejb.ApplicationException;

/**
 * A dataset action broke a rule or got bad input; the message says which. An {@link
 * IllegalArgumentException}, so REST answers it with 400.
 */
@ApplicationException(rollback = true)
public class DatasetException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public DatasetException(String message) {
    super(message);
  }
}
