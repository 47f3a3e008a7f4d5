package org.factdesk.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The browser-side protections on every answer, pages and API alike: no MIME sniffing, no referrer
 * sent to other sites, never shown inside another site's frame. Pages get their
 * Content-Security-Policy from PrimeFaces' CSP mode (web.xml {@code primefaces.CSP_POLICY}: scripts
 * only from this origin or with the page's nonce, no inline handlers); everything else (REST
 * answers, files, styles, scripts) gets one that allows nothing to run or load.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** For what is not a page: nothing loads or runs, nobody frames it. */
  static final String NOT_A_PAGE_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    addTo(response);
    if (!isPage(request) && request.getDispatcherType() == DispatcherType.REQUEST) {
      response.setHeader("Content-Security-Policy", NOT_A_PAGE_POLICY);
    }
    chain.doFilter(request, response);
  }

  /**
   * The headers every answer carries. Public for what answers before the filters run: the
   * authentication mechanism's 401s and redirects to the login page.
   */
  public static void addTo(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
  }

  /** A Faces page (or the welcome page): PrimeFaces sets its policy, with the nonce. */
  private static boolean isPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.isEmpty()
        || path.endsWith("/")
        || (path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/"));
  }
}
