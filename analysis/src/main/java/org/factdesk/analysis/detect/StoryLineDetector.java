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
