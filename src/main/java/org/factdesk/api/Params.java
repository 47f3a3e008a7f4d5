package org.factdesk.api;

import jakarta.ws.rs.BadRequestException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.factdesk.article.ArticleLabel;

/** Reading query parameters; a wrong value is named with the values that are right. */
final class Params {

  private Params() {}

  /** An enum constant from a parameter, any case; null when the parameter is absent. */
  static <E extends Enum<E>> E named(Class<E> type, String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          "Parameter \""
              + parameter
              + "\" must be one of "
              + Arrays.toString(type.getEnumConstants())
              + ", not \""
              + value
              + "\".");
    }
  }

  /** Labels from a repeated parameter, any case; empty when the parameter is absent. */
  static Set<ArticleLabel> labels(String parameter, List<String> values) {
    EnumSet<ArticleLabel> labels = EnumSet.noneOf(ArticleLabel.class);
    if (values != null) {
      for (String value : values) {
        ArticleLabel label = named(ArticleLabel.class, parameter, value);
        if (label != null) {
          labels.add(label);
        }
      }
    }
    return labels;
  }

  /**
   * A date like 2025-06-11 from a field or parameter; null when absent.
   *
   * @param name how messages name it: {@code Field "published"}, {@code Parameter "from"}
   */
  static java.time.LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(value.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new BadRequestException(
          name + " must be a date like 2025-06-11, not \"" + value + "\".");
    }
  }

  /** Checks a page's bounds. */
  static void page(int first, int size, int max) {
    if (first < 0 || size < 1 || size > max) {
      throw new BadRequestException(
          "Parameters \"first\" must be 0 or more and \"size\" 1 to " + max + ".");
    }
  }
}
