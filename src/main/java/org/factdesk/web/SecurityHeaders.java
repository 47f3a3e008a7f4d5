package org.factdesk.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.factdesk.platform.ResponseHeaders;

/**
 * The browser-side protections ({@link ResponseHeaders}) on every answer, pages and API alike.
 * Pages get their Content-Security-Policy from PrimeFaces' CSP mode (web.xml {@code
 * primefaces.CSP_POLICY}: scripts only from this origin or with the page's nonce, no inline
 * handlers); everything else (REST answers, files, styles, scripts) gets one that allows nothing to
 * run or load.
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    ResponseHeaders.addTo(response);
    if (!isPage(request) && request.getDispatcherType() == DispatcherType.REQUEST) {
      ResponseHeaders.addNotAPagePolicy(response);
    }
    chain.doFilter(request, response);
  }

  /** A Faces page (or the welcome page): PrimeFaces sets its policy, with the nonce. */
  private static boolean isPage(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.isEmpty()
        || path.endsWith("/")
        || (path.endsWith(".xhtml") && !path.startsWith("/jakarta.faces.resource/"));
  }
}
