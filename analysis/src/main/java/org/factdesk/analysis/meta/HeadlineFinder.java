package org.factdesk.analysis.meta;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.analysis.text.StopWords;
import org.factdesk.analysis.text.Words;

/**
 * The headline of a plain text found from its story (decision 0080). When a whole page arrives as
 * its visible lines, the head that {@link TextHeaderReader} reads is the site's menu ("Skip to
 * content"), and the headline stands further down, above the story. The story starts at the first
 * paragraph followed by at least two more among its next {@value #RUN} lines; the headline is
 * looked for in the {@value #WINDOW} lines above it: a line shaped like a headline that shares
 * words with the story's first {@value #LEAD_PARAGRAPHS} paragraphs, the topmost one that shares
 * two or more (a photo caption under the headline shares words too, and stands closer), else the
 * topmost that shares one. The header reader's own title stays when it stands there and shares two
 * words with the story, so an article that starts with its headline keeps it even when a standfirst
 * below shares more.
 */
public final class HeadlineFinder {
  /** Lines above the story's first paragraph in which the headline is looked for. */
  static final int WINDOW = 16;

  /** Lines after a paragraph of which two more must be paragraphs for the story to start there. */
  static final int RUN = 3;

  /** Paragraphs of the story whose words the headline shares. */
  static final int LEAD_PARAGRAPHS = 3;

  /** Letters a word keeps for the comparison: "legalizes" and "legalized" are one word. */
  private static final int STEM = 5;

  private HeadlineFinder() {}

  /**
   * The headline's line index, or -1 when no line above the story looks like its headline.
   *
   * @param lines the text's lines (blocks) in order
   * @param readerTitle the header reader's title line, or -1
   */
  public static int find(List<String> lines, int readerTitle) {
    boolean[] paragraph = new boolean[lines.size()];
    for (int i = 0; i < paragraph.length; i++) {
      paragraph[i] = TextHeaderReader.isParagraph(lines.get(i));
    }
    int start = storyStart(paragraph);
    if (start < 0) {
      return -1;
    }
    Set<String> lead = new HashSet<>();
    for (int i = start, found = 0; i < lines.size() && found < LEAD_PARAGRAPHS; i++) {
      if (paragraph[i]) {
        lead.addAll(stems(lines.get(i)));
        found++;
      }
    }
    int top = Math.max(0, start - WINDOW);
    if (readerTitle >= top && readerTitle < start && shared(lines.get(readerTitle), lead) >= 2) {
      return readerTitle;
    }
    int sharesTwo = -1;
    int sharesOne = -1;
    for (int i = top; i < start; i++) {
      String line = lines.get(i);
      if (!looksLikeHeadline(line)) {
        continue;
      }
      int shared = shared(line, lead);
      if (shared >= 2 && sharesTwo < 0) {
        sharesTwo = i;
      } else if (shared == 1 && sharesOne < 0) {
        sharesOne = i;
      }
    }
    return sharesTwo >= 0 ? sharesTwo : sharesOne;
  }

  /** The first paragraph with at least two more among its next {@value #RUN} lines, or -1. */
  private static int storyStart(boolean[] paragraph) {
    for (int i = 0; i < paragraph.length; i++) {
      if (!paragraph[i]) {
        continue;
      }
      int more = 0;
      for (int k = i + 1; k <= Math.min(paragraph.length - 1, i + RUN); k++) {
        more += paragraph[k] ? 1 : 0;
      }
      if (more >= 2) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Three to thirty words, no sentence's end, no byline or date, no menu separators, no caption's
   * or player's label.
   */
  static boolean looksLikeHeadline(String line) {
    int words = Words.count(line);
    return words >= 3
        && words <= 30
        && !line.endsWith(".")
        && !line.endsWith(":")
        && line.indexOf('|') < 0
        && line.indexOf('\u2022') < 0
        && !line.contains("{{")
        && !line.startsWith("Image caption")
        && !line.startsWith("Media caption")
        && !line.startsWith("Play Video")
        && TextHeaderReader.byline(line) == null
        && DateParser.parseDateline(line).isEmpty();
  }

  private static int shared(String line, Set<String> lead) {
    int shared = 0;
    for (String stem : stems(line)) {
      shared += lead.contains(stem) ? 1 : 0;
    }
    return shared;
  }

  /**
   * The distinct words of more than three letters that are no stop word of a language the engine
   * knows ({@link StopWords}), lower case, cut to {@value #STEM} letters.
   */
  private static Set<String> stems(String text) {
    Set<String> stems = new HashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (word.length() > 3 && StopWords.languageMask(word) == 0) {
        stems.add(word.length() > STEM ? word.substring(0, STEM) : word);
      }
    }
    return stems;
  }
}
