package org.factdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.article.ArticleDetail;
import org.factdesk.article.ArticleImporter;
import org.factdesk.article.ArticleQueries;
import org.factdesk.article.ImportOutcome;
import org.factdesk.article.ImportRequest;
import org.factdesk.identity.Role;

/** Articles in one at a time, and out with everything the engine found in them. */
@Path("articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

  @EJB private ArticleImporter importer;
  @EJB private ArticleQueries queries;

  @jakarta.ws.rs.core.Context private UriInfo uriInfo;

  /** The answer to an import: what happened, and the article it concerns. */
  public record Imported(String outcome, String message, ArticleDetail article) {}

  @POST
  @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Import one article from its raw text or HTML",
      description =
          "201 with the stored article, its blocks, flags, claim candidates and near-duplicate"
              + " links; 200 with the earlier article when the text is already stored.")
  public Response importRaw(
      byte[] body,
      @jakarta.ws.rs.HeaderParam("Content-Type") String contentType,
      @Parameter(description = "where the article was found") @QueryParam("url") String url,
      @QueryParam("outlet") String outlet,
      @QueryParam("title") String title,
      @Parameter(description = "publication date, yyyy-MM-dd") @QueryParam("published")
          String published) {
    ContentHint hint =
        contentType != null && contentType.toLowerCase().startsWith(MediaType.TEXT_HTML)
            ? ContentHint.HTML
            : ContentHint.TEXT;
    SourceInfo source = new SourceInfo(url, outlet, title, ArticleInput.date(published));
    return answer(importer.importArticle(new ImportRequest(body, hint, source, "REST")));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Operation(
      summary =
          "Import one article given as JSON: text or html, plus url, title, outlet, published")
  public Response importJson(ArticleInput input) {
    return answer(importer.importArticle(ArticleInput.require(input).toRequest("REST")));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  @Operation(summary = "One article with its blocks, flags, claim candidates and duplicates")
  public ArticleDetail get(@PathParam("id") long id) {
    return queries
        .detail(id)
        .orElseThrow(() -> new NotFoundException("There is no article " + id + "."));
  }

  private Response answer(ImportOutcome outcome) {
    boolean stored = outcome.kind() == ImportOutcome.Kind.IMPORTED;
    long id = stored ? outcome.articleId() : outcome.duplicateOfId();
    ArticleDetail article = queries.detail(id).orElseThrow();
    Imported body = new Imported(outcome.kind().name(), outcome.message(), article);
    URI location = uriInfo.getBaseUriBuilder().path("articles").path(String.valueOf(id)).build();
    return stored
        ? Response.created(location).entity(body).build()
        : Response.ok(body).location(location).build();
  }
}
