package org.factdesk.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.factdesk.review.DetectorQuality;

/** The detector quality page: which detectors editors agree with. */
@Named
@ViewScoped
public class QualityView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private DetectorQuality quality;

  private DetectorQuality.Report report;

  public void load() {
    report = quality.report();
  }

  public DetectorQuality.Report getReport() {
    return report;
  }

  /** "87.5%", or a dash before anything was decided. */
  public String percent(Double share) {
    return share == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
  }
}
