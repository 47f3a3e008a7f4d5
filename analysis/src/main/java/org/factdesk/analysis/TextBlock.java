package org.factdesk.analysis;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A line-level unit of an article: a paragraph, heading, list item or stray line.
 *
 * @param index position in reading order, from 0
 * @param kind structural role in the source
 * @param text normalised text (white space collapsed, invisible characters removed)
 * @param start offset of the block's first character in the decoded original text (for HTML, in the
 *     decoded markup)
 * @param end offset just past the block's last character in the decoded original text
 * @param flags at most one flag per type, most confident first; empty for article body
 */
public record TextBlock(
    int index, BlockKind kind, String text, int start, int end, List<DetectorFlag> flags) {
  public TextBlock {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    flags = List.copyOf(flags);
  }

  /** A block with no flags yet. */
  public TextBlock(int index, BlockKind kind, String text, int start, int end) {
    this(index, kind, text, start, end, List.of());
  }

  /** True when no detector flagged this block, i.e. it belongs to the clean text. */
  public boolean isArticle() {
    return flags.isEmpty();
  }

  public boolean hasFlag(FlagType type) {
    return flag(type).isPresent();
  }

  public Optional<DetectorFlag> flag(FlagType type) {
    return flags.stream().filter(f -> f.type() == type).findFirst();
  }

  public TextBlock withFlags(List<DetectorFlag> newFlags) {
    return new TextBlock(index, kind, text, start, end, newFlags);
  }
}
