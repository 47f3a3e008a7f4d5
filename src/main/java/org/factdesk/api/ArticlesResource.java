package org.factdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.article.ArticleDetail;
import org.factdesk.article.ArticleFilter;
import org.factdesk.article.ArticleImporter;
import org.factdesk.article.ArticleQueries;
import org.factdesk.article.ArticleRow;
import org.factdesk.article.ArticleSearch;
import org.factdesk.article.ArticleState;
import org.factdesk.article.ImportOutcome;
import org.factdesk.article.ImportRequest;
import org.factdesk.claim.ClaimDetail;
import org.factdesk.claim.ClaimService;
import org.factdesk.claim.FactCheckProgress;
import org.factdesk.claim.FactCheckService;
import org.factdesk.identity.Role;

/** Articles in one at a time, and out with everything the engine found in them. */
@Path("articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

  @EJB private ArticleImporter importer;
  @EJB private ArticleQueries queries;
  @EJB private ArticleSearch search;
  @EJB private ClaimService claims;
  @EJB private FactCheckService factCheck;
  @EJB private org.factdesk.claim.SameStoryOffers stories;
  @EJB private org.factdesk.workflow.WorkflowService workflow;

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

  /** One page of the article list, and how many match in all. */
  /**
   * One page; {@code total} is exact when {@code totalExact}, else the list matches more than that
   * ({@link ArticleSearch#COUNT_CAP}).
   */
  public record ArticlePage(
      long total, int first, int size, java.util.List<ArticleRow> rows, boolean totalExact) {}

  @GET
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  @Operation(
      summary = "The article list, one page at a time, filtered and sorted like the Articles page",
      description =
          "q searches title and text (quotes for a phrase, - to exclude); the other parameters"
              + " filter. label and withoutLabel filter by the labels datasets use, in any"
              + " state (AGGREGATED not together with q). Each row lists its labels. Pages of at"
              + " most 200.")
  public ArticlePage list(
      @QueryParam("q") String text,
      @QueryParam("state") String state,
      @QueryParam("outlet") String outlet,
      @QueryParam("batch") Long batch,
      @Parameter(description = "articles with a flag of this type that is not rejected")
          @QueryParam("flag")
          String flag,
      @QueryParam("pending") boolean pending,
      @Parameter(description = "published on or after, yyyy-MM-dd") @QueryParam("from") String from,
      @Parameter(description = "published on or before, yyyy-MM-dd") @QueryParam("to") String to,
      @QueryParam("duplicates") boolean duplicates,
      @Parameter(
              description =
                  "articles carrying this label; repeat for more (all required):"
                      + " AI_GENERATED_DISCLOSED, HAS_PROMOTIONAL_INSERTS or AGGREGATED")
          @QueryParam("label")
          List<String> labels,
      @Parameter(
              description =
                  "articles carrying none of these labels; repeat for more:"
                      + " AI_GENERATED_DISCLOSED, HAS_PROMOTIONAL_INSERTS or AGGREGATED")
          @QueryParam("withoutLabel")
          List<String> withoutLabels,
      @Parameter(
              description = "offset of the page; first + size at most 10000 (deeper pages: after)")
          @QueryParam("first")
          @jakarta.ws.rs.DefaultValue("0")
          int first,
      @Parameter(
              description =
                  "the id of the last article of the previous page: the page after it, read"
                      + " from the index as fast as the first (no words; sorts IMPORTED, STATE,"
                      + " PENDING); first is then ignored")
          @QueryParam("after")
          Long after,
      @QueryParam("size") @jakarta.ws.rs.DefaultValue("25") int size,
      @Parameter(description = "IMPORTED (default), PUBLISHED, TITLE, OUTLET, STATE or PENDING")
          @QueryParam("sort")
          String sort,
      @QueryParam("asc") boolean ascending) {
    Params.page(first, size, ArticleSearch.MAX_PAGE);
    if (after == null && first + size > ArticleSearch.MAX_OFFSET_DEPTH) {
      throw new BadRequestException(
          "Parameter \"first\" pages up to "
              + ArticleSearch.MAX_OFFSET_DEPTH
              + " articles deep (first + size); page on with \"after\" (the id of the last"
              + " article of a page; sorts IMPORTED, STATE and PENDING) or narrow the filter.");
    }
    ArticleFilter filter =
        new ArticleFilter(
            text,
            Params.named(ArticleState.class, "state", state),
            outlet,
            batch,
            Params.named(org.factdesk.analysis.FlagType.class, "flag", flag),
            pending,
            Params.date("Parameter \"from\"", from),
            Params.date("Parameter \"to\"", to),
            duplicates,
            Params.labels("label", labels),
            Params.labels("withoutLabel", withoutLabels));
    ArticleSearch.Sort by = Params.named(ArticleSearch.Sort.class, "sort", sort);
    ArticleSearch.Total total = search.total(filter);
    return new ArticlePage(
        total.value(),
        first,
        size,
        after == null
            ? search.rows(filter, first, size, by, ascending)
            : search.rowsAfter(filter, after, size, by, ascending),
        total.exact());
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

  @GET
  @Path("{id}/claims")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  @Operation(summary = "The claims of an article, oldest first, with their links")
  public List<ClaimDetail> claims(@PathParam("id") long id) {
    return claims.claimsOf(id);
  }

  @GET
  @Path("{id}/conflicts")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  @Operation(
      summary =
          "Statements of the article that give one event different values (one meeting in two"
              + " places, one count given twice differently), each differing value named")
  public List<org.factdesk.claim.InternalConflict> conflicts(@PathParam("id") long id) {
    return claims.internalConflicts(id);
  }

  /** The other article of a same-story decision. */
  public record OtherArticle(Long other) {}

  @GET
  @Path("{id}/possible-stories")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  @Operation(
      summary =
          "Articles that may report the same event in other words, not linked: openings (title"
              + " and lead) at least 0.65 close among the newest 2,000, closest first, at most five")
  public List<org.factdesk.claim.StoryOffer> possibleStories(@PathParam("id") long id) {
    return stories.offers(id);
  }

  @POST
  @Path("{id}/same-story")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Link another article as the same story, by hand",
      description = "The article with its duplicates; 422 when the two are linked already.")
  public ArticleDetail sameStory(@PathParam("id") long id, OtherArticle body) {
    stories.sameStory(id, otherArticle(body));
    return get(id);
  }

  @POST
  @Path("{id}/not-same-story")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Operation(
      summary =
          "An article offered as possibly the same story is another story: not offered again;"
              + " answers what is still offered")
  public List<org.factdesk.claim.StoryOffer> notTheSameStory(
      @PathParam("id") long id, OtherArticle body) {
    return stories.notTheSameStory(id, otherArticle(body));
  }

  private static long otherArticle(OtherArticle body) {
    if (body == null || body.other() == null) {
      throw new org.factdesk.claim.ClaimException("The body needs \"other\": an article id.");
    }
    return body.other();
  }

  @GET
  @Path("{id}/fact-check")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  @Operation(summary = "How many of the article's claims are checked, dismissed or still open")
  public FactCheckProgress factCheck(@PathParam("id") long id) {
    return factCheck.progress(id);
  }

  @POST
  @Path("{id}/fact-check/finish")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Move an article in fact-check on to ready",
      description =
          "An editor's act (403 for a fact-checker). 409 while a confirmed claim has no verdict"
              + " and is not dismissed, or when the article is not in fact-check.")
  public ArticleTransitionView finishFactCheck(@PathParam("id") long id) {
    return ArticleTransitionView.of(id, factCheck.finishFactCheck(id));
  }

  /** Why an article is rejected or reopened. */
  public record Reason(String reason) {}

  @POST
  @Path("{id}/approve")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Approve a ready article for datasets",
      description =
          "409 names the rule a refusal follows: not ready, undecided flags, claims without a"
              + " verdict, or the four-eyes rule (the editor who finished the review cannot"
              + " approve).")
  public ArticleTransitionView approve(@PathParam("id") long id) {
    return ArticleTransitionView.of(id, workflow.approve(id));
  }

  @POST
  @Path("{id}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Reject an article; the reason is required")
  public ArticleTransitionView reject(@PathParam("id") long id, Reason body) {
    return ArticleTransitionView.of(id, workflow.reject(id, body == null ? null : body.reason()));
  }

  @POST
  @Path("{id}/reopen")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Take an approved or rejected article back to review; the reason is required")
  public ArticleTransitionView reopen(@PathParam("id") long id, Reason body) {
    return ArticleTransitionView.of(id, workflow.reopen(id, body == null ? null : body.reason()));
  }

  @GET
  @Path("{id}/transitions")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  @Operation(summary = "Every move of the article: who, when, from, to, why")
  public List<ArticleTransitionView> transitions(@PathParam("id") long id) {
    return workflow.transitions(id).stream().map(t -> ArticleTransitionView.of(id, t)).toList();
  }

  /** A move of an article from one state to another. */
  public record ArticleTransitionView(
      long articleId, String from, String to, String actor, java.time.Instant at, String reason) {
    static ArticleTransitionView of(long articleId, org.factdesk.article.ArticleTransition t) {
      return new ArticleTransitionView(
          articleId,
          t.getFromState().name(),
          t.getToState().name(),
          t.getActor(),
          t.getCreatedAt(),
          t.getReason());
    }
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
