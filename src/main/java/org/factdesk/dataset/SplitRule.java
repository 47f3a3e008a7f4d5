package org.factdesk.dataset;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How a version's articles are split into train and test, never by article: by outlet (the named
 * outlets are the test split) or by date (articles published on or after the date are the test
 * split; those without a date stay in train). One story told by one outlet, or on one day, so never
 * lands on both sides. Stored with the dataset and frozen with each version.
 */
public record SplitRule(Kind kind, Set<String> testOutlets, LocalDate testFrom) {

  public static final String TRAIN = "train";
  public static final String TEST = "test";

  /** How the split is made. */
  public enum Kind {
    NONE,
    OUTLET,
    DATE
  }

  public static final SplitRule NONE = new SplitRule(Kind.NONE, Set.of(), null);

  public SplitRule {
    testOutlets = Set.copyOf(new TreeSet<>(testOutlets));
  }

  /**
   * The rule an admin asked for: {@code by} is none, outlet or date; {@code value} the test outlets
   * (one per line or comma-separated) or the first date of the test split (2025-06-01).
   */
  public static SplitRule of(String by, String value) {
    Kind kind;
    try {
      kind =
          by == null || by.isBlank()
              ? Kind.NONE
              : Kind.valueOf(by.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new DatasetException(
          "Unknown split \"" + by + "\"; split by none, outlet or date (never by article).");
    }
    String v = value == null ? "" : value.strip();
    return switch (kind) {
      case NONE -> NONE;
      case OUTLET -> {
        Set<String> outlets =
            Arrays.stream(v.split("[,\\n]"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        if (outlets.isEmpty()) {
          throw new DatasetException(
              "A split by outlet needs the outlets of the test split, one per line or"
                  + " comma-separated.");
        }
        yield new SplitRule(Kind.OUTLET, outlets, null);
      }
      case DATE -> {
        try {
          yield new SplitRule(Kind.DATE, Set.of(), LocalDate.parse(v));
        } catch (DateTimeParseException e) {
          throw new DatasetException(
              "A split by date needs the first day of the test split, like 2025-06-01, not \""
                  + v
                  + "\".");
        }
      }
    };
  }

  /** The rule as stored: {@code kind} and the value ({@code null} for none). */
  public String storedValue() {
    return switch (kind) {
      case NONE -> null;
      case OUTLET -> String.join("\n", new TreeSet<>(testOutlets));
      case DATE -> testFrom.toString();
    };
  }

  /** Reads back what {@link #storedValue} gave. */
  static SplitRule stored(String by, String value) {
    return by == null ? NONE : of(by, value);
  }

  public boolean isSplit() {
    return kind != Kind.NONE;
  }

  /** The split the article goes to. */
  public String splitOf(String outlet, LocalDate published) {
    return switch (kind) {
      case NONE -> TRAIN;
      case OUTLET -> outlet != null && testOutlets.contains(outlet.strip()) ? TEST : TRAIN;
      case DATE -> published != null && !published.isBefore(testFrom) ? TEST : TRAIN;
    };
  }

  /** In words, for the card and the Datasets page. */
  public String describe() {
    return switch (kind) {
      case NONE -> "no split (every article in train)";
      case OUTLET -> "by outlet: test = " + String.join(", ", new TreeSet<>(testOutlets));
      case DATE -> "by date: test = published on or after " + testFrom + " (undated in train)";
    };
  }
}
