package org.factdesk.analysis.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateParserTest {
  private static final LocalDate JUNE_11 = LocalDate.of(2025, 6, 11);

  @Test
  void parsesTheDatelinesNewsSitesWrite() {
    assertEquals(Optional.of(JUNE_11), DateParser.parseDateline("Wednesday, Jun 11, 2025"));
    assertEquals(
        Optional.of(LocalDate.of(2025, 10, 28)),
        DateParser.parseDateline("Tuesday, October 28, 2025"));
    assertEquals(Optional.of(JUNE_11), DateParser.parseDateline("2025-06-11"));
    assertEquals(Optional.of(JUNE_11), DateParser.parseDateline("11 June 2025"));
    assertEquals(Optional.of(JUNE_11), DateParser.parseDateline("June 11, 2025"));
    assertEquals(
        Optional.of(JUNE_11), DateParser.parseDateline("Published: 11th June 2025, 08:15 GMT"));
    assertEquals(Optional.of(JUNE_11), DateParser.parseDateline("Updated 2025-06-11T08:15:00Z"));
    assertEquals(Optional.of(JUNE_11), DateParser.parseDateline("11.06.2025"));
  }

  @Test
  void aSentenceWithADateIsNotADateline() {
    assertTrue(
        DateParser.parseDateline("The talks ended on June 11, 2025 without a deal.").isEmpty());
    assertEquals(
        Optional.of(JUNE_11), DateParser.find("The talks ended on June 11, 2025 without a deal."));
  }

  @Test
  void aDatelineMayEndWithAnAmericanOrAustralianTimeZoneOrAsOf() {
    assertEquals(
        Optional.of(JUNE_11), DateParser.parseDateline("Updated June 11, 2025, 11:29 a.m. ET"));
    assertEquals(
        Optional.of(JUNE_11), DateParser.parseDateline("11 June 2025 Last updated at 20:55 ET"));
    assertEquals(Optional.of(JUNE_11), DateParser.parseDateline("June 11, 2025 12:10am AEDT"));
    assertEquals(Optional.of(JUNE_11), DateParser.parseDateline("Updated as of June 11, 2025"));
    assertTrue(DateParser.parseDateline("June 11, 2025 Etna erupts").isEmpty());
  }

  @Test
  void aDateInFiguresWithSlashesOrDotsIsADatelineInEitherOrder() {
    assertTrue(DateParser.isDateline("01/31/13"));
    assertTrue(DateParser.isDateline("18/01/08"));
    assertTrue(DateParser.isDateline("10.29.2012"));
    assertTrue(DateParser.isDateline("11/07/2012 1:23 AM"));
    assertTrue(DateParser.isDateline("21 Feb 2012"));
    assertFalse(DateParser.isDateline("1 / 5"));
    assertFalse(DateParser.isDateline("Version 2.1.12"));
    assertFalse(DateParser.isDateline("Posted 01/31/13 in Harbour news"));
    assertTrue(DateParser.parseDateline("01/31/13").isEmpty());
  }

  @Test
  void impossibleDatesAreIgnored() {
    assertTrue(DateParser.parseDateline("February 30, 2025").isEmpty());
  }
}
