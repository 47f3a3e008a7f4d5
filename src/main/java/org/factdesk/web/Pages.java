package org.factdesk.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Answers a page can give instead of rendering itself. */
final class Pages {

  private static final java.time.format.DateTimeFormatter MINUTE =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
          .withZone(java.time.ZoneOffset.UTC);

  private Pages() {}

  /** "2026-11-24 13:05 UTC". */
  static String minute(java.time.Instant instant) {
    return MINUTE.format(instant);
  }

  /** The 404 page, with the reason, and nothing more of this request. */
  static void notFound(String message) throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().responseSendError(404, message);
    context.responseComplete();
  }
}
