package org.factdesk.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * Who is asking, for view- and session-scoped beans. They must not hold the container's {@link
 * SecurityContext} themselves: it is a dependent bean whose implementation (Soteria's) keeps
 * resolvers that are not {@code Serializable}, so a view bean holding it cannot be copied to
 * another instance, and with it Mojarra loses every view of the session there ("Cannot serialize
 * session attribute …activeViewMaps", docs/decisions/0035). Injected, this request-scoped bean is a
 * proxy, which serializes as a reference and finds the current request's caller on whichever
 * instance serves it.
 */
@RequestScoped
public class Caller {

  @Inject private SecurityContext security;

  /** The signed-in user's name, or "" when nobody is signed in. */
  public String name() {
    Principal principal = security.getCallerPrincipal();
    return principal == null ? "" : principal.getName();
  }

  /** Whether the caller has at least one of these roles. */
  public boolean hasAnyRole(String... roles) {
    for (String role : roles) {
      if (security.isCallerInRole(role)) {
        return true;
      }
    }
    return false;
  }
}
