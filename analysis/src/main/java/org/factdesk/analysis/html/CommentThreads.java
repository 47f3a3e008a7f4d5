package org.factdesk.analysis.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.factdesk.analysis.html.BlockCollector.RawBlock;
import org.factdesk.analysis.text.Words;
import org.jsoup.nodes.Element;

/**
 * Readers' comment threads that no class or id names, recognised by their shape (decision 0053):
 * after the article, a short line announcing them ("12 Comments", "Leave a reply"), then comments
 * each signed by a short line of one shape ("Posted by: Ann | Mar 26, 2007 2:00 PM", "Ann says:",
 * "August 9th, 2012 at 2:07 pm") in elements of one tag and class. The block model keeps their
 * plain sentences; the gold of article pages leaves them out.
 */
final class CommentThreads {
  /** Words of article kept before the announcement: a thread follows an article. */
  static final int ARTICLE_WORDS = 50;

  /** Signature lines of one shape a thread needs. */
  static final int MIN_SIGNATURES = 3;

  /** Most blocks between two signatures of one shape. */
  static final int MAX_GAP = 30;

  /** Most blocks from the announcement to the first signature. */
  static final int FIRST_GAP = 12;

  private static final int ANNOUNCE_WORDS = 25;
  private static final int SIGNATURE_WORDS = 25;

  /**
   * "Comments", "Comments (26)", "Reader comments:", "12 Responses to “Title”", "One thought on …",
   * "Leave a Reply", "Join the discussion". A bare "Comment" is a section of many newspapers.
   */
  private static final Pattern ANNOUNCE =
      Pattern.compile(
          "^(?i:(?:\\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)\\s+"
              + "(?:comments?|responses?|replies|reply|thoughts?|reactions?))\\b"
              + "|^(?:(?i:readers?|users?|visitors?)'?s?\\s+)?(?i:comments|responses|replies|reactions)"
              + "[\\s\\p{P}\\d]*$"
              + "|^(?:(?i:readers?|users?|visitors?)'?s?\\s+)?[CR](?i:omments|esponses|eplies|eactions)"
              + "\\s*(?:\\(\\d+\\)|:?\\s*\\d+)?\\s*(?:on|to)\\s+[\"“‘'«„]"
              + "|^(?i:leave|post|add|write|submit)\\s+(?i:a|your|new)\\s+(?i:comment|reply|response)"
              + "|^(?i:join|start)\\s+(?i:the)\\s+(?i:discussion|conversation)");

  private static final String MONTH =
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

