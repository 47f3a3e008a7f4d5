package org.factdesk.dataset;

/** A version of the dataset is being published: another one must wait (REST answers 409). */
public class DatasetBusyException extends DatasetException {

  private static final long serialVersionUID = 1L;

  public DatasetBusyException(String message) {
    super(message);
  }
}
