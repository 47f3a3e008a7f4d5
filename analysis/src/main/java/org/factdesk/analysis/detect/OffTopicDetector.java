package org.factdesk.analysis.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.factdesk.analysis.BlockKind;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.TextBlock;

/**
 * Flags padding far from the article's topic. The article is cut into sections at subheadings
 * (short unflagged lines followed by paragraphs); each section's term vector is compared by cosine
 * with the centroid of the rest of the article. A section whose header announces wider context
 * ("Broader Technology Industry Context", "In Other News") needs only a moderately low similarity;
 * any other section needs a very low one and enough article around it to judge by. Single
 * paragraphs outside sections are not judged: too little text to be sure.
 */
public final class OffTopicDetector implements Detector {
  public static final String ID = "offtopic";

  static final double CUED_MAX_SIMILARITY = 0.45;
  static final double UNCUED_MAX_SIMILARITY = 0.06;

  private static final Pattern BROADER_HEADER =
      Pattern.compile(
          "\\b(?:broader|wider|bigger|larger|other|global|industry|sector|market)\\b.{0,40}"
              + "\\b(?:context|developments?|landscape|picture|trends?|news|outlook|roundup)\\b|^(?:in"
              + " other news|elsewhere|meanwhile|also in the news|around the"
              + " (?:industry|world))\\b",
          Pattern.CASE_INSENSITIVE);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void detect(DetectionContext context, FlagSink sink) {
    ArticleCentroid centroid = new ArticleCentroid(context, sink);
    if (centroid.paragraphs() < 3) {
      return;
    }
    for (int[] section : sections(context, sink)) {
      int header = section[0];
      int end = section[1];
      TermVector vector = new TermVector();
      int paragraphs = 0;
      for (int i = header + 1; i < end; i++) {
        vector.add(centroid.vector(i), 1);
        paragraphs++;
      }
      double sim = centroid.similarityWithout(vector, true);
      String headerText = context.text(header);
      boolean cued = BROADER_HEADER.matcher(headerText).find();
      int rest = centroid.paragraphs() - paragraphs;
      boolean offTopic =
          (cued && sim < CUED_MAX_SIMILARITY && rest >= 2)
              || (sim < UNCUED_MAX_SIMILARITY && paragraphs >= 2 && rest >= 4);
      if (!offTopic) {
        continue;
      }
      double confidence = cued ? Math.min(0.9, 0.95 - sim) : 0.6;
      String reason =
          String.format(
              Locale.ROOT,
              "section '%s' (%d paragraph%s) shares little vocabulary with the "
                  + "rest of the article: similarity %.2f%s",
              headerText,
              paragraphs,
              paragraphs == 1 ? "" : "s",
              sim,
              cued ? "; its header announces broader context" : "");
      for (int i = header; i < end; i++) {
        sink.add(i, FlagType.OFF_TOPIC, confidence, ID, reason);
      }
    }
  }

  /**
   * [header, end) of each subheading with the unflagged paragraphs that follow it. On a page from
   * markup (HTML: its blocks carry their elements' kinds), only a heading element starts a section:
   * a short line there that the markup did not make a heading is a lead-in or an entry of the text
   * ("Other nominees: …", a sponsor's name above its blurb), and the article's own words follow it
   * (decision 0056).
   */
  private static List<int[]> sections(DetectionContext context, FlagSink sink) {
    List<int[]> out = new ArrayList<>();
    int n = context.size();
    boolean marked = fromMarkup(context);
    for (int i = context.titleIndex() + 1; i < n; i++) {
      BlockFeatures f = context.features(i);
      if (sink.isFlagged(i)
          || f.paragraph()
          || !f.headline()
          || marked && context.blocks().get(i).kind() != BlockKind.HEADING) {
        continue;
      }
      int end = i + 1;
      while (end < n && !sink.isFlagged(end) && context.features(end).paragraph()) {
        end++;
      }
      if (end > i + 1) {
        out.add(new int[] {i, end});
      }
    }
    return out;
  }

  /** True when the blocks come from markup: plain text gives lines only. */
  private static boolean fromMarkup(DetectionContext context) {
    for (TextBlock b : context.blocks()) {
      if (b.kind() != BlockKind.LINE) {
        return true;
      }
    }
    return false;
  }
}
