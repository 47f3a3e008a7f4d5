package org.factdesk.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The numeric spans leave the digits of names alone (decision 0075) and keep real numbers: each
 * sentence of the first tests had a NUMBER or DATE span in the name before the rule.
 */
class NameDigitsTest {
  /** The spans of the numeric types, as "TYPE text". */
  private static List<String> numeric(String sentence) {
    return SpanFinder.find(sentence, 0, new SpanFinder.Workspace()).stream()
        .filter(
            s ->
                s.type() == SpanType.NUMBER
                    || s.type() == SpanType.PERCENT
                    || s.type() == SpanType.MONEY
                    || s.type() == SpanType.DATE)
        .map(s -> s.type() + " " + s.text())
        .toList();
  }

  @Test
  void aVirussNameIsNoNumber() {
    assertEquals(List.of(), numeric("COVID-19 spreads between people who live together."));
    assertEquals(List.of(), numeric("Covid-19 and covid-19 are the same disease."));
    assertEquals(List.of(), numeric("SARS-CoV-2 binds to the ACE2 receptor."));
    assertEquals(List.of(), numeric("Genomes of 2019-nCoV were published."));
    assertEquals(List.of(), numeric("The nCoV-2019 sequence was shared."));
    assertEquals(List.of(), numeric("It was a COVID-19-related death."));
  }

  @Test
  void codesJoinedToLettersAreNoNumbers() {
    assertEquals(List.of(), numeric("The F-16 jets flew over the BLAZE-1 trial site."));
    assertEquals(List.of(), numeric("Patients in ICU-06 were moved to Cluster-5."));
    assertEquals(List.of(), numeric("Rumours blamed 5G masts and 3D printers."));
    assertEquals(List.of(), numeric("SARS-CoV-2 \u2011 and MERS\u20112 \u2011 differ."));
  }

  @Test
  void aRealNumberBesideANameStays() {
    assertEquals(
        List.of("NUMBER 19", "DATE in 2020"),
        numeric("COVID-19 killed 19 people in 2020 in the town."));
    assertEquals(
        List.of("NUMBER 1.5 million", "PERCENT 12%"),
        numeric("SARS-CoV-2 infected 1.5 million people, 12% of them twice."));
    assertEquals(List.of("MONEY $40 million"), numeric("The F-16 upgrade cost $40 million."));
  }

  @Test
  void scoresRangesAgesAndPrefixedYearsStayNumbers() {
    assertEquals(List.of("NUMBER 3-2"), numeric("They won 3-2 at home."));
    assertEquals(List.of("NUMBER 10-12"), numeric("Expect 10-12 cases a day."));
    assertEquals(List.of("NUMBER 9-11"), numeric("The 9-11 attacks changed air travel."));
    assertEquals(List.of("NUMBER 19-year"), numeric("A 19-year-old man was arrested."));
    assertEquals(List.of("NUMBER 2020"), numeric("Prices fell after a mid-2020 peak."));
    assertEquals(List.of("DATE in mid-2020"), numeric("Prices fell in mid-2020 and rose."));
    assertEquals(List.of("NUMBER 10"), numeric("It is a top-10 risk for under-aged drivers."));
    assertEquals(List.of("NUMBER 1-in", "NUMBER 5"), numeric("A 1-in-5 chance, he said."));
    assertEquals(List.of("NUMBER 40", "NUMBER 30"), numeric("Some 40K runners in 30C heat."));
  }

  @Test
  void digitsSetOffByASpaceStayNumbers() {
    assertEquals(List.of("NUMBER 737"), numeric("The Boeing 737 MAX was grounded."));
    assertEquals(List.of("NUMBER 19"), numeric("COVID 19 is spelt without a hyphen here."));
  }
}
