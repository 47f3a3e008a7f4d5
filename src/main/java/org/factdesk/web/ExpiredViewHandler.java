package org.factdesk.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * A page left open past the session's end, then used: instead of an exception page, the person is
 * sent back to the page (or to login, if the session is gone) with a message saying what happened.
 * Works for ajax requests too, which the servlet error pages do not reach.
 */
public class ExpiredViewHandler extends ExceptionHandlerWrapper {

  static final String MESSAGE =
      "That page had expired, so nothing was changed. It has been reloaded: please try again.";

  ExpiredViewHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      if (thrown instanceof ViewExpiredException expired) {
        events.remove();
        reload(expired.getViewId());
        break;
      }
    }
    getWrapped().handle();
  }

  private static void reload(String viewId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      Messages.infoAfterRedirect(MESSAGE);
      String target = viewId == null ? "/dashboard.xhtml" : viewId;
      external.redirect(external.getRequestContextPath() + target);
      faces.responseComplete();
    } catch (IOException e) {
      throw new FacesException("Could not reload the expired page " + viewId, e);
    }
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }
  }
}
