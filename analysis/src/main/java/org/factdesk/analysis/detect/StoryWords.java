package org.factdesk.analysis.detect;

import java.util.List;
import java.util.Set;
import org.factdesk.analysis.text.WordIds;
import org.factdesk.analysis.text.Words;

/**
 * Line model v6's features: whose words a line speaks and whose shape it repeats. The story's own
 * short lines (a list under its colon, a subheading, a sign-off) use the words of the page's
 * longest run of prose; teasers of other stories and menus share words with the page's other short
 * lines and come in runs of lines alike in shape (title case, much the same length, no final stop).
 * Also where the line stands against that run (before it or after it, not only how far), a
 * sign-off's shape ("— Name, City") and how much of the page is long lines at all.
 */
final class StoryWords {
  private StoryWords() {}

  /** The names of the features, in row order. */
  static final List<String> NAMES =
      List.of(
          "story_overlap",
          "story_overlap_around_2",
          "short_lines_overlap",
          "headline_like",
          "headline_run",
          "similar_shape_around_3",
          "dash_sign",
          "name_place",
          "signed_to_longest_run",
          "place_in_longest_run",
          "long_lines_share",
          "long_words_share");

  private static final int WORDS = 1;
  private static final int SHORT_WORDS = LineFeatures.SHORT_WORDS;

  /** A line of this many words or more is long for the page's shares. */
  static final int LONG_WORDS = 20;

  /** Writes the features of every line into {@code rows} from column {@code k0} on. */
  static void fill(
      DetectionContext context, float[][] base, int[] longest, float[][] rows, int k0) {
    int n = rows.length;
    WordIds words = context.words();
    Set<String> stop = context.stopWords();
    boolean[] content = new boolean[words.size()];
    for (int id = 0; id < content.length; id++) {
      String w = words.word(id);
      content[id] = w.length() >= 3 && !stop.contains(w);
    }
    int[] lineWords = new int[n];
    for (int i = 0; i < n; i++) {
      lineWords[i] = (int) base[i][WORDS];
    }
    // in how many lines of the story (the longest run) and of the page's short lines a word is
    int[] inStory = new int[words.size()];
    int[] inShort = new int[words.size()];
    int[] seen = new int[words.size()];
    int stamp = 0;
    for (int i = 0; i < n; i++) {
      boolean story = longest[1] >= 0 && i >= longest[0] && i <= longest[1];
      boolean shortLine = lineWords[i] < SHORT_WORDS;
      if (!story && !shortLine) {
        continue;
      }
      stamp++;
      for (int id : context.wordIds(i)) {
        if (content[id] && seen[id] != stamp) {
          seen[id] = stamp;
          inStory[id] += story ? 1 : 0;
          inShort[id] += shortLine ? 1 : 0;
        }
      }
    }
    float[] storyShare = new float[n];
    float[] shortShare = new float[n];
    for (int i = 0; i < n; i++) {
      boolean story = longest[1] >= 0 && i >= longest[0] && i <= longest[1];
      boolean shortLine = lineWords[i] < SHORT_WORDS;
      int own = 0;
      int inStoryElsewhere = 0;
      int inShortElsewhere = 0;
      for (int id : context.wordIds(i)) {
        if (!content[id]) {
          continue;
        }
        own++;
        // the line's own occurrence does not count: a word is shared when another line holds it
        int otherStory = inStory[id] - (story ? 1 : 0);
        int otherShort = inShort[id] - (shortLine ? 1 : 0);
        inStoryElsewhere += otherStory > 0 ? 1 : 0;
        inShortElsewhere += otherShort > 0 ? 1 : 0;
      }
      storyShare[i] = longest[1] < 0 ? -1 : own == 0 ? 0 : inStoryElsewhere / (float) own;
      shortShare[i] = own == 0 ? 0 : inShortElsewhere / (float) own;
    }
    boolean[] headline = new boolean[n];
    for (int i = 0; i < n; i++) {
      headline[i] = headlineLike(context.text(i), lineWords[i]);
    }
    int[] headlineRun = headlineRuns(headline, lineWords);
    long pageWords = 0;
    long longWords = 0;
    int longLines = 0;
    for (int i = 0; i < n; i++) {
      pageWords += lineWords[i];
      if (lineWords[i] >= LONG_WORDS) {
        longLines++;
        longWords += lineWords[i];
      }
    }
    for (int i = 0; i < n; i++) {
      float[] row = rows[i];
      int k = k0;
      row[k++] = storyShare[i];
      float around = 0;
      int count = 0;
      for (int j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) {
        if (j != i) {
          around += storyShare[j];
          count++;
        }
      }
      row[k++] = count == 0 ? -1 : around / count;
      row[k++] = shortShare[i];
      row[k++] = headline[i] ? 1 : 0;
      row[k++] = Math.min(50, headlineRun[i]);
      row[k++] = similarShapes(context, lineWords, i);
      String text = context.text(i);
      row[k++] = dashSign(text, lineWords[i]) ? 1 : 0;
      row[k++] = namePlace(text, lineWords[i]) ? 1 : 0;
      boolean inRun = longest[1] >= 0 && i >= longest[0] && i <= longest[1];
      row[k++] =
          longest[1] < 0
              ? -300
              : inRun
                  ? 0
                  : i < longest[0] ? -Math.min(200, longest[0] - i) : Math.min(200, i - longest[1]);
      row[k++] =
          inRun
              ? (longest[1] == longest[0]
                  ? 0
                  : (i - longest[0]) / (float) (longest[1] - longest[0]))
              : -1;
      row[k++] = n == 0 ? 0 : longLines / (float) n;
      row[k++] = pageWords == 0 ? 0 : longWords / (float) pageWords;
    }
  }

