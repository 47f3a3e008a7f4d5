package org.factdesk.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.factdesk.identity.SecondFactors;
import org.factdesk.platform.Setting;
import org.factdesk.workflow.WorkflowService;

/**
 * Settings an admin changes while Factdesk runs: the four-eyes rule of approval, and whether admins
 * must sign in with a second factor.
 */
@Named
@ViewScoped
public class SettingsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private WorkflowService workflow;
  @Inject private SecondFactors secondFactors;

  private boolean fourEyes;
  private boolean adminSecondFactor;
  private String changed;

  @PostConstruct
  void read() {
    fourEyes = workflow.isFourEyes();
    Setting setting = workflow.fourEyesSetting();
    changed =
        setting == null
            ? ""
            : "Last changed by "
                + setting.getModifiedBy()
                + ", "
                + Pages.minute(setting.getModifiedAt());
    adminSecondFactor = secondFactors.isRequiredForAdmins();
  }

  public void saveSecondFactor() {
    if (adminSecondFactor && !secondFactors.canEnrol()) {
      adminSecondFactor = false;
      Messages.error(secondFactors.whyNoEnrolment());
      return;
    }
    secondFactors.requireForAdmins(adminSecondFactor);
    read();
    Messages.info(
        adminSecondFactor
            ? "Admins now sign in with a second factor; one without it sets it up at the next"
                + " sign-in."
            : "A second factor is now optional for admins.");
  }

  public boolean isAdminSecondFactor() {
    return adminSecondFactor;
  }

  public void setAdminSecondFactor(boolean adminSecondFactor) {
    this.adminSecondFactor = adminSecondFactor;
  }

  public void save() {
    workflow.setFourEyes(fourEyes);
    read();
    Messages.info(
        "Four-eyes rule "
            + (fourEyes
                ? "on: the editor who finished a review cannot approve the article."
                : "off: editors may approve articles they reviewed themselves."));
  }

  public String getChanged() {
    return changed;
  }

  public boolean isFourEyes() {
    return fourEyes;
  }

  public void setFourEyes(boolean fourEyes) {
    this.fourEyes = fourEyes;
  }
}
