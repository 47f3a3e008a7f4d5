package org.factdesk.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.factdesk.article.ImportException;
import org.factdesk.identity.IdentityException;
import org.factdesk.identity.SecurityEvent;
import org.factdesk.identity.SecurityLog;

/**
 * Turns whatever a call throws into an {@link ApiError} with a status that fits: the caller's
 * mistake (400), a role that does not fit (403), or a failure of ours (500, logged, with no stack
 * trace in the answer).
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

  @Context private HttpServletRequest request;

  @Inject private SecurityLog securityLog;

  @Override
  public Response toResponse(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      // however the reader of the body wrapped it
      if (t instanceof BodyLimit.BodyTooLargeException) {
        return answer(413, t.getMessage());
      }
    }
    Throwable cause = unwrap(thrown);
    if (cause instanceof ProcessingException) {
      Throwable reason = cause.getCause() == null ? cause : cause.getCause();
      return answer(400, "The body is not valid JSON for this call: " + reason.getMessage());
    }
    if (cause instanceof WebApplicationException web) {
      Response original = web.getResponse();
      if (original.getStatus() == 403) {
        recordDenied();
      }
      return answer(original.getStatus(), cause.getMessage());
    }
    // Payara refuses a call to a no-interface EJB with AccessLocalException, not
    // EJBAccessException.
    if (cause instanceof EJBAccessException || cause instanceof jakarta.ejb.AccessLocalException) {
      recordDenied();
      return answer(403, "Your role does not allow this call.");
    }
    if (cause instanceof ConstraintViolationException violations) {
      String message =
          violations.getConstraintViolations().stream()
              .map(v -> v.getMessage())
              .sorted()
              .reduce((a, b) -> a + " " + b)
              .orElse("The request is not valid.");
      return answer(400, message);
    }
    if (cause instanceof org.factdesk.claim.ClaimNotFoundException) {
      return answer(404, cause.getMessage());
    }
    if (cause instanceof ImportException
        || cause instanceof org.factdesk.claim.ClaimException
        || cause instanceof org.factdesk.audit.CommentException) {
      return answer(422, cause.getMessage());
    }
    if (cause instanceof org.factdesk.article.ArticleStateException
        || cause instanceof org.factdesk.dataset.DatasetBusyException) {
      return answer(409, cause.getMessage());
    }
    if (cause instanceof IdentityException || cause instanceof IllegalArgumentException) {
      return answer(400, cause.getMessage());
    }
    LOG.log(Level.SEVERE, "REST call failed", thrown);
    return answer(500, "The server could not finish this request; nothing half-done was saved.");
  }

  /** A signed-in caller's role does not fit the call: into the security log. */
  private void recordDenied() {
    if (request == null || securityLog == null) {
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    securityLog.record(
        SecurityEvent.Kind.ACCESS_DENIED,
        request.getRemoteUser(),
        SecurityEvent.Channel.API,
        request.getMethod() + " " + path,
        "403: the caller's roles do not allow this call",
        request.getRemoteAddr());
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable current = thrown;
    while (current instanceof EJBException
        && !(current instanceof EJBAccessException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static Response answer(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(status, message))
        .build();
  }
}
