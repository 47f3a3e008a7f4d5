package org.factdesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.factdesk.identity.Role;
import org.factdesk.review.DetectorQuality;

/**
 * Editors' decisions on flags as training data for the learned insert types (decision 0023): the
 * file {@code TrainInsertTypes --decisions} reads. Editors and admins only (the service checks
 * too).
 */
@Path("flag-decisions")
@RequestScoped
public class FlagDecisionsResource {

  public static final String TSV = "text/tab-separated-values; charset=UTF-8";

  @EJB private DetectorQuality quality;

  @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
  @GET
  @Produces(TSV)
  @Operation(
      summary = "Decided flags as tab-separated training rows (Editor, Admin)",
      description =
          "text, decision (ACCEPTED, RETYPED, REJECTED), type, new_type, detector; oldest first,"
              + " at most 10000 rows a call: page with first and size.")
  public String decisions(
      @QueryParam("first") @DefaultValue("0") int first,
      @QueryParam("size") @DefaultValue("10000") int size) {
    Params.page(first, size, DetectorQuality.MAX_DECISIONS);
    List<DetectorQuality.Decision> rows = quality.decisions(first, size);
    StringBuilder sb = new StringBuilder(DetectorQuality.DECISIONS_HEADER).append('\n');
    for (DetectorQuality.Decision d : rows) {
      sb.append(d.tsv()).append('\n');
    }
    return sb.toString();
  }
}
