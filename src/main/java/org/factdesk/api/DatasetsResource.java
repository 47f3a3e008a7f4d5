package org.factdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.factdesk.dataset.DatasetFilter;
import org.factdesk.dataset.DatasetService;
import org.factdesk.dataset.DatasetService.DatasetView;
import org.factdesk.dataset.DatasetService.VersionView;
import org.factdesk.dataset.ExportFormat;
import org.factdesk.dataset.SplitRule;
import org.factdesk.identity.Role;

/** Datasets, their published versions and the versions' exports, streamed. */
@Path("datasets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DatasetsResource {

  @EJB private DatasetService datasets;

  @jakarta.ws.rs.core.Context private UriInfo uriInfo;

  /** A dataset as sent: name, description and the filter. */
  public record DatasetInput(
      String name,
      String description,
      String outlet,
      String from,
      String to,
      List<String> include,
      List<String> exclude,
      String license,
      String splitBy,
      String splitValue) {

    SplitRule split() {
      return SplitRule.of(splitBy, splitValue);
    }

    DatasetFilter filter() {
      return new DatasetFilter(
          outlet,
          Params.date("from", from),
          Params.date("to", to),
          Params.labels("include", include),
          Params.labels("exclude", exclude));
    }
  }

  /** A dataset with its published versions, newest first. */
  public record DatasetWithVersions(DatasetView dataset, List<VersionAnswer> versions) {}

  /**
   * A version: once published, with its manifest as JSON and where its files are downloaded; while
   * it is being published, how far it got; when publishing failed, why.
   */
  public record VersionAnswer(
      long datasetId,
      int number,
      String state,
      DatasetService.Progress progress,
      String failure,
      String publishedBy,
      java.time.Instant publishedAt,
      int articles,
      String zipSha256,
      Long zipBytes,
      jakarta.json.JsonObject manifest,
      java.util.Map<String, String> downloads,
      int schemaVersion,
      String license,
      String split) {

    static VersionAnswer of(VersionView v) {
      java.util.Map<String, String> downloads = new java.util.LinkedHashMap<>();
      for (ExportFormat f : ExportFormat.values()) {
        if (f == ExportFormat.PARQUET && v.schemaVersion() < 2) {
          continue; // published before Parquet: its files stay as they were
        }
        downloads.put(
            f.key(),
            "/api/datasets/"
                + v.datasetId()
                + "/versions/"
                + v.number()
                + "/export?format="
                + f.key());
      }
      if (!v.isPublished()) {
        return new VersionAnswer(
            v.datasetId(),
            v.number(),
            v.state().name(),
            v.progress(),
            v.failure(),
            v.publishedBy(),
            v.publishedAt(),
            v.articles(),
            null,
            null,
            null,
            java.util.Map.of(),
            v.schemaVersion(),
            v.license(),
            v.splitText());
      }
      jakarta.json.JsonObject manifest;
      try (jakarta.json.JsonReader reader =
          jakarta.json.Json.createReader(new java.io.StringReader(v.manifest()))) {
        manifest = reader.readObject();
      }
      return new VersionAnswer(
          v.datasetId(),
          v.number(),
          v.state().name(),
          null,
          null,
          v.publishedBy(),
          v.publishedAt(),
          v.articles(),
          v.zipSha256(),
          v.zipBytes(),
          manifest,
          downloads,
          v.schemaVersion(),
          v.license(),
          v.splitText());
    }
  }

  @GET
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  @Operation(summary = "Every dataset, by name, with its filter")
  public List<DatasetView> list() {
    return datasets.all();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Create a dataset: a name, a description and a filter over approved articles",
      description =
          "Body: {\"name\", \"description\", \"outlet\", \"from\", \"to\" (yyyy-MM-dd), \"include\""
              + " and \"exclude\" (labels AI_GENERATED_DISCLOSED, HAS_PROMOTIONAL_INSERTS,"
              + " AGGREGATED), \"license\" (a Hugging Face id: cc-by-4.0, cc0-1.0, ...),"
              + " \"splitBy\" (none, outlet or date) and \"splitValue\" (the test outlets, or the"
              + " first date of the test split)}. 201 with the dataset; 400 names what is wrong (an empty or taken"
              + " name, a date range that runs backwards).")
  public Response create(DatasetInput input) {
    DatasetInput in = require(input);
    DatasetView created =
        datasets.create(in.name(), in.description(), in.filter(), in.license(), in.split());
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  @Operation(summary = "One dataset with its published versions, newest first")
  public DatasetWithVersions get(@PathParam("id") long id) {
    return new DatasetWithVersions(
        dataset(id), datasets.versions(id).stream().map(VersionAnswer::of).toList());
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Change a dataset's name, description and filter",
      description = "Versions already published keep what they hold.")
  public DatasetView change(@PathParam("id") long id, DatasetInput input) {
    DatasetInput in = require(input);
    DatasetView current = dataset(id);
    return datasets.change(
        id,
        current.entityVersion(),
        in.name(),
        in.description(),
        in.filter(),
        in.license(),
        in.split());
  }

  @GET
  @Path("{id}/preview")
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  @Operation(summary = "How many approved articles the dataset's filter takes in now")
  public PreviewCount preview(@PathParam("id") long id) {
    return new PreviewCount(datasets.preview(dataset(id).filter()));
  }

  /** How many articles a version published now would hold. */
  public record PreviewCount(long articles) {}

  @POST
  @Path("{id}/versions")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Publish the next version of a dataset, in the background",
      description =
          "Freezes the approved articles the filter takes in now; later edits of an article reach"
              + " only a later version. 202 with the version as it starts (state PUBLISHING, the"
              + " planned article count) and its address in Location: poll it until its state is"
              + " PUBLISHED (with the manifest) or FAILED (with the reason). 409 while another"
              + " version of the dataset is being published.")
  public Response publish(@PathParam("id") long id) {
    dataset(id);
    VersionView version = datasets.startPublishing(id);
    return Response.accepted(VersionAnswer.of(version))
        .location(uriInfo.getAbsolutePathBuilder().path(String.valueOf(version.number())).build())
        .build();
  }

  @GET
  @Path("{id}/versions/{v}")
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  @Operation(
      summary =
          "A version: its state; once published who, when, the count, the manifest, the zip's"
              + " sha256; while publishing its progress; when failed the reason")
  public VersionAnswer version(@PathParam("id") long id, @PathParam("v") int number) {
    return VersionAnswer.of(datasets.version(id, number).orElseThrow(() -> noVersion(id, number)));
  }

  @GET
  @Path("{id}/versions/{v}/export")
  @Produces({
    "application/x-ndjson",
    "text/csv",
    "application/ld+json",
    "application/zip",
    "application/vnd.apache.parquet",
    MediaType.APPLICATION_JSON
  })
  @RolesAllowed({Role.ADMIN_NAME, Role.EDITOR_NAME, Role.FACT_CHECKER_NAME})
  @Operation(
      summary = "Download a version: JSONL, CSV, ClaimReview JSON-LD, Parquet or a zip",
      description =
          "Streamed from the database a page at a time (CSV, ClaimReview and zip were written"
              + " when the version was published and are copied); the same version always gives"
              + " the same bytes (the manifest lists their sha256; the zip's is on the version)."
              + " 400 for an unknown format, 404 for an unknown version, 409 for a version still"
              + " being published or failed.")
  public Response export(
      @PathParam("id") long id,
      @PathParam("v") int number,
      @Parameter(description = "jsonl (default), csv, claimreview, parquet or zip")
          @QueryParam("format")
          String format) {
    ExportFormat f = ExportFormat.named(format == null ? "jsonl" : format);
    DatasetService.Export export =
        datasets.export(id, number, f).orElseThrow(() -> notOut(id, number));
    StreamingOutput body = export::writeTo;
    return Response.ok(body, f.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private DatasetView dataset(long id) {
    return datasets
        .find(id)
        .orElseThrow(() -> new NotFoundException("There is no dataset " + id + "."));
  }

  /** 409 for a version still being published or failed, 404 when there is no such version. */
  private RuntimeException notOut(long id, int number) {
    return datasets
        .version(id, number)
        .<RuntimeException>map(
            v ->
                new jakarta.ws.rs.ClientErrorException(
                    v.state() == org.factdesk.dataset.DatasetVersion.State.FAILED
                        ? "Version " + number + " of dataset " + id + " failed: " + v.failure()
                        : "Version "
                            + number
                            + " of dataset "
                            + id
                            + " is still being published ("
                            + (v.progress() == null ? 0 : v.progress().percent())
                            + "%); download it when it is out.",
                    Response.Status.CONFLICT))
        .orElseGet(() -> noVersion(id, number));
  }

  private static NotFoundException noVersion(long id, int number) {
    return new NotFoundException("Dataset " + id + " has no published version " + number + ".");
  }

  private static DatasetInput require(DatasetInput input) {
    if (input == null) {
      throw new jakarta.ws.rs.BadRequestException("Send the dataset as JSON: at least a name.");
    }
    return input;
  }
}
