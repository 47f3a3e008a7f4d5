package org.factdesk.article;

import jakarta.ejb.ApplicationException;

/** An article cannot move, or be changed, from where it stands; the message says why. */
@ApplicationException(rollback = true)
public class ArticleStateException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ArticleStateException(String message) {
    super(message);
  }
}
