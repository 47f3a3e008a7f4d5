package org.factdesk.identity;

/** What a user may do. A user may hold several roles. */
public enum Role {
  ADMIN("Admin", "manages users, rules, datasets and exports"),
  EDITOR("Editor", "imports and reviews articles, approves them for datasets"),
  FACT_CHECKER("Fact-checker", "gives verdicts on claims");

  /** Role names as the container knows them, for {@code @RolesAllowed}. */
  public static final String ADMIN_NAME = "ADMIN";

  public static final String EDITOR_NAME = "EDITOR";
  public static final String FACT_CHECKER_NAME = "FACT_CHECKER";

  private final String label;
  private final String duty;

  Role(String label, String duty) {
    this.label = label;
    this.duty = duty;
  }

  public String label() {
    return label;
  }

  public String duty() {
    return duty;
  }
}
