package org.factdesk.analysis.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.analysis.text.Words;

/**
 * Reads the head of a plain-text article: the short lines before the first real paragraph. The
 * title is the earliest headline-like line at least 60% as long as the longest one there (an outlet
 * name or tagline is short, a repeated title with a suffix is longer but comes later), looked for
 * below the dateline first because outlet and tagline sit above it; short lines above the title are
 * the outlet line and tagline; datelines and bylines are recognised anywhere in the head, and
 * bylines also further down.
 */
public final class TextHeaderReader {
  private static final int MAX_HEAD_LINES = 10;
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?i:(?:written |reported )?by|von|par|por|door|di|author:|autor:|auteur:)\\s+"
              + "(\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+(?:and\\s+|&\\s+|,\\s*)?\\p{Lu}[\\p{L}.'\u2019-]*){0,5})"
              + "(?:\\s*[,|\u2013\u2014-].{0,60})?$");

  /**
   * A blog's byline with its time or place: "Posted by Chef John at 12:00 AM", "Posted by Julia
   * Beizer on March 8, 2013 at 3:23 pm" (decision 0057).
   */
  private static final Pattern POSTED_BY =
      Pattern.compile(
          "^(?i:posted by)\\s+(\\p{Lu}[\\p{L}.'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}.'\u2019-]*){0,3})"
              + "(?:\\s+(?:on|at|in|under)\\s+.{0,80}|\\s*[,|\u2013\u2014-].{0,60})?$");

  private TextHeaderReader() {}

  /** An outlet's name is a line of at most this many words. */
  public static final int OUTLET_WORDS = 5;

  /**
   * Reads the header of the article whose block texts are {@code lines}; {@code knownTitle} (may be
   * null) is the importer's title and wins when a line matches it.
   */
  public static TextHeader read(List<String> lines, String knownTitle) {
    return read(lines, knownTitle, true);
  }

  /**
   * As {@link #read(List, String)}; {@code findOutlet} false skips guessing outlet and tagline
   * lines, for HTML where the outlet comes from meta tags and the top lines are navigation.
   */
  public static TextHeader read(List<String> lines, String knownTitle, boolean findOutlet) {
    int headEnd = headEnd(lines);
    List<Integer> datelines = new ArrayList<>();
    List<Integer> bylines = new ArrayList<>();
    LocalDate published = null;
    String author = null;
    int bylineLimit = Math.min(lines.size(), Math.max(headEnd, 15));
    for (int i = 0; i < bylineLimit; i++) {
      String line = lines.get(i);
      if (i < headEnd) {
        Optional<LocalDate> date = DateParser.parseDateline(line);
        if (date.isPresent()) {
          datelines.add(i);
          published = published == null ? date.get() : published;
          continue;
        }
      }
      String name = byline(line);
      if (name != null) {
        bylines.add(i);
        author = author == null ? name : author;
      }
    }
    int title = findTitle(lines, headEnd, datelines, bylines, knownTitle);
    int outlet = -1;
    int tagline = -1;
    for (int i = 0; findOutlet && i < title; i++) {
      if (datelines.contains(i) || bylines.contains(i)) {
        continue;
      }
      String line = lines.get(i);
      int words = Words.count(line);
      if (outlet < 0 && tagline < 0 && words <= OUTLET_WORDS && !endsLikeSentence(line)) {
        outlet = i;
      } else if (tagline < 0 && words <= 12) {
        tagline = i;
      }
    }
    return new TextHeader(
        title,
        outlet,
        tagline,
        datelines,
        bylines,
        title >= 0 ? lines.get(title) : null,
        outlet >= 0 ? lines.get(outlet) : null,
        tagline >= 0 ? lines.get(tagline) : null,
        published,
        author);
  }

  /** The author's name when {@code line} is a byline, else null. */
  public static String byline(String line) {
    if (line.length() > 120 || line.endsWith(".") || Words.count(line) > 12) {
      return null;
    }
    Matcher m = BYLINE.matcher(line);
    if (m.matches()) {
      return m.group(1);
    }
    m = POSTED_BY.matcher(line);
    return m.matches() ? m.group(1) : null;
  }

  private static int findTitle(
      List<String> lines,
      int headEnd,
      List<Integer> datelines,
      List<Integer> bylines,
      String known) {
    if (known != null && !known.isBlank()) {
      String key = TitleKey.of(known);
      for (int i = 0; i < lines.size(); i++) {
        if (TitleKey.couldMatch(lines.get(i), key) && TitleKey.of(lines.get(i)).equals(key)) {
          return i;
        }
      }
    }
    // lines above a dateline are usually the outlet and its tagline, so look below it first
    int from = datelines.isEmpty() ? 0 : datelines.get(0) + 1;
    int found = firstLongCandidate(lines, from, headEnd, datelines, bylines);
    return found >= 0 ? found : firstLongCandidate(lines, 0, headEnd, datelines, bylines);
  }

  /** The first candidate at least 60% as long as the longest one in [from, to). */
  private static int firstLongCandidate(
      List<String> lines, int from, int to, List<Integer> datelines, List<Integer> bylines) {
    int maxWords = 0;
    for (int i = from; i < to; i++) {
      if (isTitleCandidate(lines.get(i), i, datelines, bylines)) {
        maxWords = Math.max(maxWords, Words.count(lines.get(i)));
      }
    }
    for (int i = from; i < to; i++) {
      if (isTitleCandidate(lines.get(i), i, datelines, bylines)
          && Words.count(lines.get(i)) >= 0.6 * maxWords) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isTitleCandidate(
      String line, int i, List<Integer> datelines, List<Integer> bylines) {
    int words = Words.count(line);
    return words >= 3
        && words <= 30
        && !datelines.contains(i)
        && !bylines.contains(i)
        && !line.endsWith(":")
        && !line.endsWith(".");
  }

  /** The head ends at the first line that reads like a paragraph. */
  private static int headEnd(List<String> lines) {
    int limit = Math.min(lines.size(), MAX_HEAD_LINES);
    for (int i = 0; i < limit; i++) {
      if (isParagraph(lines.get(i))) {
        return i;
      }
    }
    return Math.min(limit, 5);
  }

  static boolean isParagraph(String line) {
    int words = Words.count(line);
    return words >= 20 || (words >= 8 && endsLikeSentence(line));
  }

  private static boolean endsLikeSentence(String line) {
    char last = lastLetterOrPunct(line);
    return last == '.' || last == '!' || last == '?' || last == '…';
  }

  private static char lastLetterOrPunct(String line) {
    for (int i = line.length() - 1; i >= 0; i--) {
      char c = line.charAt(i);
      if (c != '"' && c != '\u201D' && c != '\'' && c != '\u2019' && c != ')' && c != ' ') {
        return c;
      }
    }
    return ' ';
  }
}
