package org.factdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factdesk.identity.Role;
import org.factdesk.identity.User;
import org.factdesk.identity.UserService;

/** Users, for admins' scripts. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class UsersResource {

  /** A user as the API shows it: never the password hash. */
  public record UserView(
      long id,
      String username,
      String displayName,
      Set<Role> roles,
      boolean enabled,
      boolean secondFactor,
      Instant lastLoginAt) {

    static UserView of(User user) {
      return new UserView(
          user.getId(),
          user.getUsername(),
          user.getDisplayName(),
          user.getRoles(),
          user.isEnabled(),
          user.hasSecondFactor(),
          user.getLastLoginAt());
    }
  }

  /** One page of users and how many there are in all. */
  public record UserPage(long total, int first, int size, List<UserView> users) {}

  /** A new user: the same fields and rules as the Users page. */
  public record NewUser(String username, String displayName, String password, Set<Role> roles) {}

  @Inject private UserService users;

  @Context private UriInfo uriInfo;

  @GET
  @Operation(summary = "One page of users, sorted by user name")
  public UserPage list(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size,
      @QueryParam("q") String query) {
    int from = Math.max(0, first);
    int pageSize = Math.min(Math.max(1, size), 200);
    List<UserView> page =
        users.page(from, pageSize, "username", true, query).stream().map(UserView::of).toList();
    return new UserPage(users.count(query), from, pageSize, page);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a user (the password policy of the Users page applies)")
  public Response create(NewUser body) {
    if (body == null) {
      throw new IllegalArgumentException(
          "Send {\"username\", \"displayName\", \"password\", \"roles\"}.");
    }
    Set<Role> roles = body.roles() == null || body.roles().isEmpty() ? null : body.roles();
    User user = users.create(body.username(), body.displayName(), body.password(), roles);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(user.getId().toString()).build())
        .entity(UserView.of(user))
        .build();
  }

  @POST
  @Path("{id}/disable")
  @Operation(summary = "Disable a user: refused at sign-in, and every session of theirs ends")
  public UserView disable(@PathParam("id") long id, @Context SecurityContext security) {
    return UserView.of(users.disable(id, security.getUserPrincipal().getName()));
  }

  @POST
  @Path("{id}/enable")
  @Operation(summary = "Enable a disabled user again")
  public UserView enable(@PathParam("id") long id, @Context SecurityContext security) {
    return UserView.of(users.enable(id, security.getUserPrincipal().getName()));
  }
}
