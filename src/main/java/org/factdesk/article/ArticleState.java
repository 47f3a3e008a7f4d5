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

  /**
   * Whether an article here may still be changed, or rejected: anything but approved or rejected.
   * Approved and rejected articles can only be reopened. {@link Article} enforces it; pages ask it.
   */
  public boolean isEditable() {
    return this != APPROVED && this != REJECTED;
  }

  /** Whether an article here may be approved (its other conditions are {@link Article#approve}). */
  public boolean isApprovable() {
    return this == READY;
  }
}
