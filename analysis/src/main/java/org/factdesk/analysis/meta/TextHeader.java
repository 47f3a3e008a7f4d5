package org.factdesk.analysis.meta;

import java.time.LocalDate;
import java.util.List;

/**
 * What the head of a plain-text article holds. Indexes are block indexes, -1 when absent.
 *
 * @param titleIndex the headline line
 * @param outletIndex a short outlet-name line above the title
 * @param taglineIndex the outlet's slogan line above the title
 * @param datelineIndexes lines that are only a date
 * @param bylineIndexes "By …" lines
 * @param title text of the title line, or null
 * @param outlet text of the outlet line, or null
 * @param tagline text of the tagline, or null
 * @param published date from the first dateline, or null
 * @param author name from the first byline, or null
 */
public record TextHeader(
    int titleIndex,
    int outletIndex,
    int taglineIndex,
    List<Integer> datelineIndexes,
    List<Integer> bylineIndexes,
    String title,
    String outlet,
    String tagline,
    LocalDate published,
    String author) {
  public TextHeader {
    datelineIndexes = List.copyOf(datelineIndexes);
    bylineIndexes = List.copyOf(bylineIndexes);
  }

  /** The same header with line {@code index}, whose text is {@code text}, as its title. */
  public TextHeader withTitle(int index, String text) {
    return new TextHeader(
        index,
        outletIndex,
        taglineIndex,
        datelineIndexes,
        bylineIndexes,
        text,
        outlet,
        tagline,
        published,
        author);
  }
}
