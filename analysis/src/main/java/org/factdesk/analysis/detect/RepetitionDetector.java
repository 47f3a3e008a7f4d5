package org.factdesk.analysis.detect;

import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.OutletFingerprints;

/**
 * Flags lines that recur across articles of the same outlet (CCNet / datatrove style line
 * deduplication): a block whose {@link LineFingerprint} appears in the caller's outlet fingerprints
 * at least {@code minArticles} times is that outlet's boilerplate.
 */
public final class RepetitionDetector implements Detector {
  public static final String ID = "repetition";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void detect(DetectionContext context, FlagSink sink) {
    OutletFingerprints known = context.fingerprints();
    if (known.articleCounts().isEmpty()) {
      return;
    }
    for (int i = 0; i < context.size(); i++) {
      if (i == context.titleIndex()) {
        continue;
      }
      int count = known.count(LineFingerprint.of(context.text(i)));
      if (count >= known.minArticles()) {
        String outlet = known.outlet().isBlank() ? "this outlet" : known.outlet();
        sink.add(
            i,
            FlagType.SITE_CHROME,
            Math.min(0.95, 0.6 + 0.05 * count),
            ID,
            "appears in " + count + " earlier article" + (count == 1 ? "" : "s") + " of " + outlet);
      }
    }
  }
}
