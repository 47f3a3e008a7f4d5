package org.factdesk.article;

import jakarta.ejb.ApplicationException;

/** An article could not be imported; the message names the problem. Nothing was stored. */
@ApplicationException(rollback = true)
public class ImportException extends RuntimeException {

  public ImportException(String message) {
    super(message);
  }

  public ImportException(String message, Throwable cause) {
    super(message, cause);
  }
}
