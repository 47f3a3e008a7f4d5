package org.factdesk.audit;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.factdesk.identity.SecurityEvent;
import org.factdesk.identity.SecurityLog;

/**
 * Records a 403 when the container shows its error page for it (web.xml sends every 403 to
 * /error/403.xhtml): a page or call the signed-in user's roles do not allow. Only on the error
 * dispatch, so opening the error page by hand records nothing.
 */
@WebFilter(urlPatterns = "/error/403.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class DeniedAccessFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject private SecurityLog log;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Object uri = request.getAttribute("jakarta.servlet.error.request_uri");
    String path = uri == null ? null : uri.toString().substring(contextLength(request, uri));
    log.record(
        SecurityEvent.Kind.ACCESS_DENIED,
        request.getRemoteUser(),
        path != null && path.startsWith("/api/")
            ? SecurityEvent.Channel.API
            : SecurityEvent.Channel.PAGE,
        path,
        "403: the user's roles do not allow this",
        request.getRemoteAddr());
    chain.doFilter(request, response);
  }

  private static int contextLength(HttpServletRequest request, Object uri) {
    String context = request.getContextPath();
    return uri.toString().startsWith(context) ? context.length() : 0;
  }
}
