package org.factdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.ClaimView;
import org.factdesk.identity.Role;

/** Claims: an article's, a cluster of linked ones, confirming a candidate, dismissing. */
@Path("claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
public class ClaimsResource {

  @EJB private ClaimService claims;

  @jakarta.ws.rs.core.Context private UriInfo uriInfo;

  /** A candidate to confirm as a claim, with an optional short "claim reviewed" line. */
  public record Confirm(Long candidateId, String claimReviewed) {}

  /** Why a claim is dismissed. */
  public record Dismiss(String reason) {}

  @GET
  @Operation(summary = "The claims of an article (article=id), oldest first, with their links")
  public List<ClaimView> ofArticle(@QueryParam("article") Long article) {
    if (article == null) {
      throw new BadRequestException("Parameter \"article\" (an article id) is required.");
    }
    return claims.claimsOf(article);
  }

  @GET
  @Path("{id}/cluster")
  @Operation(
      summary = "The claims linked with this one, directly or through others, itself included")
  public List<ClaimView> cluster(@PathParam("id") long id) {
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
    ClaimView claim = claims.confirm(body.candidateId(), body.claimReviewed());
    return Response.created(
            uriInfo.getBaseUriBuilder().path("claims").path(String.valueOf(claim.id())).build())
        .entity(claim)
        .build();
  }

  @POST
  @Path("{id}/dismiss")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Dismiss a claim; the reason is required")
  public ClaimView dismiss(@PathParam("id") long id, Dismiss body) {
    return claims.dismiss(id, body == null ? null : body.reason());
  }
}
