package org.factdesk.analysis.detect;

import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.meta.DateParser;
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

  static final String DATELINE_REASON = "dateline: the line is only a date";

  static final String BYLINE_REASON = "byline naming the author";

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
      sink.add(i, FlagType.METADATA, 0.9, ID, DATELINE_REASON);
    }
    for (int i : h.bylineIndexes()) {
      sink.add(i, FlagType.METADATA, 0.85, ID, BYLINE_REASON);
    }
    flagDatesOverSeveralLines(context, sink);
  }

  /** Reason of a flag on a piece of a date written one part to a line. */
  static final String SPLIT_DATE_REASON = "part of a date written over several lines";

  /**
   * A date laid out one part to a line ("23", "Jul", "2012": a post's date badge, a dateline
   * widget) is a dateline, wherever it stands: consecutive lines that are each a day, a month's
   * name or a year, at least one a month and one a number. The header reader only knows whole-line
   * dates above the text; such pieces otherwise look like stray page furniture to the later
   * detectors (issue 16: 108 of the dev split's article lines flagged as site chrome were these;
   * decision 0050).
   */
  private static void flagDatesOverSeveralLines(DetectionContext context, FlagSink sink) {
    int n = context.size();
    int i = 0;
    while (i < n) {
      if (!isDatePart(context, i)) {
        i++;
        continue;
      }
      int end = i;
      boolean month = false;
      boolean number = false;
      while (end < n && isDatePart(context, end)) {
        boolean m = DateParser.isMonthName(context.text(end));
        month |= m;
        number |= !m;
        end++;
      }
      if (end - i >= 2 && month && number) {
        for (int k = i; k < end; k++) {
          if (!sink.has(k, FlagType.METADATA)) {
            sink.add(k, FlagType.METADATA, 0.8, ID, SPLIT_DATE_REASON);
          }
        }
      }
      i = end;
    }
  }

  private static boolean isDatePart(DetectionContext context, int i) {
    return i != context.titleIndex() && DateParser.isDatePart(context.text(i));
  }
}
