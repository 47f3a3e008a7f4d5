package org.factdesk.analysis.meta;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written the ways news sites write them ("Wednesday, Jun 11, 2025", "11 June 2025",
 * "2025-06-11", "2025-06-11T08:00:00Z") and tells whether a whole line is a dateline, i.e. a date
 * with nothing else but a weekday, a time or a word like "Published".
 */
public final class DateParser {
  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  private static final Pattern ISO =
      Pattern.compile("(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?" + MONTH + "\\.?,?\\s+(\\d{4})\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
  private static final Pattern DATE_PART =
      Pattern.compile("(?:[0-3]?\\d|(?:19|20)\\d\\d|" + MONTH + ")[.,]?", Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_ALONE =
      Pattern.compile(MONTH + "[.,]?", Pattern.CASE_INSENSITIVE);

  /** What may stand beside the date in a dateline. */
  private static final Pattern DATELINE_REST =
      Pattern.compile(
          "(?i)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu"
              + "|thur|thurs|fri|sat|sun|published|updated|posted|last|modified|on|at|date|am|pm"
              + "|a\\.m|p\\.m|gmt|utc|cet|cest|edt|est|pst|pdt|bst|ist|et|ct|pt|cdt|cst|mdt|mst|aedt|aest"
              + "|as|of|\\d{1,2}:\\d{2}(?::\\d{2})?"
              + "|t\\d{2}:\\d{2}.*|z|[-+]\\d{2}:?\\d{2}|[\\s,.:|/()\\-\u2013\u2014·•])*");

  private DateParser() {}

  /** The first date in {@code text}, if any. */
  public static Optional<LocalDate> find(String text) {
    DateMatch m = firstMatch(text);
    return m == null ? Optional.empty() : Optional.of(m.date);
  }

  /** The date of a line that is nothing but a dateline, else empty. */
  public static Optional<LocalDate> parseDateline(String line) {
    if (line.length() > 80) {
      return Optional.empty();
    }
    DateMatch m = firstMatch(line);
    if (m == null) {
      return Optional.empty();
    }
    String rest = line.substring(0, m.start) + " " + line.substring(m.end);
    return DATELINE_REST.matcher(rest).matches() ? Optional.of(m.date) : Optional.empty();
  }

  /** A date in figures with slashes or dots, day and month in either order ("01/31/13"). */
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d/.])\\d{1,2}[/.]\\d{1,2}[/.](?:\\d{4}|\\d{2})(?![\\d/.])");

  /**
   * Whether a line is nothing but a date, as {@link #parseDateline} reads one, or a date in figures
   * with slashes or dots ("01/31/13", "18/01/08", "10.29.2012") whose day and month may stand in
   * either order, with only a weekday, a time or a word like "Updated" beside it.
   */
  public static boolean isDateline(String line) {
    if (!hasDigit(line)) {
      return false; // both forms have a day or a year in figures
    }
    if (parseDateline(line).isPresent()) {
      return true;
    }
    if (line.length() > 80) {
      return false;
    }
    Matcher m = NUMERIC.matcher(line);
    if (!m.find()) {
      return false;
    }
    String rest = line.substring(0, m.start()) + " " + line.substring(m.end());
    return DATELINE_REST.matcher(rest).matches();
  }

  private record DateMatch(LocalDate date, int start, int end) {}

  private static DateMatch firstMatch(String text) {
    if (!hasDigit(text)) {
      return null; // every form above has a day or a year in figures
    }
    DateMatch best = null;
    Matcher m = ISO.matcher(text);
    if (m.find()) {
      best = pick(best, date(m.group(1), m.group(2), m.group(3)), m);
    }
    m = MONTH_DAY_YEAR.matcher(text);
    if (m.find()) {
      best = pick(best, date(m.group(3), month(m.group(1)), m.group(2)), m);
    }
    m = DAY_MONTH_YEAR.matcher(text);
    if (m.find()) {
      best = pick(best, date(m.group(3), month(m.group(2)), m.group(1)), m);
    }
    m = DOTTED.matcher(text);
    if (m.find()) {
      best = pick(best, date(m.group(3), m.group(2), m.group(1)), m);
    }
    return best;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static DateMatch pick(DateMatch best, LocalDate date, Matcher m) {
    if (date == null) {
      return best;
    }
    if (best == null || m.start() < best.start) {
      return new DateMatch(date, m.start(), m.end());
    }
    return best;
  }

  private static String month(String name) {
    String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
    int index = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(key);
    return Integer.toString(index / 3 + 1);
  }

  private static LocalDate date(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /**
   * Whether a whole line is one part of a date written one part to a line, as date badges and
   * dateline widgets write them: a day, a month's name or a year ("23", "Jul.", "2012").
   */
  public static boolean isDatePart(String line) {
    return DATE_PART.matcher(line.strip()).matches();
  }

  /** Whether a whole line is a month's name alone ("Jul", "September,"). */
  public static boolean isMonthName(String line) {
    return MONTH_ALONE.matcher(line.strip()).matches();
  }
}
