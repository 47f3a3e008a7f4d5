package org.factdesk.analysis.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the comparable facts of a claim from its spans (numbers, percentages, money, dates, named
 * sources) and, for what the span finder does not type, from the sentence: institutions ("Ministry
 * of Trade", "Trade Ministry") and places ("in Tessel"). Values are normalised so that "1,200" and
 * "1200", "12 percent" and "12%", "$48 million" and "48 million dollars", "May 2" and "2 May" are
 * equal.
 */
final class FactReader {
  private static final Map<String, String> MONTHS =
      Map.ofEntries(
          Map.entry("jan", "01"),
          Map.entry("feb", "02"),
          Map.entry("mar", "03"),
          Map.entry("apr", "04"),
          Map.entry("may", "05"),
          Map.entry("jun", "06"),
          Map.entry("jul", "07"),
          Map.entry("aug", "08"),
          Map.entry("sep", "09"),
          Map.entry("oct", "10"),
          Map.entry("nov", "11"),
          Map.entry("dec", "12"));

  private static final Map<String, Integer> NUMBER_WORDS =
      Map.of(
          "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9,
          "ten", 10);

  private static final Pattern DIGITS =
      Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");
  private static final Pattern SCALE =
      Pattern.compile("^[- ]?(million|billion|trillion|bn|mn|m|k)\\b");
  private static final Pattern MONTH_WORD =
      Pattern.compile("\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern DAY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\b");

  /** The name in a SOURCE span: the capitalised run after "according to" or "… from the". */
  private static final Pattern SOURCE_NAME =
      Pattern.compile(
          "(?:(?i:according to)|\\b(?:from|for|of|at)) (?:the |a |an )?(\\p{Lu}[\\p{L}.'\u2019-]*"
              + "(?: (?:of |and |for )?\\p{Lu}[\\p{L}.'\u2019-]*){0,5})");

  private static final String BODY =
      "(?:Ministry|Department|Office|Agency|Bureau|Commission|Authority|Institute|Council)";
  private static final String NAME = "\\p{Lu}[\\p{L}-]*";

  /** Institutions named anywhere in the sentence, in either order of name and body. */
  private static final Pattern INSTITUTION =
      Pattern.compile(
          "\\b("
              + BODY
              + ") (?:of|for) (?:the )?("
              + NAME
              + "(?: (?:and |of )?"
              + NAME
              + "){0,3})"
              + "|\\b(?!(?:The|A|An|This|That|Its|Their|Our)\\b)("
              + NAME
              + ") ("
              + BODY
              + ")\\b");

  /** A capitalised name after a preposition of place; months and weekdays are dates, not places. */
  private static final Pattern PLACE =
      Pattern.compile("\\b(?:in|at|near) (?:the )?(" + NAME + "(?: " + NAME + ")?)");

  private static final Pattern NOT_A_PLACE =
      Pattern.compile(
          "(?i)(?:january|february|march|april|may|june|july|august|september|october|november"
              + "|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday"
              + "|wednesday|thursday|friday|saturday|sunday|the|a|an|this|that|its|their)(?: .*)?");

  private FactReader() {}

  /** The facts of a claim, numbers first, then dates, sources and places, each in text order. */
  static List<Fact> read(ClaimText claim) {
    List<Fact> facts = new ArrayList<>();
    List<Fact> dates = new ArrayList<>();
    List<Fact> sources = new ArrayList<>();
    for (FoundSpan span : claim.spans()) {
      switch (span.type()) {
        case NUMBER, PERCENT, MONEY -> addIfPresent(number(span), facts);
        case DATE -> addIfPresent(date(span.text()), dates);
        case SOURCE -> addIfPresent(sourceName(span.text()), sources);
        default -> {}
      }
    }
    facts.addAll(dates);
    institutions(claim.text(), sources);
    facts.addAll(sources);
    places(claim.text(), sources, facts);
    return facts;
  }

  private static void addIfPresent(Fact fact, List<Fact> out) {
    if (fact != null && out.stream().noneMatch(f -> f.agrees(fact))) {
      out.add(fact);
    }
  }

  /** A number span's value and unit, or null for vague ones ("hundreds of"). */
  static Fact number(FoundSpan span) {
    String folded = Fold.fold(span.text());
    BigDecimal value;
    int after;
    Matcher digits = DIGITS.matcher(folded);
    if (digits.find()) {
      value = new BigDecimal(digits.group().replace(",", ""));
      after = digits.end();
    } else {
      Integer word = NUMBER_WORDS.get(folded.strip());
      if (word == null) {
        return null;
      }
      value = BigDecimal.valueOf(word);
      after = folded.length();
    }
    Matcher scale = SCALE.matcher(folded.substring(after));
    if (scale.find()) {
      value = value.multiply(scaleOf(scale.group(1)));
    }
    String unit =
        switch (span.type()) {
          case PERCENT -> folded.contains("point") ? "pp" : "%";
          case MONEY -> currency(folded);
          default -> "";
        };
    String key = value.stripTrailingZeros().toPlainString();
    return new Fact(FactType.NUMBER, span.text(), unit, key);
  }

  private static BigDecimal scaleOf(String word) {
    return switch (word) {
      case "k" -> BigDecimal.valueOf(1_000L);
      case "m", "mn", "million" -> BigDecimal.valueOf(1_000_000L);
      case "bn", "billion" -> BigDecimal.valueOf(1_000_000_000L);
      default -> BigDecimal.valueOf(1_000_000_000_000L);
    };
  }

  private static String currency(String folded) {
    if (folded.contains("$") || folded.contains("dollar") || folded.contains("usd")) {
      return "USD";
    }
    if (folded.contains("€") || folded.contains("euro") || folded.contains("eur")) {
      return "EUR";
    }
    if (folded.contains("£") || folded.contains("pound") || folded.contains("gbp")) {
      return "GBP";
    }
    if (folded.contains("yuan") || folded.contains("cny")) {
      return "CNY";
    }
    if (folded.contains("yen")) {
      return "JPY";
    }
    if (folded.contains("rupee")) {
      return "INR";
    }
    return "¥"; // the span finder takes ¥ for both yen and yuan; it only equals itself
  }

  /**
   * A calendar date as {@code year|month|day}, or null for relative ones ("last week", "on
   * Monday"), which depend on the day each article was written and so cannot be compared.
   */
  static Fact date(String text) {
    String folded = Fold.fold(text);
    Matcher iso = ISO_DATE.matcher(folded);
    if (iso.find()) {
      return new Fact(
          FactType.DATE, text, "day", iso.group(1) + "|" + iso.group(2) + "|" + iso.group(3));
    }
    Matcher month = MONTH_WORD.matcher(folded);
    Matcher year = YEAR.matcher(folded);
    String y = year.find() ? year.group() : "";
    if (!month.find()) {
      return y.isEmpty() ? null : new Fact(FactType.DATE, text, "year", y + "||");
    }
    String m = MONTHS.get(month.group(1));
    String withoutYear = y.isEmpty() ? folded : folded.replace(y, " ");
    Matcher day = DAY.matcher(withoutYear);
    String d = day.find() ? String.format("%02d", Integer.parseInt(day.group(1))) : "";
    return new Fact(FactType.DATE, text, d.isEmpty() ? "month" : "day", y + "|" + m + "|" + d);
  }

  /** The named source in a SOURCE span, or null when it names none ("said", "according to"). */
  static Fact sourceName(String text) {
    Matcher m = SOURCE_NAME.matcher(text);
    return m.find() ? source(m.group(1).strip()) : null;
  }

  private static Fact source(String name) {
    return new Fact(FactType.SOURCE, name, "", Fold.fold(name));
  }

  /**
   * Adds the institutions of the text. One that a span's source name holds or is held by replaces
   * it, so "Calderra's Ministry of Agriculture" and "the Ministry of Agriculture" are one source.
   */
  private static void institutions(String text, List<Fact> sources) {
    Matcher m = INSTITUTION.matcher(text);
    while (m.find()) {
      String key =
          m.group(1) != null
              ? Fold.fold(m.group(1) + " of " + m.group(2))
              : Fold.fold(m.group(4) + " of " + m.group(3));
      Fact fact = new Fact(FactType.SOURCE, m.group(), "", key);
      int same = -1;
      for (int i = 0; i < sources.size() && same < 0; i++) {
        String known = sources.get(i).key();
        if (known.contains(key) || key.contains(known)) {
          same = i;
        }
      }
      if (same < 0) {
        sources.add(fact);
      } else {
        sources.set(same, fact);
      }
    }
  }

  /** Adds the places of the text that are not part of a source's name. */
  private static void places(String text, List<Fact> sources, List<Fact> out) {
    Matcher m = PLACE.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      String key = Fold.fold(name);
      boolean inSource = sources.stream().anyMatch(s -> s.key().contains(key));
      if (!inSource && !NOT_A_PLACE.matcher(name).matches()) {
        addIfPresent(new Fact(FactType.PLACE, name, "", key), out);
      }
    }
  }
}
