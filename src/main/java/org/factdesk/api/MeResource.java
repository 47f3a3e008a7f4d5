package org.factdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factdesk.identity.Role;
import org.factdesk.identity.SignedIn;

/** Who the caller is, as the server sees it. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /**
   * The caller and the roles the server grants them; on a browser session also the token its REST
   * writes must send in {@code X-CSRF-Token} (another site's page cannot read this answer).
   */
  public record Me(String username, List<Role> roles, String csrfToken) {}

  @Inject private SecurityContext securityContext;

  @Context private HttpServletRequest request;

  @GET
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  @Operation(summary = "The signed-in user, their roles, and a browser session's CSRF token")
  public Me me() {
    List<Role> roles =
        Arrays.stream(Role.values())
            .filter(role -> securityContext.isCallerInRole(role.name()))
            .toList();
    return new Me(securityContext.getCallerPrincipal().getName(), roles, csrfToken());
  }

  private String csrfToken() {
    if (request.getHeader("Authorization") != null) {
      return null;
    }
    HttpSession session = request.getSession(false);
    Object signedIn = session == null ? null : session.getAttribute(SignedIn.SESSION_KEY);
    return signedIn instanceof SignedIn s ? s.csrfToken() : null;
  }
}
