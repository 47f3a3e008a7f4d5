package org.factdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factdesk.audit.ArticleHistory;
import org.factdesk.audit.AuditTrail;
import org.factdesk.audit.AuditedType;
import org.factdesk.audit.EntityChange;
import org.factdesk.audit.HistoryEntry;
import org.factdesk.audit.RevisionFilter;
import org.factdesk.audit.RevisionRow;
import org.factdesk.identity.Role;
import org.factdesk.identity.SecurityEvent;
import org.factdesk.identity.SecurityEventFilter;

/**
 * The audit trail over REST: an article's history and its comments (any role), and the Audit page's
 * revisions and security log (ADMIN: the services check the roles).
 */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  private static final int MAX_PAGE = AuditTrail.MAX_PAGE;

  @EJB private ArticleHistory history;
  @EJB private AuditTrail trail;

  /** A page of something, and how many there are in all. */
  public record Page<T>(long total, int first, int size, List<T> rows) {}

  /** A comment to add. */
  public record CommentInput(String text) {}

  /** One security event as the API shows it. */
  public record Event(
      long id,
      Instant at,
      SecurityEvent.Kind kind,
      String username,
      SecurityEvent.Channel channel,
      String path,
      String detail,
      String remoteAddress) {}

  @RolesAllowed({Role.EDITOR_NAME, Role.FACT_CHECKER_NAME, Role.ADMIN_NAME})
  @GET
  @Path("articles/{id}")
  @Operation(
      summary = "An article's history, newest first",
      description =
          "Revisions of the article and its blocks, flags, claims, verdicts and links (field: old"
              + " → new), state changes, flag decisions and comments.")
  public Page<HistoryEntry> articleHistory(
      @PathParam("id") long id,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("50") int size) {
    Params.page(first, size, MAX_PAGE);
    List<HistoryEntry> all = history.timeline(id);
    int from = Math.min(first, all.size());
    return new Page<>(
        all.size(), first, size, all.subList(from, Math.min(all.size(), from + size)));
  }

  @RolesAllowed({Role.EDITOR_NAME, Role.FACT_CHECKER_NAME, Role.ADMIN_NAME})
  @POST
  @Path("articles/{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Comment on an article (Editor, Fact-checker, Admin): {\"text\": \"...\"}")
  public Response comment(@PathParam("id") long id, CommentInput input) {
    history.comment(id, input == null ? null : input.text());
    return Response.status(Response.Status.CREATED).build();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @GET
  @Path("revisions")
  @Operation(summary = "Recorded changes, newest first, filtered like the Audit page (Admin)")
  public Page<RevisionRow> revisions(
      @QueryParam("user") String user,
      @QueryParam("type") String type,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("25") int size) {
    Params.page(first, size, MAX_PAGE);
    RevisionFilter filter =
        new RevisionFilter(
            user,
            Params.named(AuditedType.class, "type", type),
            Params.date("Parameter \"from\"", from),
            Params.date("Parameter \"to\"", to));
    return new Page<>(
        trail.countRevisions(filter), first, size, trail.revisions(filter, first, size));
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @GET
  @Path("revisions/{revision}")
  @Operation(summary = "What one revision changed, field by field (Admin)")
  public List<EntityChange> changes(@PathParam("revision") long revision) {
    return trail.changes(revision);
  }

  @RolesAllowed(Role.ADMIN_NAME)
  @GET
  @Path("security-events")
  @Operation(summary = "Sign-ins, failed sign-ins, sign-outs and denied access (Admin)")
  public Page<Event> securityEvents(
      @QueryParam("kind") String kind,
      @QueryParam("user") String user,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("25") int size) {
    Params.page(first, size, MAX_PAGE);
    SecurityEventFilter filter =
        new SecurityEventFilter(
            Params.named(SecurityEvent.Kind.class, "kind", kind),
            user,
            Params.date("Parameter \"from\"", from),
            Params.date("Parameter \"to\"", to));
    List<Event> rows =
        trail.securityEvents(filter, first, size).stream()
            .map(
                e ->
                    new Event(
                        e.getId(),
                        e.getCreatedAt(),
                        e.getKind(),
                        e.getUsername(),
                        e.getChannel(),
                        e.getPath(),
                        e.getDetail(),
                        e.getRemoteAddress()))
            .toList();
    return new Page<>(trail.countSecurityEvents(filter), first, size, rows);
  }
}
