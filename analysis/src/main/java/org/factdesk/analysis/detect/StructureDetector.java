package org.factdesk.analysis.detect;

import java.util.regex.Pattern;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;

/**
 * Finds related-link lists by the shape of the text, in the spirit of jusText: each line is judged
 * with its neighbours, never alone.
 *
 * <ul>
 *   <li>A section header ("Related Articles", "Read These Next", "More like this", …) opens a
 *       section; the headline-like lines, "…" teaser blurbs and page furniture after it belong to
 *       it. At the end of the text a full sentence right after a teaser headline is its summary; in
 *       the middle of the text the section stops at the first sentence, so an article that resumes
 *       after an embedded "Related" box keeps its paragraphs.
 *   <li>Without a header, a run of at least {@value #MIN_RUN} title-case headline lines after the
 *       article has started is a link list too. One long line between headline lines is carried by
 *       its neighbours.
 *   <li>A single short line between two paragraphs is left alone: it is a subheading.
 *   <li>Lines that cannot be prose whatever the words: no letters at all ("×", "0:00"), or a one-
 *       or two-word label ending in a colon with no value after it ("Date:", "Share post:"). These
 *       do not depend on the rule file, so they survive an admin's rule edits.
 * </ul>
 */
public final class StructureDetector implements Detector {
  public static final String ID = "structure";
  static final int MIN_RUN = 4;

  /** How the reason of a flag from a headline run starts (a guess from shape alone). */
  static final String RUN_REASON = "run of ";

  /** How the reason of a section header's own flag starts. */
  static final String HEADER_REASON = "section header followed by ";

  private static final Pattern SECTION_HEADER =
      Pattern.compile(
          "^(?:related(?: articles| stories| posts| news| content| coverage| reading)?|read"
              + " (?:these|this) next|read next|read more(?: stories)?|more like this|more"
              + " (?:stories|news|articles|from [\\p{L} ]{1,30})|you (?:may|might) (?:also"
              + " )?like|recommended(?: for you| reading| stories)?|popular(?: now| posts|"
              + " stories)?|most (?:popular|read|viewed|shared)|trending(?: now| stories)?|see"
              + " also|also read|further reading|don'?t miss|editor'?s picks|top stories|latest"
              + " (?:news|stories|posts|articles)|in case you missed it)\\s*:?$",
          Pattern.CASE_INSENSITIVE);

  private enum Item {
    HEADER,
    HEADLINE,
    BLURB
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void detect(DetectionContext context, FlagSink sink) {
    flagWordlessLinesAndEmptyLabels(context, sink);
    int n = context.size();
    int firstParagraph = firstParagraph(context);
    // articleAfter[j]: an unflagged paragraph exists at or after j. Sections flagged below lie
    // before the positions later asked about, so one pass up front stays valid and keeps this O(n).
    boolean[] articleAfter = new boolean[n + 1];
    for (int j = n - 1; j >= 0; j--) {
      articleAfter[j] =
          articleAfter[j + 1] || (!sink.isFlagged(j) && context.features(j).paragraph());
    }
    int i = 0;
    while (i < n) {
      if (i > context.titleIndex() && isSectionHeader(context, i)) {
        i = flagSection(context, sink, i, articleAfter);
      } else {
        i++;
      }
    }
    flagHeadlineRuns(context, sink, Math.max(firstParagraph, context.titleIndex() + 1));
  }

  /** Start of the reason of a flag on a label with nothing after it ("Skip to:", "Feeds:"). */
  static final String EMPTY_LABEL_REASON = "a label with no value after it: '";

  /** Whether a flag is this detector's on a label with nothing after it. */
  static boolean emptyLabel(DetectorFlag f) {
    return f.detector().equals(ID) && f.reason().startsWith(EMPTY_LABEL_REASON);
  }

