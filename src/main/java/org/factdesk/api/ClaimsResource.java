package org.factdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.factdesk.claim.ClaimDetail;
import org.factdesk.claim.ClaimFilter;
import org.factdesk.claim.ClaimRow;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimState;
import org.factdesk.claim.FactCheckService;
import org.factdesk.claim.PossibleLink;
import org.factdesk.claim.Rating;
import org.factdesk.claim.Suggestion;
import org.factdesk.claim.VerdictDetail;
import org.factdesk.claim.VerdictInput;
import org.factdesk.claim.Workload;
import org.factdesk.identity.Role;

/**
 * Claims: lists and queues, one claim and its cluster, confirming, dismissing, assigning, taking
 * from the open pool, verdicts. Who may do what is checked by the services: giving a verdict needs
 * the FACT_CHECKER role and the claim assigned to the caller; assigning needs EDITOR or ADMIN.
 */
@Path("claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
public class ClaimsResource {

  static final int MAX_PAGE = 200;

  @EJB private ClaimService claims;
  @EJB private FactCheckService factCheck;
  @EJB private org.factdesk.claim.ClaimDecisions decisions;

  @Context private UriInfo uriInfo;

  /** A candidate to confirm as a claim, with an optional short "claim reviewed" line. */
  public record Confirm(Long candidateId, String claimReviewed) {}

  /** Why a claim is dismissed. */
  public record Dismiss(String reason) {}

  /** To whom a claim goes, and by when (yyyy-MM-dd, optional). */
  public record Assign(String assignee, String due) {}

  /**
   * Several claims to assign: the listed ones, or every claim of an article that waits for a
   * verdict.
   */
  public record AssignMany(List<Long> claims, Long article, String assignee, String due) {}

  /** What a bulk assignment did. */
  public record Assigned(int assigned, List<String> refused) {}

  /** New wording: the short line and the full sentence. */
  public record Reword(String claimReviewed, String sentence) {}

  /** Text of a block to make a claim of: the block's position, start and end in its text. */
  public record Mark(
      Long article, Integer block, Integer start, Integer end, String claimReviewed) {}

  /** The other claim of a link. */
  public record Other(Long other) {}

  /** The claim whose verdict to take over. */
  public record Accept(Long fromClaim) {}

  /** One page of claims, and how many match in all. */
  public record ClaimPage(long total, int first, int size, List<ClaimRow> rows) {}

  @GET
  @Operation(
      summary = "Claims, the most urgent first, one page at a time",
      description =
          "Filters: article, state (CONFIRMED, CHECKED, DISMISSED), assignee (a user name; 'me'"
              + " for the caller), pool=true (confirmed and assigned to nobody), cluster, rating."
              + " Priority = 100 × score + 2 × days waited + 5 × (14 − days until due).")
  public ClaimPage list(
      @QueryParam("article") Long article,
      @QueryParam("state") String state,
      @Parameter(description = "a user name, or 'me'") @QueryParam("assignee") String assignee,
      @QueryParam("pool") boolean pool,
      @QueryParam("cluster") Long cluster,
      @QueryParam("rating") String rating,
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("25") int size,
      @Context jakarta.ws.rs.core.SecurityContext security) {
    Params.page(first, size, MAX_PAGE);
    String who = "me".equalsIgnoreCase(assignee) ? security.getUserPrincipal().getName() : assignee;
    ClaimFilter filter =
        new ClaimFilter(
            article,
            Params.named(ClaimState.class, "state", state),
            who == null || who.isBlank() ? null : who.strip(),
            pool,
            cluster,
            Params.named(Rating.class, "rating", rating));
    return new ClaimPage(factCheck.count(filter), first, size, factCheck.rows(filter, first, size));
  }

  @GET
  @Path("decisions.jsonl")
  @Produces("application/x-ndjson")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Operation(
      summary =
          "Every confirm, mark and dismiss of a claim, oldest first, one JSON object a line:"
              + " training data for the check-worthiness model (TrainCheckWorthiness --decisions)")
  public Response decisions() {
    StreamingOutput body = decisions::writeTo;
    return Response.ok(body, "application/x-ndjson")
        .header("Content-Disposition", "attachment; filename=\"claim-decisions.jsonl\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One claim with its links, assignee and newest rating")
  public ClaimDetail get(@PathParam("id") long id) {
    return claims.get(id);
  }

  @GET
  @Path("{id}/possible-links")
  @Operation(
      summary =
          "Claims of other articles that may state the same thing in other words, not linked:"
              + " the link model was not sure enough; the likeliest first, at most five, to link"
              + " by hand with POST {id}/link. linkProbability is the offer score: the link"
              + " model's without its length terms (decision 0077)")
  public List<PossibleLink> possibleLinks(@PathParam("id") long id) {
    return claims.possibleLinks(id);
  }

  @POST
  @Path("{id}/not-same")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "A claim offered as possibly the same is not: it is not offered again; answers what is"
              + " still offered")
  public List<PossibleLink> notTheSame(@PathParam("id") long id, Other body) {
    return claims.notTheSame(id, other(body));
  }

  @GET
  @Path("{id}/cluster")
  @Operation(
      summary = "The claims linked with this one, directly or through others, itself included")
  public List<ClaimDetail> cluster(@PathParam("id") long id) {
    return claims.cluster(id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Confirm a claim candidate as a claim",
      description = "201 with the claim and the links made to the same claim in other articles.")
  public Response confirm(Confirm body) {
    if (body == null || body.candidateId() == null) {
      throw new BadRequestException("Field \"candidateId\" is required.");
    }
    ClaimDetail claim = claims.confirm(body.candidateId(), body.claimReviewed());
    return Response.created(location(claim.id())).entity(claim).build();
  }

  @POST
  @Path("{id}/dismiss")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Dismiss a claim; the reason is required")
  public ClaimDetail dismiss(@PathParam("id") long id, Dismiss body) {
    return claims.dismiss(id, body == null ? null : body.reason());
  }

  @POST
  @Path("{id}/reword")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "New wording: the claim reviewed (≤75 characters) and the full sentence",
      description = "A changed sentence is read again for spans and score, and linked again.")
  public ClaimDetail reword(@PathParam("id") long id, Reword body) {
    if (body == null) {
      throw new BadRequestException("The body {\"claimReviewed\", \"sentence\"} is missing.");
    }
    return claims.reword(id, body.claimReviewed(), body.sentence());
  }

  @POST
  @Path("mark")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Make a claim of any text of a block",
      description = "article, block (its position), start and end (offsets in the block's text).")
  public Response mark(Mark body) {
    if (body == null
        || body.article() == null
        || body.block() == null
        || body.start() == null
        || body.end() == null) {
      throw new BadRequestException(
          "Fields \"article\", \"block\", \"start\" and \"end\" are required.");
    }
    ClaimDetail claim =
        claims.markText(
            body.article(), body.block(), body.start(), body.end(), body.claimReviewed());
    return Response.created(location(claim.id())).entity(claim).build();
  }

  @POST
  @Path("{id}/link")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Link a claim by hand with a claim of another article")
  public ClaimDetail link(@PathParam("id") long id, Other body) {
    return claims.link(id, other(body));
  }

  @POST
  @Path("{id}/unlink")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Remove the link between two claims")
  public ClaimDetail unlink(@PathParam("id") long id, Other body) {
    return claims.unlink(id, other(body));
  }

  private static long other(Other body) {
    if (body == null || body.other() == null) {
      throw new BadRequestException("Field \"other\" (a claim id) is required.");
    }
    return body.other();
  }

  @POST
  @Path("{id}/assign")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Assign (or reassign) a claim to a fact-checker, with an optional due date")
  public ClaimDetail assign(@PathParam("id") long id, Assign body) {
    if (body == null) {
      throw new BadRequestException("The body {\"assignee\", \"due\"} is missing.");
    }
    return factCheck.assign(id, body.assignee(), Params.date("Field \"due\"", body.due()));
  }

  @POST
  @Path("assign")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Assign several claims, or all claims of an article that wait for a verdict",
      description = "Give either \"claims\" (ids) or \"article\" (an id).")
  public Assigned assignMany(AssignMany body) {
    if (body == null || (body.claims() == null) == (body.article() == null)) {
      throw new BadRequestException("Give either \"claims\" (a list of ids) or \"article\".");
    }
    LocalDate due = Params.date("Field \"due\"", body.due());
    if (body.article() != null) {
      return new Assigned(factCheck.assignArticle(body.article(), body.assignee(), due), List.of());
    }
    List<String> refused = factCheck.assignAll(body.claims(), body.assignee(), due);
    return new Assigned(body.claims().size() - refused.size(), refused);
  }

  @POST
  @Path("{id}/take")
  @RolesAllowed(Role.FACT_CHECKER_NAME)
  @Operation(summary = "Take a claim from the open pool (fact-checkers)")
  public ClaimDetail take(@PathParam("id") long id) {
    return factCheck.take(id);
  }

  @POST
  @Path("{id}/release")
  @RolesAllowed(Role.FACT_CHECKER_NAME)
  @Operation(summary = "Give an assigned claim back to the open pool (its fact-checker)")
  public ClaimDetail release(@PathParam("id") long id) {
    return factCheck.release(id);
  }

  @GET
  @Path("{id}/verdicts")
  @Operation(summary = "Every verdict of a claim, newest first")
  public List<VerdictDetail> verdicts(@PathParam("id") long id) {
    return factCheck.verdicts(id);
  }

  @POST
  @Path("{id}/verdicts")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.FACT_CHECKER_NAME)
  @Operation(
      summary = "Give or revise a claim's verdict (the fact-checker it is assigned to)",
      description =
          "Body: rating (TRUE, MOSTLY_TRUE, MIXED, MISLEADING, FALSE, UNVERIFIABLE), rationale,"
              + " claimant, claimDate (yyyy-MM-dd), evidence [{url (http/https), title, note}]."
              + " 422 names the field that is wrong.")
  public Response giveVerdict(@PathParam("id") long id, VerdictInput body) {
    VerdictDetail verdict = factCheck.giveVerdict(id, body);
    return Response.created(verdictsOf(id)).entity(verdict).build();
  }

  @GET
  @Path("{id}/suggestions")
  @Operation(summary = "The verdicts of the other claims of its cluster, offered for this one")
  public List<Suggestion> suggestions(@PathParam("id") long id) {
    return factCheck.suggestions(id);
  }

  @POST
  @Path("{id}/suggestions/accept")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.FACT_CHECKER_NAME)
  @Operation(summary = "Take over the verdict of a linked claim (not one that conflicts)")
  public Response acceptSuggestion(@PathParam("id") long id, Accept body) {
    if (body == null || body.fromClaim() == null) {
      throw new BadRequestException("Field \"fromClaim\" (a claim id) is required.");
    }
    VerdictDetail verdict = factCheck.acceptSuggestion(id, body.fromClaim());
    return Response.created(verdictsOf(id)).entity(verdict).build();
  }

  @GET
  @Path("workload")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Each fact-checker's open, overdue and recently checked claims")
  public List<Workload> workload() {
    return factCheck.workload();
  }

  private java.net.URI verdictsOf(long id) {
    return uriInfo
        .getBaseUriBuilder()
        .path("claims")
        .path(String.valueOf(id))
        .path("verdicts")
        .build();
  }

  private java.net.URI location(long id) {
    return uriInfo.getBaseUriBuilder().path("claims").path(String.valueOf(id)).build();
  }
}
