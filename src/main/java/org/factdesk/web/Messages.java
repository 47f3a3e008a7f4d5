package org.factdesk.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Feedback to the person, shown by the page's growl or messages. */
final class Messages {

  private Messages() {}

  static void info(String summary) {
    add(FacesMessage.SEVERITY_INFO, summary);
  }

  /** An error that also marks the request as failed, so dialogs stay open to be corrected. */
  static void error(String summary) {
    add(FacesMessage.SEVERITY_ERROR, summary);
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** A message that survives the redirect that follows. */
  static void infoAfterRedirect(String summary) {
    FacesContext context = FacesContext.getCurrentInstance();
    context.getExternalContext().getFlash().setKeepMessages(true);
    info(summary);
  }

  private static void add(FacesMessage.Severity severity, String summary) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, summary, null));
  }
}
