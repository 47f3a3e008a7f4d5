package org.factdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factdesk.identity.Role;

/** Who the caller is, as the server sees it. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  /** The caller and the roles the server grants them. */
  public record Me(String username, List<Role> roles) {}

  @Inject private SecurityContext securityContext;

  @GET
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  @Operation(summary = "The signed-in user and their roles")
  public Me me() {
    List<Role> roles =
        Arrays.stream(Role.values())
            .filter(role -> securityContext.isCallerInRole(role.name()))
            .toList();
    return new Me(securityContext.getCallerPrincipal().getName(), roles);
  }
}
