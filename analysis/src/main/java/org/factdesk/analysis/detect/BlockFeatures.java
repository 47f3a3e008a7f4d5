package org.factdesk.analysis.detect;

import java.util.Locale;
import org.factdesk.analysis.BlockKind;
import org.factdesk.analysis.TextBlock;
import org.factdesk.analysis.text.Words;

/**
 * Shallow features of one block that several detectors use, computed once per run. These are the
 * Boilerpipe / jusText signals: length in words, how a line ends, headline capitalisation.
 *
 * @param lower lower-cased text
 * @param words word count
 * @param endsSentence ends with '.', '!', '?' or '…' (quotes and brackets ignored)
 * @param endsEllipsis ends with "..." or '…', as cut-off teaser blurbs do
 * @param titleCase share of capitalised words, ignoring short function words; measured on headline
 *     lines only (0 for other lines), the only ones a detector asks it of
 * @param bullet starts with a list marker ("-", "•", "1.")
 * @param paragraph reads like a paragraph: 20+ words, or 8+ words ending like a sentence
 * @param headline a short line of 2–20 words that does not end with a period or colon
 */
public record BlockFeatures(
    String lower,
    int words,
    boolean endsSentence,
    boolean endsEllipsis,
    double titleCase,
    boolean bullet,
    boolean paragraph,
    boolean headline) {

  public static BlockFeatures of(TextBlock block) {
    String text = block.text();
    int words = Words.count(text);
    char last = lastMeaningful(text);
    boolean ellipsis = text.endsWith("...") || text.endsWith("…") || text.endsWith("...\"");
    boolean endsSentence = last == '.' || last == '!' || last == '?' || last == '…';
    boolean bullet = isBullet(text) || block.kind() == BlockKind.LIST_ITEM;
    boolean paragraph = words >= 20 || (words >= 8 && endsSentence && last != '!' && last != '?');
    boolean headline =
        words >= 2
            && words <= 20
            && last != '.'
            && last != ':'
            && last != '…'
            && !ellipsis
            && !bullet;
    return new BlockFeatures(
        text.toLowerCase(Locale.ROOT),
        words,
        endsSentence,
        ellipsis,
        headline ? Words.titleCaseRatio(text) : 0.0,
        bullet,
        paragraph && !ellipsis,
        headline);
  }

  private static char lastMeaningful(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c != '"' && c != '\u201D' && c != '\'' && c != '\u2019' && c != ')' && c != ' ') {
        return c;
      }
    }
    return ' ';
  }

  private static boolean isBullet(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    if ((c == '-' || c == '*' || c == '•' || c == '·' || c == '▪' || c == '–' || c == '‣')
        && text.length() > 1
        && text.charAt(1) == ' ') {
      return true;
    }
    int i = 0;
    while (i < text.length() && i < 3 && Character.isDigit(text.charAt(i))) {
      i++;
    }
    return i > 0
        && i + 1 < text.length()
        && (text.charAt(i) == '.' || text.charAt(i) == ')')
        && text.charAt(i + 1) == ' ';
  }
}
