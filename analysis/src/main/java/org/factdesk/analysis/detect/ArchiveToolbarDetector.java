package org.factdesk.analysis.detect;

import java.util.Set;
import java.util.regex.Pattern;
import org.factdesk.analysis.FlagType;

/**
 * Flags the Internet Archive's capture toolbar at the top of a page saved from the Wayback Machine
 * and read as plain text: the calendar of captures ("Aug", "SEP", "Feb", "25", "2004", "2005"…),
 * "61 captures", the dates of the first and last capture ("28 Apr 2013 - 26 Feb 2017"), "About this
 * capture", "COLLECTED BY" and the collections' entries ("Organization: …", "Collection: …", each
 * with a few lines that describe it). Fact-checkers read archived copies every day; left in, the
 * collections' prose reads as the article's first paragraphs (decision 0078).
 *
 * <p>The toolbar is recognised only by its two anchors together, the captures line and the dates
 * line right under it, within the first {@value #SEARCH} lines; a news text that counts captures in
 * its own words is no such line pair.
 */
public final class ArchiveToolbarDetector implements Detector {
  public static final String ID = "archive-toolbar";

  /** The toolbar stands at the top: its anchors are looked for in this many first lines. */
  static final int SEARCH = 40;

  /** Lines of description an entry ("Collection: …") may have at the most. */
  static final int DESCRIPTION = 4;

  private static final Pattern CAPTURES = Pattern.compile("\\d[\\d,.]* captures?");
  private static final Pattern DATES =
      Pattern.compile("\\d{1,2} [A-Z][a-z]{2} \\d{4}(?: - \\d{1,2} [A-Z][a-z]{2} \\d{4})?");
  private static final Pattern CALENDAR =
      Pattern.compile(
          "(?i)jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\\d{1,4}|go|success|fail");
  private static final Set<String> HEADINGS =
      Set.of("About this capture", "COLLECTED BY", "TIMESTAMPS");

  /**
   * An entry of the collections: "Organization: Internet Archive", "Archive-It Partner Since: …".
   */
  private static final Pattern ENTRY = Pattern.compile("[A-Z][A-Za-z-]*(?: [A-Za-z-]+){0,3}:.*");

  private static final String REASON = "the Internet Archive's capture toolbar (Wayback Machine)";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void detect(DetectionContext context, FlagSink sink) {
    int n = context.size();
    for (int i = 0; i + 1 < Math.min(n, SEARCH); i++) {
      if (CAPTURES.matcher(context.text(i).strip()).matches()
          && DATES.matcher(context.text(i + 1).strip()).matches()) {
        int start = i;
        while (start > 0 && CALENDAR.matcher(context.text(start - 1).strip()).matches()) {
          start--;
        }
        int end = collections(context, i + 2);
        for (int k = start; k < end; k++) {
          sink.add(k, FlagType.SITE_CHROME, 0.95, ID, REASON);
        }
        return;
      }
    }
  }

  /** The end (exclusive) of the toolbar's part about the capture and its collections. */
  private static int collections(DetectionContext context, int from) {
    int end = from;
    int description = DESCRIPTION; // no entry yet: no description either
    for (int k = from; k < context.size(); k++) {
      String text = context.text(k).strip();
      if (HEADINGS.contains(text) || ENTRY.matcher(text).matches()) {
        description = 0;
      } else if (description < DESCRIPTION
          && (context.features(k).words() >= 6 || text.endsWith(":"))) {
        description++;
      } else {
        break;
      }
      end = k + 1;
    }
    return end;
  }
}
