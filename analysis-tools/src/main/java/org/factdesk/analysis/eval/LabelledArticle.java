package org.factdesk.analysis.eval;

import java.util.List;
import java.util.Objects;
import org.factdesk.analysis.ContentHint;

/**
 * An article of the corpus with its labels.
 *
 * @param name file name without extension, e.g. {@code business-01-16}
 * @param format {@link ContentHint#TEXT} for {@code .txt}, {@link ContentHint#HTML} for {@code
 *     .html}
 * @param bytes the article as stored
 * @param labels the blocks that are not article text, in reading order
 */
public record LabelledArticle(String name, ContentHint format, byte[] bytes, List<Label> labels) {
  public LabelledArticle {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(bytes, "bytes");
    labels = List.copyOf(labels);
  }
}
