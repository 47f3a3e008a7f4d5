package org.factdesk.analysis.detect;

import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.meta.SiteName;

/**
 * A line that is only the site's own name, as the importer knows it from the article's address or
 * outlet ({@link SiteName}), is an outlet line: {@link FlagType#METADATA} by the type's definition,
 * wherever it stands (decision 0057). Above the title, in a menu or in the footer, "WSJ" on
 * online.wsj.com names the outlet; the other detectors see only a short line among furniture and
 * call it furniture. Runs after them and takes their types back on that line; when nothing is known
 * of the site it does nothing.
 */
public final class SiteNameDetector implements Detector {
  public static final String ID = "site-name";

  /** Above a generic detector's guess, below the typed detectors' sure flags. */
  static final double CONFIDENCE = 0.9;

  /** A site's name is a few words at most; longer lines are not compared. */
  static final int MAX_WORDS = 6;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void detect(DetectionContext context, FlagSink sink) {
    SiteName site = context.siteName();
    if (!site.known()) {
      return;
    }
    for (int i = 0; i < context.size(); i++) {
      if (!namesSite(context, i)) {
        continue;
      }
      sink.withdrawDetectorsFlagging(i, type -> type != FlagType.METADATA);
      sink.add(i, FlagType.METADATA, CONFIDENCE, ID, reason(site));
    }
  }

  /** Whether line {@code i} is only the site's own name: a few words that match it. */
  static boolean namesSite(DetectionContext context, int i) {
    return context.features(i).words() <= MAX_WORDS && context.siteName().matches(context.text(i));
  }

  private static String reason(SiteName site) {
    return site.host() == null
        ? "the outlet's own name"
        : "the site's own name (" + site.host() + ")";
  }
}
