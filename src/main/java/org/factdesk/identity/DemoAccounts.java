package org.factdesk.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The accounts demo mode creates. Their passwords are public (the README shows them): demo mode is
 * for trying Factdesk out, never for real data.
 */
public final class DemoAccounts {

  /** One demo account. */
  public record Account(String username, String displayName, String password, Set<Role> roles) {}

  public static final List<Account> ALL =
      List.of(
          new Account("admin", "Ada Admin", "harbour-lamp-42-stone", EnumSet.of(Role.ADMIN)),
          new Account("editor", "Eddie Editor", "quiet-river-17-maple", EnumSet.of(Role.EDITOR)),
          new Account(
              "checker", "Chris Checker", "amber-lantern-23-fjord", EnumSet.of(Role.FACT_CHECKER)),
          new Account(
              "lead",
              "Lee Lead",
              "copper-kettle-58-heron",
              EnumSet.of(Role.EDITOR, Role.FACT_CHECKER)));

  private DemoAccounts() {}
}
