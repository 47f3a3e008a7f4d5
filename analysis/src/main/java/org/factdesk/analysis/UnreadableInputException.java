package org.factdesk.analysis;

/**
 * The input cannot be analysed as an article: it is empty, blank, or binary data. The message is
 * meant to be shown to the person who imported it.
 */
public class UnreadableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UnreadableInputException(String message) {
    super(message);
  }
}
