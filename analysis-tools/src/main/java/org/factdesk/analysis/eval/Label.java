package org.factdesk.analysis.eval;

import java.util.Objects;
import org.factdesk.analysis.FlagType;

/**
 * One line of a {@code .labels} file: a block that is not article text, or (type {@code null},
 * written {@code ARTICLE}) an article block named only so that in-order matching skips past it,
 * e.g. the headline when a later line repeats it word for word.
 *
 * @param type what the block is; {@code null} for an explicit article block
 * @param text the block's normalised text, or a prefix of it of at least {@link #MIN_PREFIX}
 *     characters
 * @param line line number in the labels file, for messages
 */
public record Label(FlagType type, String text, int line) {
  /** Shorter labels must equal the whole block text, so that "Share" cannot name "Shares in…". */
  public static final int MIN_PREFIX = 25;

  public Label {
    Objects.requireNonNull(text, "text");
  }

  /** The type as written in a labels file. */
  public String typeName() {
    return type == null ? "ARTICLE" : type.name();
  }

  /** True when this label names a block with the given text. */
  public boolean names(String blockText) {
    return blockText.equals(text) || (text.length() >= MIN_PREFIX && blockText.startsWith(text));
  }
}
