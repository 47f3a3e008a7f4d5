package org.factdesk.support;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.function.Supplier;
import org.factdesk.identity.Role;

/** Test helper deployed with the in-container tests: runs a piece of work in the ADMIN role. */
@Stateless
@RunAs(Role.ADMIN_NAME)
public class AsAdmin {

  /** The user name the work runs under. */
  public static final String PRINCIPAL = Deployments.RUN_AS_PRINCIPAL;

  public <T> T call(Supplier<T> work) {
    return work.get();
  }
}
