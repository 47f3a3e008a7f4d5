package org.factdesk.analysis.detect;

import java.util.Set;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.meta.DateParser;
import org.factdesk.analysis.meta.TextHeaderReader;

/**
 * A line another detector flagged as page furniture, a related link or a legal notice that is
 * nothing but a date ("21 Feb 2012", "01/31/13", "Updated July 24, 2012, 9:16 a.m. ET") or a byline
 * ("By THOMAS J. FITZGERALD", "Posted by Michael Shedlock at 3:49 PM") is a dateline or a byline:
 * {@link FlagType#METADATA} by the type's definition, wherever it stands (decision 0061). The
 * metadata reader finds them in the article's head; a date or a byline under a teaser, in a sidebar
 * or after the text is seen by the shape detectors as one more short line of a run. That the line
 * is not article text stays the other detector's call (its confidence is kept); only the type
 * changes. Runs after the learned types, on both paths.
 */
public final class StrayMetadataDetector implements Detector {
  public static final String ID = "stray-metadata";

  private static final Set<FlagType> RETYPED =
      Set.of(FlagType.SITE_CHROME, FlagType.RELATED_LINKS, FlagType.LEGAL_NOTICE);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void detect(DetectionContext context, FlagSink sink) {
    for (int i = 0; i < context.size(); i++) {
      if (!sink.isFlagged(i)) {
        continue;
      }
      DetectorFlag top = sink.flagsOf(i).get(0);
      String text = context.text(i).strip();
      if (!RETYPED.contains(top.type())) {
        continue;
      }
      String what;
      if (DateParser.isDateline(text)) {
        what = "dateline: the line is only a date; ";
      } else if (TextHeaderReader.byline(text) != null) {
        what = "byline: the line names its author; ";
      } else {
        continue;
      }
      sink.withdrawDetectorsFlagging(i, type -> type != FlagType.METADATA);
      sink.add(
          i,
          FlagType.METADATA,
          top.confidence(),
          ID,
          what + top.detector() + " saw " + label(top.type()));
    }
  }

  private static String label(FlagType type) {
    return switch (type) {
      case SITE_CHROME -> "page furniture";
      case RELATED_LINKS -> "a related link";
      default -> "a legal notice";
    };
  }
}
