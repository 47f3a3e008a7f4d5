package org.factdesk.analysis.detect;

import java.util.List;
import java.util.Set;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.FlagType;

/**
 * Takes back the guesses of shape and words on the article's own short lines inside the story
 * (decision 0071). A subhead, a list entry ("Gakiya Isamu", "Extra-virgin olive oil"), a step of a
 * worked example reads like furniture or a link on its own, and the line model, the structure
 * detector and the learned types judge it so. Two things that a line of furniture seldom has
 * together say it is the story's:
 *
 * <ul>
 *   <li>it stands inside the story: a paragraph (a sentence of eight words or more, or twenty
 *       words) that no detector flagged comes before it and another after it;
 *   <li>every content word of it is a word of those paragraphs: it names what the story talks
 *       about, where a menu's "Latest Videos" or a tag line's "Tags: …" brings words of its own; or
 *       it is an entry of the same run of short lines as such lines, when they are a quarter of the
 *       run's guessed lines, with a content word of its own (a list's other entries: names,
 *       ingredients, the steps of a worked example).
 * </ul>
 *
 * Only a line whose flags are all such guesses (furniture or a related link by the line model, the
 * structure detector or the learned types; metadata and a repeated title may stand beside them and
 * stay) is cleared; a rule's, a legal notice's or an offer's flag stands. Plain text only: on HTML
 * the block model sees the page's structure. Runs after the typing detectors, so that the story it
 * compares with is what they left unflagged.
 *
 * <p>It also takes the guesses back from the cells of a table written one cell a line right under
 * the story ({@link #tableCells}, decision 0074), inside the story or after its last paragraph.
 */
public final class StoryLineDetector implements Detector {
  public static final String ID = "story-lines";

  /** Longer lines are paragraphs of their own: the guessers' call on them stands. */
  static final int MAX_WORDS = StructureDetector.PROSE_WORDS - 1;

  /** The detectors whose guesses a line inside the story takes back. */
  static final Set<String> GUESSERS =
      Set.of(LineModelDetector.ID, StructureDetector.ID, LearnedTypeDetector.ID);

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void detect(DetectionContext context, FlagSink sink) {
    int n = context.size();
    boolean[] prose = new boolean[n];
    TermVector story = new TermVector();
    int first = -1;
    int last = -1;
    for (int i = 0; i < n; i++) {
      prose[i] = i != context.titleIndex() && !sink.isFlagged(i) && context.features(i).paragraph();
      if (prose[i]) {
        story.add(context.termVector(i), 1);
        first = first < 0 ? i : first;
        last = i;
      }
    }
    boolean[] guess = new boolean[n];
    boolean[] storys = new boolean[n];
    for (int i = first + 1; i < last; i++) {
      guess[i] =
          !prose[i]
              && sink.isFlagged(i)
              && context.features(i).words() <= MAX_WORDS
              && onlyGuesses(sink.flagsOf(i));
      storys[i] = guess[i] && wordsOfTheStory(context.termVector(i), story);
    }
    boolean[] entry = entriesBesideTheStorys(sink, prose, guess, storys, first, last);
    for (int i = first + 1; i < last; i++) {
      if (storys[i] || (entry[i] && !context.termVector(i).isEmpty())) {
        sink.withdraw(i, GUESSERS);
      }
    }
    boolean[] cell = tableCells(context, sink);
    for (int i = 0; i < n; i++) {
      if (cell[i] && sink.isFlagged(i) && onlyGuesses(sink.flagsOf(i))) {
        sink.withdraw(i, GUESSERS);
      }
    }
  }

  /** Words a table's cell has at most. */
  static final int CELL_WORDS = 6;

  /** Words a number's cell has at most ("13", "71.1 MB", "Mills 8.5-1-27-2 (2w)"). */
  static final int NUMBER_CELL_WORDS = 4;

  /** The share of a number's cell's characters (spaces aside) that are digits, at the least. */
  static final double NUMBER_CELL_DIGITS = 0.4;

