package org.factdesk.web;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import org.factdesk.identity.SecurityEvent;
import org.factdesk.identity.SecurityLog;

/**
 * A page's action that calls a service the user's role may not use (a crafted post, or a button
 * shown to more roles than its service allows): the 403 page and a denied-access event in the
 * security log, as for a page or call the roles do not allow, instead of the 500 page.
 *
 * <p>A full post gets the container's 403, whose error page records the event ({@link
 * org.factdesk.audit.DeniedAccessFilter}); an ajax post cannot show an error page, so it is
 * recorded here and sent to the 403 page.
 */
public class DeniedActionHandler extends ExceptionHandlerWrapper {

  static final String FORBIDDEN_PAGE = "/error/403.xhtml";

  DeniedActionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      if (refused(thrown) && !faces.getExternalContext().isResponseCommitted()) {
        events.remove();
        deny(faces);
        break;
      }
    }
    getWrapped().handle();
  }

  /** Payara refuses a no-interface EJB with AccessLocalException, others with the other. */
  static boolean refused(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof EJBAccessException || t instanceof AccessLocalException) {
        return true;
      }
    }
    return false;
  }

  private static void deny(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    try {
      if (faces.getPartialViewContext().isAjaxRequest()) {
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        CDI.current()
            .select(SecurityLog.class)
            .get()
            .record(
                SecurityEvent.Kind.ACCESS_DENIED,
                request.getRemoteUser(),
                SecurityEvent.Channel.PAGE,
                request.getRequestURI().substring(request.getContextPath().length()),
                "403: the user's roles do not allow this action",
                request.getRemoteAddr());
        external.redirect(external.getRequestContextPath() + FORBIDDEN_PAGE);
      } else {
        external.responseSendError(403, "Your role does not allow this action.");
      }
      faces.responseComplete();
    } catch (IOException e) {
      throw new FacesException("Could not answer a refused action with 403", e);
    }
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new DeniedActionHandler(getWrapped().getExceptionHandler());
    }
  }
}
