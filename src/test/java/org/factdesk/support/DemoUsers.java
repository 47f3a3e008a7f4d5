package org.factdesk.support;

/**
 * The demo accounts the browser tests sign in with (the server under test runs in demo mode; see
 * {@code org.factdesk.identity.DemoAccounts} and the README).
 */
public final class DemoUsers {

  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "harbour-lamp-42-stone";
  public static final String EDITOR = "editor";
  public static final String EDITOR_PASSWORD = "quiet-river-17-maple";
  public static final String CHECKER = "checker";
  public static final String CHECKER_PASSWORD = "amber-lantern-23-fjord";

  /** An editor who is also a fact-checker: the second pair of eyes for approvals. */
  public static final String LEAD = "lead";

  public static final String LEAD_PASSWORD = "copper-kettle-58-heron";

  private DemoUsers() {}
}
