package org.factdesk.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.factdesk.dataset.PublishSteps;

/**
 * Test-only: an action shown to every role that calls an admin-only service (removing a dataset
 * version that does not exist, so it changes nothing even when allowed), as a crafted post of an
 * admin action would.
 */
@Named
@RequestScoped
public class DeniedProbeView {

  /**
   * The page that shows the action, under a name of its own each run, so the security log's lines
   * for it are this run's. It is in the test deployment only.
   */
  public static final String PAGE =
      "probe/denied-" + java.util.UUID.randomUUID().toString().substring(0, 8) + ".xhtml";

  public static final String PAGE_MARKUP =
      "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:h=\"jakarta.faces.html\""
          + " xmlns:p=\"primefaces\"><h:head><title>Probe</title></h:head><h:body>"
          + "<h:form id=\"probe\">"
          + "<h:commandButton id=\"plain\" value=\"Plain\""
          + " action=\"#{deniedProbeView.act}\"/>"
          + "<p:commandButton id=\"ajax\" value=\"Ajax\" action=\"#{deniedProbeView.act}\""
          + " update=\"done\"/>"
          + "<h:outputText id=\"done\" value=\"#{deniedProbeView.done}\"/>"
          + "</h:form></h:body></html>";

  @EJB private PublishSteps steps;

  private String done;

  public void act() {
    steps.discard(-1);
    done = "allowed";
  }

  public String getDone() {
    return done;
  }
}
