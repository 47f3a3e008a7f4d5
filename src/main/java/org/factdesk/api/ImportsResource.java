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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factdesk.article.ImportBatch;
import org.factdesk.article.ImportBatches;
import org.factdesk.identity.Role;

/** Batch imports: many files, a zip, JSONL lines or a web archive, imported in the background. */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

  /** The answer to a new batch. */
  public record Started(long batchId, URI location) {}

  /** A batch's progress and the result of each item. */
  public record Progress(
      long id,
      String state,
      String createdBy,
      Instant createdAt,
      Instant finishedAt,
      int total,
      int processed,
      int imported,
      int duplicates,
      int failed,
      int skipped,
      String note,
      List<Item> items) {}

  /** One item's result. */
  public record Item(
      int position,
      String name,
      String outcome,
      String message,
      Long articleId,
      Long duplicateOfId) {}

  @EJB private ImportBatches batches;

  @Context private UriInfo uriInfo;

  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Operation(
      summary =
          "Start a batch from uploaded files (.txt, .html, .htm, .zip of those, .jsonl, .warc,"
              + " .warc.gz)")
  public Response startMultipart(List<EntityPart> parts) throws IOException {
    List<ImportBatches.Upload> uploads = new ArrayList<>();
    for (EntityPart part : parts) {
      if (part.getFileName().isEmpty()) {
        continue;
      }
      try (InputStream in = part.getContent()) {
        uploads.add(new ImportBatches.Upload(part.getFileName().get(), in.readAllBytes()));
      }
    }
    return started(batches.start(uploads));
  }

  @POST
  @Consumes({"application/x-ndjson", "application/jsonl"})
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Start a batch from JSONL: one {text|html, url, title, outlet, published} per line")
  public Response startJsonl(byte[] body, @QueryParam("name") String name) {
    return started(batches.start(List.of(new ImportBatches.Upload(nameOr(name, ".jsonl"), body))));
  }

  @POST
  @Consumes("application/zip")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Operation(summary = "Start a batch from a zip of .txt and .html files")
  public Response startZip(byte[] body, @QueryParam("name") String name) {
    return started(batches.start(List.of(new ImportBatches.Upload(nameOr(name, ".zip"), body))));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME, Role.FACT_CHECKER_NAME})
  @Operation(summary = "A batch's progress and the result of each item")
  public Progress get(
      @PathParam("id") long id,
      @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
              description = "false leaves out the items: the counts only, for polling")
          @QueryParam("items")
          @jakarta.ws.rs.DefaultValue("true")
          boolean withItems) {
    ImportBatches.BatchView view =
        batches
            .view(id, withItems)
            .orElseThrow(() -> new NotFoundException("There is no import batch " + id + "."));
    ImportBatch b = view.batch();
    List<Item> items =
        view.items().stream()
            .map(
                i ->
                    new Item(
                        i.getPosition(),
                        i.getName(),
                        i.getOutcome().name(),
                        i.getMessage(),
                        i.getArticleId(),
                        i.getDuplicateOfId()))
            .toList();
    return new Progress(
        b.getId(),
        b.getState().name(),
        b.getCreatedBy(),
        b.getCreatedAt(),
        b.getFinishedAt(),
        b.getTotalItems(),
        b.getProcessed(),
        b.getImported(),
        b.getDuplicates(),
        b.getFailed(),
        b.getSkipped(),
        b.getNote(),
        items);
  }

  @POST
  @Consumes({"application/warc", "application/gzip"})
  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @Operation(
      summary = "Start a batch from a web archive (WARC, plain or gzipped)",
      description =
          "Each response record with an HTML or text payload becomes an article with its target"
              + " URI and capture time; revisits, other payload types, non-2xx responses and"
              + " repeated payloads are items SKIPPED with the reason. 202 with the batch's"
              + " address; a file that is not a WARC, empty or cut off is named in a FAILED item."
              + " An upload over factdesk.import.read-in-request-bytes (4 MiB) is read after the"
              + " 202: the batch is READING, without items, until all of them exist, or REFUSED"
              + " with the reason when it passes a batch limit.")
  public Response startWarc(byte[] body, @QueryParam("name") String name) {
    boolean gzip = body.length > 1 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
    String base = name == null || name.isBlank() ? "upload" : name.strip();
    String lower = base.toLowerCase(java.util.Locale.ROOT);
    String file =
        lower.endsWith(".warc") || lower.endsWith(".warc.gz")
            ? base
            : base + (gzip ? ".warc.gz" : ".warc");
    return started(batches.start(List.of(new ImportBatches.Upload(file, body))));
  }

  /** The name the items are reported under, ending in the extension the body is read as. */
  private static String nameOr(String name, String extension) {
    String base = name == null || name.isBlank() ? "upload" : name.strip();
    return base.toLowerCase(java.util.Locale.ROOT).endsWith(extension) ? base : base + extension;
  }

  private Response started(long id) {
    URI location = uriInfo.getBaseUriBuilder().path("imports").path(String.valueOf(id)).build();
    return Response.accepted(new Started(id, location)).location(location).build();
  }
}
