package org.factdesk.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.factdesk.dataset.Snapshots;

/**
 * Test-only: an action shown to every role that calls an admin-only service (removing a dataset
 * version that does not exist, so it changes nothing even when allowed), as a crafted post of an
 * admin action would.
 */
@Named
@RequestScoped
public class DeniedProbeView {

  @EJB private Snapshots snapshots;

  private String done;

  public void act() {
    snapshots.discard(-1);
    done = "allowed";
  }

  public String getDone() {
    return done;
  }
}