  /** The longest row a table written one cell a line is read in (cells of a row). */
  static final int MAX_ROW = 6;

  /** Rows in a row that a table needs: its numbers' column this many times. */
  static final int TABLE_ROWS = 4;

  /** The share of distinct numbers in that column, at the least. */
  static final double DISTINCT_NUMBERS = 0.75;

  /**
   * The lines of a table written one cell a line (decision 0074): a scorecard, a poll's results, a
   * list of apps with their sizes. In a run of short lines ({@link #CELL_WORDS} words at most, with
   * no flag but the guessers' or metadata), a column of numbers comes back with a fixed period of 2
   * to {@link #MAX_ROW} lines ("Tamim Iqbal", "c Styris b Mason", "13", "Junaid Siddique", …),
   * {@link #TABLE_ROWS} rows or more, with the other cells of each row not all numbers and the
   * numbers mostly distinct ({@link #DISTINCT_NUMBERS}). The rows from the first one's first cell
   * to the last number are the table's. A menu or a list of links has no column of numbers; a date
   * written one part a line ("24", "Jul", "2012") repeats its numbers.
   */
  static boolean[] tableCells(DetectionContext context, FlagSink sink) {
    int n = context.size();
    boolean[] cell = new boolean[n];
    LineFeatures features = null;
    for (int i = 0; i < n; ) {
      if (!shortCell(context, sink, i)) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && shortCell(context, sink, end)) {
        end++;
      }
      if (!storyAbove(context, sink, i - 1)) {
        i = end; // a table of the story follows a paragraph of it
        continue;
      }
      if (features == null) {
        features = LineFeatures.of(context);
      }
      if (features.has(i, LineFeatures.Keyword.RELATED)) {
        i = end; // "Most popular stories" heads a list of other stories and their readers
        continue;
      }
      boolean[] number = new boolean[end - i];
      boolean[] word = new boolean[end - i];
      for (int j = i; j < end; j++) {
        number[j - i] = numberCell(context.text(j), context.features(j).words());
        word[j - i] = context.text(j).chars().noneMatch(Character::isDigit);
      }
      for (int period = 2; period <= MAX_ROW; period++) {
        for (int offset = 0; offset < period; offset++) {
          List<Integer> column = new java.util.ArrayList<>();
          for (int t = offset; t < number.length + period; t += period) {
            if (t < number.length && number[t] && wordBefore(word, t, period, offset)) {
              column.add(t);
              continue;
            }
            if (isTable(context, i, column)) {
              for (int x = Math.max(0, column.get(0) - period + 1);
                  x <= column.get(column.size() - 1);
                  x++) {
                cell[i + x] = true;
              }
            }
            column.clear();
          }
        }
      }
      i = end;
    }
    return cell;
  }

  /** Lines ending in a colon that may stand between a table and the paragraph above it. */
  static final int LEAD_IN_LINES = 2;

  /**
   * Whether the line above a table is the story's: an unflagged paragraph, or up to {@link
   * #LEAD_IN_LINES} unflagged lines ending in a colon right under one ("Here are the crosstabs
   * among these key groups:", "Primary vote among Democrats and independents:").
   */
  private static boolean storyAbove(DetectionContext context, FlagSink sink, int j) {
    for (int k = j; k >= 0 && k >= j - LEAD_IN_LINES; k--) {
      if (sink.isFlagged(k) || k == context.titleIndex()) {
        return false;
      }
      if (context.features(k).paragraph()) {
        return true;
      }
      if (!context.text(k).strip().endsWith(":")) {
        return false;
      }
    }
    return false;
  }

  /** Whether the line can be a cell: short, the title's or flagged by the guessers at most. */
  private static boolean shortCell(DetectionContext context, FlagSink sink, int i) {
    if (i == context.titleIndex() || context.features(i).words() > CELL_WORDS) {
      return false;
    }
    for (DetectorFlag f : sink.flagsOf(i)) {
      boolean guess =
          GUESSERS.contains(f.detector())
              && (f.type() == FlagType.SITE_CHROME || f.type() == FlagType.RELATED_LINKS);
      if (!guess && f.type() != FlagType.METADATA && f.type() != FlagType.DUPLICATE_TITLE) {
        return false;
      }
    }
    return true;
  }

  /** Whether a cell of the row that ends in the number at {@code t} holds no digit: a name. */
  private static boolean wordBefore(boolean[] word, int t, int period, int offset) {
    for (int q = 1; q < period; q++) {
      int j = t - q;
      if (j >= 0 && j >= offset - period + 1 && word[j]) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTable(DetectionContext context, int start, List<Integer> column) {
    if (column.size() < TABLE_ROWS) {
      return false;
    }
    Set<String> distinct = new java.util.HashSet<>();
    for (int t : column) {
      distinct.add(context.text(start + t).strip());
    }
    return distinct.size() >= DISTINCT_NUMBERS * column.size();
  }

  /** Whether the line is a number's cell: a few words, mostly digits. */
  static boolean numberCell(String text, int words) {
    if (words > NUMBER_CELL_WORDS) {
      return false;
    }
    int chars = 0;
    int digits = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (!Character.isWhitespace(c)) {
        chars++;
        digits += Character.isDigit(c) ? 1 : 0;
      }
    }
    return digits > 0 && digits >= NUMBER_CELL_DIGITS * chars;
  }

  /**
   * The guessed lines of the same run of short lines as lines of the story's words: entries of one
   * list ("Diabetes", "Hypertension", "Stroke" beside "Heart disease"), whose own words the story
   * need not use. The run is the short lines between two paragraphs, cut at a line another detector
   * flagged; lines nothing flagged belong to it. Lines of the story's words must be at least a
   * quarter of its guessed lines: a site's menu of two hundred entries between the lead and the
   * story holds one or two of the story's words, a list of the story many.
   */
  private static boolean[] entriesBesideTheStorys(
      FlagSink sink, boolean[] prose, boolean[] guess, boolean[] storys, int first, int last) {
    boolean[] entry = new boolean[prose.length];
    int start = first + 1;
    for (int i = first + 1; i <= last; i++) {
      boolean cut = i == last || prose[i] || (sink.isFlagged(i) && !guess[i]);
      if (!cut) {
        continue;
      }
      int guessed = 0;
      int ofTheStory = 0;
      for (int j = start; j < i; j++) {
        guessed += guess[j] ? 1 : 0;
        ofTheStory += storys[j] ? 1 : 0;
      }
      if (ofTheStory > 0 && ofTheStory * STORY_SHARE_OF_A_RUN >= guessed) {
        for (int j = start; j < i; j++) {
          entry[j] = guess[j];
        }
      }
      start = i + 1;
    }
    return entry;
  }

  /** A run's entries are the story's when one in this many of its guessed lines is. */
  static final int STORY_SHARE_OF_A_RUN = 4;

  /** Whether the flags are guesses of furniture or links, with at most metadata beside them. */
  static boolean onlyGuesses(List<DetectorFlag> flags) {
    boolean guess = false;
    for (DetectorFlag f : flags) {
      if (GUESSERS.contains(f.detector())
          && (f.type() == FlagType.SITE_CHROME || f.type() == FlagType.RELATED_LINKS)) {
        guess = true;
      } else if (GUESSERS.contains(f.detector())
          || (f.type() != FlagType.METADATA && f.type() != FlagType.DUPLICATE_TITLE)) {
        return false;
      }
    }
    return guess;
  }

  /** Whether the line has content words and the story's paragraphs hold every one of them. */
  private static boolean wordsOfTheStory(TermVector line, TermVector story) {
    return !line.isEmpty() && line.termsSharedWith(story) == line.size();
  }
}
