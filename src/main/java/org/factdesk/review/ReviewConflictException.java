package org.factdesk.review;

import jakarta.ejb.ApplicationException;

/**
 * Someone saved the article after this draft was opened. Nothing was written: the editor reloads
 * and decides again, never a silent overwrite.
 */
@ApplicationException(rollback = true)
public class ReviewConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReviewConflictException(String message) {
    super(message);
  }
}
