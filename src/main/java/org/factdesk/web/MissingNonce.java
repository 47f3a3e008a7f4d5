package org.factdesk.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.factdesk.platform.ResponseHeaders;
import org.primefaces.csp.CspException;

/**
 * A form sent back without the page's script nonce, or with another page's: a client error, not a
 * server error. PrimeFaces' script adds the nonce ({@code primefaces.nonce}) to every form of a
 * page, so a browser always sends it; a script or load tool that posts the form fields alone does
 * not, and PrimeFaces then throws while rendering the answer, out of the Faces lifecycle where no
 * exception handler sees it, and the error page fails the same way: a 500 for the client's mistake
 * (found by the load test, docs/decisions/0035). Answered here with 400 and a message naming the
 * missing field. The check guards only the page rendered in answer: the request's action has run by
 * then, as PrimeFaces orders it.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class MissingNonce extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(MissingNonce.class.getName());

  static final String MESSAGE =
      "The form was sent without this page's script nonce (field primefaces.nonce, added to every"
          + " form by the page's script), or with another page's. Load the page again and send the"
          + " form from it.";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      CspException refused = cspFailure(e);
      if (refused == null || response.isCommitted()) {
        throw e;
      }
      LOG.warning(
          () ->
              request.getMethod()
                  + " "
                  + request.getRequestURI()
                  + " refused with 400: "
                  + refused.getMessage());
      response.reset(); // also the headers: set the protections again
      ResponseHeaders.addTo(response);
      ResponseHeaders.addNotAPagePolicy(response);
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("text/plain");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(MESSAGE);
    }
  }

  /** The CSP exception in {@code thrown}'s chain of causes, or null. */
  static CspException cspFailure(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CspException csp) {
        return csp;
      }
      if (t instanceof ServletException servlet && servlet.getRootCause() != t) {
        CspException root = cspFailure(servlet.getRootCause());
        if (root != null) {
          return root;
        }
      }
    }
    return null;
  }
}