  private void flagWordlessLinesAndEmptyLabels(DetectionContext context, FlagSink sink) {
    for (int i = 0; i < context.size(); i++) {
      String text = context.text(i);
      if (text.length() > 40 || i == context.titleIndex()) {
        continue;
      }
      BlockFeatures f = context.features(i);
      if (!hasLetter(text)) {
        boolean numberOnly = hasDigit(text) && !text.contains(":");
        if (!numberOnly) { // a lone figure may be a data point; "×" or "0:00" is a control
          sink.add(i, FlagType.SITE_CHROME, 0.8, ID, "a line without words: '" + text + "'");
        }
      } else if (text.endsWith(":")
          && f.words() <= 2
          && !nextIsListItem(context, i)
          && !leadsIntoProse(context, sink, i)
          && !labelInsideTheText(context, sink, i)) {
        sink.add(i, FlagType.SITE_CHROME, 0.7, ID, EMPTY_LABEL_REASON + text + "'");
      }
    }
  }

  /**
   * Whether a label is followed by a paragraph no detector flagged: the article's own lead-in
   * ("Directions:", "Here's why:", "Sources:"), not an empty field of a form (decision 0048).
   */
  private static boolean leadsIntoProse(DetectionContext context, FlagSink sink, int i) {
    return i + 1 < context.size() && !sink.isFlagged(i + 1) && context.features(i + 1).paragraph();
  }

  /**
   * Whether a label stands inside the article's text with a line after it that nothing flagged:
   * "Ingredients:", "Directions:", "For time:", "Rove's objections:" between the article's
   * paragraphs head what follows (a recipe's list, a workout, a quotation). A label that heads
   * nothing (a form's "Your email:", a "Sponsored Links:" box) stands at the edges of the text or
   * before lines flagged already. Issue 16, session 13, dev pages: 25 article lines no longer
   * flagged, no insert missed (decision 0054).
   */
  static boolean labelInsideTheText(DetectionContext context, FlagSink sink, int i) {
    if (i + 1 >= context.size() || sink.isFlagged(i + 1) || shortLabel(context, i + 1)) {
      return false; // a label heads content, not another label ("Share post:" / "Prices:")
    }
    boolean before = false;
    for (int j = i - 1; j >= 0 && !before; j--) {
      before = prose(context, sink, j);
    }
    if (!before) {
      return false;
    }
    for (int j = i + 1; j < context.size(); j++) {
      if (prose(context, sink, j)) {
        return true;
      }
    }
    return false;
  }

  private static boolean shortLabel(DetectionContext context, int j) {
    return context.text(j).strip().endsWith(":") && context.features(j).words() <= 2;
  }

  /** An unflagged paragraph of the main prose ({@value #PROSE_WORDS} words or more). */
  private static boolean prose(DetectionContext context, FlagSink sink, int j) {
    return j != context.titleIndex()
        && !sink.isFlagged(j)
        && context.features(j).paragraph()
        && context.features(j).words() >= PROSE_WORDS;
  }

