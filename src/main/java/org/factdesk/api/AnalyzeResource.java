package org.factdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.ArticleMetadata;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.article.ArticleDetail.BlockView;
import org.factdesk.article.ArticleDetail.ClaimView;
import org.factdesk.article.ArticleImporter;
import org.factdesk.article.ImportRequest;
import org.factdesk.identity.Role;

/** The analysis of an article, stored nowhere: for trying the engine from scripts. */
@Path("analyze")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
public class AnalyzeResource {

  /** What the engine makes of an article. */
  public record Analysis(
      ArticleMetadata metadata,
      String format,
      String charset,
      String contentHash,
      String simhash,
      List<BlockView> blocks,
      List<ClaimView> claims,
      String cleanText) {}

  @EJB private ArticleImporter importer;

  @POST
  @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
  @Operation(summary = "Analyse raw text or HTML without storing it")
  public Analysis analyzeRaw(byte[] body, @HeaderParam("Content-Type") String contentType) {
    ContentHint hint =
        contentType != null && contentType.toLowerCase().startsWith(MediaType.TEXT_HTML)
            ? ContentHint.HTML
            : ContentHint.TEXT;
    return of(importer.analyze(new ImportRequest(body, hint, SourceInfo.NONE, "REST")));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Analyse an article given as JSON (as for POST /api/articles) without storing it")
  public Analysis analyzeJson(ArticleInput input) {
    return of(importer.analyze(ArticleInput.require(input).toRequest("REST")));
  }

  private static Analysis of(AnalysisResult result) {
    List<BlockView> blocks = result.blocks().stream().map(BlockView::of).toList();
    List<ClaimView> claims = result.claims().stream().map(ClaimView::of).toList();
    return new Analysis(
        result.metadata(),
        result.format().name(),
        result.charset(),
        result.contentHash(),
        result.simHashHex(),
        blocks,
        claims,
        result.cleanText());
  }
}
