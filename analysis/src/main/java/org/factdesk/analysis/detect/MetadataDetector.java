package org.factdesk.analysis.detect;

import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.meta.TextHeader;

/**
 * Flags the header lines the metadata reader recognised (outlet line, tagline, datelines, bylines)
 * as {@link FlagType#METADATA}: their content is kept as metadata, not as body text.
 */
public final class MetadataDetector implements Detector {
  public static final String ID = "metadata";

  /** Reasons of the flags given by place alone: the short lines above the title. */
  static final String OUTLET_REASON = "outlet name line above the title";

  static final String TAGLINE_REASON = "outlet tagline above the title";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void detect(DetectionContext context, FlagSink sink) {
    TextHeader h = context.header();
    if (h.outletIndex() >= 0) {
      sink.add(h.outletIndex(), FlagType.METADATA, 0.8, ID, OUTLET_REASON);
    }
    if (h.taglineIndex() >= 0) {
      sink.add(h.taglineIndex(), FlagType.METADATA, 0.75, ID, TAGLINE_REASON);
    }
    for (int i : h.datelineIndexes()) {
      sink.add(i, FlagType.METADATA, 0.9, ID, "dateline: the line is only a date");
    }
    for (int i : h.bylineIndexes()) {
      sink.add(i, FlagType.METADATA, 0.85, ID, "byline naming the author");
    }
  }
}
