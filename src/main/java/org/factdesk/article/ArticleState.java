package org.factdesk.article;

/** Where an article stands on its way from import to a dataset. */
public enum ArticleState {
  IMPORTED("Imported"),
  IN_REVIEW("In review"),
  IN_FACT_CHECK("In fact-check"),
  READY("Ready"),
  APPROVED("Approved"),
  REJECTED("Rejected");

  private final String label;

  ArticleState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
