package org.factdesk.analysis.detect;

import java.util.regex.Pattern;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.meta.TitleKey;

/**
 * Flags later lines that repeat the title, ignoring case, quote style and punctuation, also when a
 * short suffix such as " - Professional coverage" or "| Outlet" was appended.
 */
public final class DuplicateTitleDetector implements Detector {
  public static final String ID = "duplicate-title";
  private static final int MAX_SUFFIX_WORDS = 6;
  private static final Pattern SEPARATOR = Pattern.compile("\\s[-|\u2013\u2014\u00b7:]\\s|:\\s");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void detect(DetectionContext context, FlagSink sink) {
    String title = context.title();
    if (title == null || title.isBlank()) {
      return;
    }
    String key = TitleKey.of(title);
    if (key.split(" ").length < 3) {
      return; // a two-word title repeats by chance in ordinary text
    }
    int titleIndex = context.titleIndex();
    boolean seenTitle = titleIndex >= 0;
    for (int i = 0; i < context.size(); i++) {
      if (i == titleIndex) {
        continue;
      }
      if (!TitleKey.couldMatch(context.text(i), key)) {
        continue;
      }
      String other = TitleKey.of(context.text(i));
      if (other.equals(key)) {
        if (!seenTitle) {
          seenTitle = true; // the first copy is the title itself when no title line was found
          continue;
        }
        sink.add(i, FlagType.DUPLICATE_TITLE, 0.95, ID, "repeats the title");
      } else if (other.startsWith(key + " ")) {
        String suffix = other.substring(key.length() + 1);
        // a sentence that merely opens with the title's words is prose, unless a separator
        // (" - ", " | ", ": ") marks what follows as an appended label
        boolean labelled =
            !context.features(i).endsSentence() || SEPARATOR.matcher(context.text(i)).find();
        if (labelled && suffix.split(" ").length <= MAX_SUFFIX_WORDS) {
          sink.add(
              i,
              FlagType.DUPLICATE_TITLE,
              0.9,
              ID,
              "repeats the title with the suffix '" + suffix + "'");
        }
      }
    }
  }
}
