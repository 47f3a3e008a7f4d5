package org.factdesk.web;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Answers a page can give instead of rendering itself. */
final class Pages {

  private Pages() {}

  /** The 404 page, with the reason, and nothing more of this request. */
  static void notFound(String message) throws IOException {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().responseSendError(404, message);
    context.responseComplete();
  }
}