  private static final Pattern SIGNATURE =
      Pattern.compile(
          // "Posted by: Ann | Mar 26, 2007", "posted on Tuesday ... by Ann", "Comment by Ann on
          // 3/4"
          "^\\W*(?:posted|written|submitted|comment(?:ed)?|reply|replied)\\s+(?:by|on|at)\\b.*\\d"
              // "Ann says:", "Ann said...", "Ann wrote:"
              + "|\\b(?:says|said|wrote|writes)\\s*(?::|\\.\\.\\.|…)?\\s*$"
              // a date with a time of day: "August 9th, 2012 at 2:07 pm", "26.03.2007 14:02"
              + "|(?:\\b"
              + MONTH
              + "\\s+\\d|\\b\\d{1,2}\\s+"
              + MONTH
              + "|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}).*\\b\\d{1,2}:\\d{2}\\b"
              + "|\\b\\d{1,2}:\\d{2}\\b.*(?:\\b"
              + MONTH
              + "\\s+\\d|\\b\\d{1,2}\\s+"
              + MONTH
              + "|\\b\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4})"
              // "3 days ago"
              + "|\\b\\d+\\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+ago\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private CommentThreads() {}

  /**
   * The blocks of every comment thread found, as index ranges {@code [first, last]}: from the
   * announcement to the last block inside the element that holds the announcement and the last
   * signature.
   *
   * @param kept whether the block model keeps a block (only kept words count as article)
   */
  static List<int[]> find(List<RawBlock> raw, Map<Element, int[]> stats, IntPredicate kept) {
    List<int[]> threads = new ArrayList<>();
    int articleWords = 0;
    for (int i = 0; i < raw.size(); i++) {
      RawBlock b = raw.get(i);
      if (articleWords >= ARTICLE_WORDS && isAnnouncement(b)) {
        int[] thread = thread(raw, stats, i);
        if (thread != null) {
          threads.add(thread);
          i = thread[1];
          continue;
        }
      }
      if (kept.test(i)) {
        articleWords += Words.count(b.text());
      }
    }
    return threads;
  }

  /**
   * The thread announced at block {@code a}, or null when signatures of one shape do not follow.
   */
  private static int[] thread(List<RawBlock> raw, Map<Element, int[]> stats, int a) {
    // per shape of signature line, its run: the first within FIRST_GAP blocks of the announcement,
    // each next within MAX_GAP blocks of the one before
    Map<String, List<Integer>> runs = new HashMap<>();
    Set<String> ended = new HashSet<>();
    int last = a;
    for (int i = a + 1; i < raw.size() && i - last <= MAX_GAP; i++) {
      RawBlock b = raw.get(i);
      if (!isSignature(b.text())) {
        continue;
      }
      String shape = shape(b.owner());
      List<Integer> run = runs.get(shape);
      int previous = run == null ? a : run.get(run.size() - 1);
      if (ended.contains(shape) || i - previous > (run == null ? FIRST_GAP : MAX_GAP)) {
        ended.add(shape);
        continue;
      }
      runs.computeIfAbsent(shape, k -> new ArrayList<>()).add(i);
      last = i;
    }
    List<Integer> signatures = null;
    for (List<Integer> s : runs.values()) {
      if (s.size() >= MIN_SIGNATURES && (signatures == null || s.size() > signatures.size())) {
        signatures = s;
      }
    }
    if (signatures == null) {
      return null;
    }
    RawBlock lastSignature = raw.get(signatures.get(signatures.size() - 1));
    Element holder = commonAncestor(raw.get(a).owner(), lastSignature.owner());
    int[] h = holder == null ? null : stats.get(holder);
    int end = signatures.get(signatures.size() - 1);
    if (h != null) {
      while (end + 1 < raw.size() && within(raw.get(end + 1).owner(), h, stats)) {
        end++;
      }
    }
    return new int[] {a, end};
  }

  static boolean isAnnouncement(RawBlock b) {
    return b.linkDensity() < 0.5 && isAnnouncement(b.text());
  }

  static boolean isAnnouncement(String text) {
    if (text.length() > 200) {
      return false;
    }
    String t = text.strip();
    return !t.isEmpty()
        && (Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0)))
        && ANNOUNCE.matcher(t).find()
        && Words.count(t) <= ANNOUNCE_WORDS;
  }

  static boolean isSignature(String text) {
    return text.length() <= 200
        && SIGNATURE.matcher(text.strip()).find()
        && Words.count(text) <= SIGNATURE_WORDS;
  }

  /** The tag and class of a signature's element and its parent: comments repeat one shape. */
  private static String shape(Element e) {
    if (e == null) {
      return "";
    }
    Element p = e.parent();
    return e.normalName()
        + '.'
        + e.className()
        + '<'
        + (p == null ? "" : p.normalName() + '.' + p.className());
  }

  private static Element commonAncestor(Element a, Element b) {
    if (a == null || b == null) {
      return null;
    }
    for (Element e = a; e != null; e = e.parent()) {
      for (Element f = b; f != null; f = f.parent()) {
        if (e == f) {
          return e;
        }
      }
    }
    return null;
  }

  private static boolean within(Element e, int[] holder, Map<Element, int[]> stats) {
    int[] mine = e == null ? null : stats.get(e);
    return mine != null && holder[2] <= mine[2] && mine[3] <= holder[3];
  }
}
