package org.factdesk.platform;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser-side protections every answer carries: no MIME sniffing, no referrer sent to other
 * sites, never shown inside another site's frame. In one place because two parts answer: the filter
 * {@code web.SecurityHeaders} for what reaches the application, and the authentication mechanism
 * for its own refusals and redirects to the login page, which come before any filter.
 */
public final class ResponseHeaders {

  /** For what is not a page: nothing loads or runs, nobody frames it. */
  public static final String NOT_A_PAGE_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private ResponseHeaders() {}

  public static void addTo(HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Frame-Options", "DENY");
  }

  /** For an answer that is not a page (PrimeFaces sets pages' policy, with their nonce). */
  public static void addNotAPagePolicy(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", NOT_A_PAGE_POLICY);
  }
}