  private static boolean nextIsListItem(DetectionContext context, int i) {
    return i + 1 < context.size() && context.features(i + 1).bullet();
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean isSectionHeader(DetectionContext context, int i) {
    return context.features(i).words() <= 6 && SECTION_HEADER.matcher(context.text(i)).matches();
  }

  /** Flags the section opened at {@code header}; returns the first index after it. */
  private int flagSection(
      DetectionContext context, FlagSink sink, int header, boolean[] articleAfter) {
    int end = sectionEnd(context, sink, header, true);
    if (end < context.size() && articleAfter[end]) {
      end = sectionEnd(context, sink, header, false);
    }
    int headlines = 0;
    for (int j = header + 1; j < end; j++) {
      if (!isFurniture(context, sink, j) && !isSectionHeader(context, j)) {
        headlines++;
      }
    }
    if (headlines == 0 && end < context.size()) {
      return header + 1; // a header with nothing under it in mid-text: leave it to the rules
    }
    String name = context.text(header);
    for (int j = header; j < end; j++) {
      if (isFurniture(context, sink, j)) {
        continue;
      }
      String reason =
          j == header
              ? HEADER_REASON + headlines + " teaser line" + (headlines == 1 ? "" : "s")
              : "one of " + headlines + " teaser lines (headlines and blurbs) after '" + name + "'";
      sink.add(j, FlagType.RELATED_LINKS, j == header ? 0.9 : 0.85, ID, reason);
    }
    return end;
  }

  private int sectionEnd(DetectionContext context, FlagSink sink, int header, boolean tail) {
    Item last = Item.HEADER;
    int j = header + 1;
    for (; j < context.size(); j++) {
      BlockFeatures f = context.features(j);
      if (isSectionHeader(context, j) || isFurniture(context, sink, j)) {
        last = Item.HEADER;
      } else if (f.endsEllipsis() && f.words() <= 60) {
        last = Item.BLURB;
      } else if (f.headline() && !f.bullet()) {
        last = Item.HEADLINE;
      } else if (tail && last == Item.HEADLINE && f.words() <= 80) {
        last = Item.BLURB;
      } else {
        break;
      }
    }
    return j;
  }

  /** Page furniture other detectors already recognised: part of a section but not an item. */
  private static boolean isFurniture(DetectionContext context, FlagSink sink, int j) {
    return sink.has(j, FlagType.SITE_CHROME) || sink.has(j, FlagType.PROMOTIONAL);
  }

  private void flagHeadlineRuns(DetectionContext context, FlagSink sink, int from) {
    int n = context.size();
    int j = from;
    while (j < n) {
      if (!isRunHeadline(context, sink, j)) {
        j++;
        continue;
      }
      int start = j;
      int headlines = 0;
      int k = j;
      while (k < n) {
        if (isRunHeadline(context, sink, k)) {
          headlines++;
          k++;
        } else if (k + 1 < n
            && isRunHeadline(context, sink, k + 1)
            && k - 1 >= start
            && !sink.isFlagged(k)
            && context.features(k).words() <= 80) {
          k++; // one odd line between headlines belongs to the run
        } else {
          break;
        }
      }
      if (headlines >= MIN_RUN && announcedList(context, sink, start)) {
        // the article says a list follows: it is the article's, and the generic detectors that
        // run later leave it (decision 0048)
        for (int m = start; m < k; m++) {
          sink.holdAsArticleList(m);
        }
      } else if (headlines >= MIN_RUN && !isArticleList(context, sink, start, k)) {
        for (int m = start; m < k; m++) {
          sink.add(
              m,
              FlagType.RELATED_LINKS,
              Math.min(0.9, 0.6 + 0.03 * headlines),
              ID,
              RUN_REASON + headlines + " short headline-like lines");
        }
      }
      j = k;
    }
  }

  /**
   * Whether the run {@code [start, end)} is a list that belongs to the article (a deals roundup,
   * steps, names, a recipe's ingredients, race splits) rather than links to other stories
   * (decisions 0024, 0048).
   *
   * <ul>
   *   <li>A list the article announces is the article's: the line before it is an unflagged
   *       sentence on the article's topic ending with a colon ("Below is the list of players
   *       invited to the combine:"), wherever the list stands ("You may also like:" is off the
   *       topic).
   *   <li>At the edge of the text (no paragraph on the article's topic before it, or none after it)
   *       is where link lists live: anything else is one.
   *   <li>Between paragraphs of the article a list needs evidence of links to be one: lines that
   *       look like links (teaser ellipses, bars, time stamps of other stories) in a quarter of it,
   *       or headlines of other stories: most lines shaped like a headline (title case, four words
   *       or more, not a figure first) and off the article's topic. On the dev pages of issue 16
   *       the runs between paragraphs were recipes, race splits, box scores, tables of contents and
   *       lists of names, nearly never inserts (decision 0048).
   * </ul>
   */
  static boolean isArticleList(DetectionContext context, FlagSink sink, int start, int end) {
    if (announcedList(context, sink, start)) {
      return true;
    }
    ArticleCentroid centroid = new ArticleCentroid(context, sink);
    boolean before = false;
    for (int i = Math.max(0, context.titleIndex() + 1); i < start && !before; i++) {
      before = articleParagraph(context, sink, centroid, i);
    }
    boolean after = false;
    for (int i = end; i < context.size() && !after; i++) {
      after = articleParagraph(context, sink, centroid, i);
    }
    if (!before || !after) {
      return false; // a list at the edge of the text is where link lists live
    }
    int onTopic = 0;
    int linkLike = 0;
    int headlineShaped = 0;
    int lines = end - start;
    for (int i = start; i < end; i++) {
      if (centroid.similarityWithout(context.termVector(i), false) >= ON_TOPIC) {
        onTopic++;
      }
      if (LINK_LIKE.matcher(context.text(i)).find() || context.features(i).endsEllipsis()) {
        linkLike++;
      }
      if (headlineShaped(context, i)) {
        headlineShaped++;
      }
    }
    if (linkLike * 4 >= lines) {
      return false;
    }
    boolean otherStories = onTopic * 2 < lines && headlineShaped * 4 >= lines * 3;
    return !otherStories;
  }

  /**
   * An unflagged paragraph on the article's topic: the main prose, not a footer's sentence ("The
   * BBC is not responsible for the content of external sites.") that no detector has flagged yet.
   */
  private static boolean articleParagraph(
      DetectionContext context, FlagSink sink, ArticleCentroid centroid, int i) {
    return !sink.isFlagged(i)
        && context.features(i).words() >= PROSE_WORDS
        && context.features(i).paragraph()
        && centroid.similarityWithout(context.termVector(i), true) >= ON_TOPIC;
  }

  /** Words of a paragraph of the main prose around a list (a footer's sentence is shorter). */
  static final int PROSE_WORDS = 20;

  private static boolean onTopic(DetectionContext context, ArticleCentroid centroid, int i) {
    return centroid.similarityWithout(
            context.termVector(i), context.features(i).paragraph() && centroid.paragraphs() > 0)
        >= ON_TOPIC;
  }

  /**
   * Whether the line before {@code start} announces a list: an unflagged sentence on the article's
   * topic of at least {@value #MIN_ANNOUNCING_WORDS} words that ends with a colon, not a section
   * header ("Below is the list of players invited to the combine:").
   */
  static boolean announcedList(DetectionContext context, FlagSink sink, int start) {
    int i = start - 1;
    if (i < 0 || i <= context.titleIndex() || sink.isFlagged(i)) {
      return false;
    }
    String text = context.text(i).strip();
    return text.endsWith(":")
        && context.features(i).words() >= MIN_ANNOUNCING_WORDS
        && !isSectionHeader(context, i)
        && onTopic(context, new ArticleCentroid(context, sink), i);
  }

  /** Words of a line that announces a list ("Here are the players invited:"). */
  static final int MIN_ANNOUNCING_WORDS = 5;

  /** A headline of another story: title case, four words or more, not a figure first. */
  private static boolean headlineShaped(DetectionContext context, int i) {
    BlockFeatures f = context.features(i);
    String text = context.text(i);
    return f.headline()
        && f.words() >= 4
        && f.titleCase() >= 0.6
        && !text.isEmpty()
        && !Character.isDigit(text.charAt(0));
  }

  /** Cosine of a list line with the article's paragraphs from which it continues their topic. */
  static final double ON_TOPIC = 0.08;

  /** Marks of a link to another page: a bar or arrow, a time stamp, a media or count label. */
  private static final Pattern LINK_LIKE =
      Pattern.compile(
          "[|»›]|\\b\\d{1,2}:\\d{2}\\b|\\((?:video|photos?|gallery|\\d+)\\)|\\b\\d+ (?:comments?|hours? ago|minutes? ago|days? ago)\\b",
          Pattern.CASE_INSENSITIVE);

  private static boolean isRunHeadline(DetectionContext context, FlagSink sink, int j) {
    BlockFeatures f = context.features(j);
    if (sink.isFlagged(j)) {
      return false; // already explained, e.g. inside a section found above
    }
    return (f.headline() && f.words() >= 3 && f.titleCase() >= 0.6 && !f.bullet())
        || (f.endsEllipsis() && f.words() <= 40);
  }

  private static int firstParagraph(DetectionContext context) {
    for (int i = 0; i < context.size(); i++) {
      if (context.features(i).paragraph()) {
        return i;
      }
    }
    return context.size();
  }
}