  /**
   * A teaser's headline: 3 to 16 words, most of them capitalised, and no sentence's end (no final
   * stop, question or exclamation mark, colon or comma).
   */
  static boolean headlineLike(String text, int words) {
    if (words < 3 || words > 16 || text.isEmpty()) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    if (last == '.' || last == ':' || last == ',' || last == ';') {
      return false;
    }
    return Words.titleCaseRatio(text) >= 0.6;
  }

  /**
   * For each headline-like line, the number of headline-like lines in its run, where a run bridges
   * one line of up to six words between two (a date, "Read more"); 0 for other lines.
   */
  private static int[] headlineRuns(boolean[] headline, int[] words) {
    int n = headline.length;
    int[] run = new int[n];
    int i = 0;
    while (i < n) {
      if (!headline[i]) {
        i++;
        continue;
      }
      int count = 1;
      int last = i;
      int j = i + 1;
      while (j < n) {
        if (headline[j]) {
          count++;
          last = j;
          j++;
        } else if (j == last + 1 && words[j] <= 6 && j + 1 < n && headline[j + 1]) {
          j++;
        } else {
          break;
        }
      }
      for (int k = i; k <= last; k++) {
        run[k] = headline[k] ? count : 0;
      }
      i = last + 1;
    }
    return run;
  }

  /**
   * Lines within three of line {@code i} alike in shape: within a factor of 1.5 of its words and
   * ending the same way (with a stop or not), both with at least two words.
   */
  private static int similarShapes(DetectionContext context, int[] words, int i) {
    if (words[i] < 2) {
      return 0;
    }
    boolean stop = endsSentence(context.text(i));
    int count = 0;
    for (int j = Math.max(0, i - 3); j <= Math.min(words.length - 1, i + 3); j++) {
      if (j != i
          && words[j] >= 2
          && words[j] * 2 <= words[i] * 3
          && words[i] * 2 <= words[j] * 3
          && endsSentence(context.text(j)) == stop) {
        count++;
      }
    }
    return count;
  }

  private static boolean endsSentence(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '"' || last == '\u201D';
  }

  /** A sign-off: a dash first and at most 12 words ("— Jane Doe, Springfield"). */
  static boolean dashSign(String text, int words) {
    if (words == 0 || words > 12 || text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return first == '\u2014'
        || first == '\u2013'
        || first == '\u2015'
        || text.startsWith("--")
        || (first == '-' && text.length() > 1 && text.charAt(1) == ' ');
  }

  /**
   * A name and a place: 2 to 8 words, a comma, every word capitalised and no final stop ("Jane Doe,
   * Springfield").
   */
  static boolean namePlace(String text, int words) {
    if (words < 2 || words > 8 || text.indexOf(',') < 0) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    if (last == '.' || last == ':' || last == '?' || last == '!') {
      return false;
    }
    return Words.titleCaseRatio(text) >= 0.99;
  }
}
