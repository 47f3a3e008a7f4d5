package org.factdesk.support;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.factdesk.identity.Role;

/** Test helper deployed with the in-container tests: runs a piece of work as a fact-checker. */
@Stateless
@RunAs(Role.FACT_CHECKER_NAME)
public class AsChecker {

  /** The user name the work runs under. */
  public static final String PRINCIPAL = Deployments.RUN_AS_CHECKER;

  public <T> T call(Supplier<T> work) {
    return work.get();
  }
}
