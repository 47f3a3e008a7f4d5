package org.factdesk.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimMatcherTest {
  private final ClaimMatcher cut = new ClaimMatcher();
  private final ClaimExtractor extractor = new ClaimExtractor(0.0);

  /** The sentence as the engine would find it, with its spans. */
  private ClaimText claim(String article, String sentence) {
    List<FoundClaim> found = extractor.extract(0, sentence);
    assertEquals(1, found.size(), "one claim in: " + sentence);
    return ClaimText.of(article, found.get(0));
  }

  @Test
  void sameStatementFromTwoMinistriesWithTwoFiguresConflictsOnNumberAndSource() {
    ClaimMatch m =
        cut.match(
            claim(
                "a",
                "A spokesperson from the Ministry of Fisheries said 4,500 trawler permits had been"
                    + " renewed since March under the Coastal Waters Act of 2019."),
            claim(
                "b",
                "A spokesperson from the Ministry of Transport said 3,100 trawler permits had been"
                    + " renewed since March under the Coastal Waters Act of 2019."));
    assertEquals(MatchVerdict.CONFLICT, m.verdict(), m.toString());
    assertEquals(
        List.of(
            new ClaimDifference(FactType.NUMBER, "4,500", "3,100"),
            new ClaimDifference(FactType.SOURCE, "Ministry of Fisheries", "Ministry of Transport")),
        m.differences());
    assertEquals(
        "same statement; the number differs: 4,500 vs 3,100; the source differs: Ministry of"
            + " Fisheries vs Ministry of Transport",
        m.reason());
  }

  /**
   * Decision 0075: the "19" of "COVID-19" and the "2" of "SARS-CoV-2" are no figures to compare.
   */
  @Test
  void theVirussTwoNamesAreNoDifferingNumbers() {
    ClaimMatch m =
        cut.match(
            claim(
                "a",
                "The Ministry of Health said COVID-19 had killed 240 people in the region since"
                    + " March."),
            claim(
                "b",
                "The Ministry of Health said SARS-CoV-2 had killed 240 people in the region since"
                    + " March."));
    assertEquals(MatchVerdict.SAME, m.verdict(), m.toString());
    assertTrue(m.differences().isEmpty(), m.toString());
  }

  @Test
  void rewordedStatementWithTheSameFiguresIsSame() {
    ClaimMatch m =
        cut.match(
            claim(
                "a",
                "The Ministry of Health said 240 rural clinics had closed since 2022, leaving 1,500"
                    + " villages without a doctor."),
            claim(
                "b",
                "According to the Ministry of Health, 240 rural clinics have closed since 2022 and"
                    + " 1500 villages are left without a doctor."));
    assertEquals(MatchVerdict.SAME, m.verdict(), m.toString());
    assertTrue(m.differences().isEmpty());
    assertTrue(m.similarity() > 0.7, m.toString());
  }

  @Test
  void aDifferentDateForTheSameEventConflictsOnDate() {
    ClaimMatch m =
        cut.match(
            claim(
                "a", "The new ferry timetable for the Halden crossing will take effect on June 3."),
            claim("b", "The new ferry timetable for the Halden crossing takes effect on 10 June."));
    assertEquals(MatchVerdict.CONFLICT, m.verdict(), m.toString());
    assertEquals(List.of(new ClaimDifference(FactType.DATE, "June 3", "10 June")), m.differences());
  }

  @Test
  void theSameDayWrittenTwoWaysIsNoDifference() {
    ClaimMatch m =
        cut.match(
            claim(
                "a", "The new ferry timetable for the Halden crossing will take effect on June 3."),
            claim(
                "b",
                "The new ferry timetable for the Halden crossing takes effect on 3 June 2025."));
    assertEquals(MatchVerdict.SAME, m.verdict(), m.toString());
  }

  @Test
  void unrelatedClaimsThatShareANumberAreUnrelated() {
    ClaimMatch m =
        cut.match(
            claim(
                "a",
                "Dockworkers at Port Halden voted to accept a pay offer of 1,200 crowns a month."),
            claim(
                "b",
                "The regional council planted 1,200 oak saplings along the river embankment."));
    assertEquals(MatchVerdict.UNRELATED, m.verdict(), m.toString());
    assertTrue(m.differences().isEmpty());
    assertEquals("different subjects; they only share 1,200", m.reason());
  }

  @Test
  void percentAndThousandsWrittenDifferentlyAreNoDifference() {
    ClaimMatch percent =
        cut.match(
            claim("a", "Fertiliser prices in Calderra fell 12 percent in the first quarter."),
            claim("b", "Fertiliser prices in Calderra fell 12% in the first quarter."));
    assertEquals(MatchVerdict.SAME, percent.verdict(), percent.toString());
    ClaimMatch thousands =
        cut.match(
            claim("a", "Customs officers inspected 1,200 rail wagons at the Merrow crossing."),
            claim("b", "Customs officers inspected 1200 rail wagons at the Merrow crossing."));
    assertEquals(MatchVerdict.SAME, thousands.verdict(), thousands.toString());
  }

  @Test
  void moneyIsComparedByValueAndCurrency() {
    ClaimMatch same =
        cut.match(
            claim("a", "The port authority will spend $48 million on a new container crane."),
            claim(
                "b", "The port authority will spend 48 million dollars on a new container crane."));
    assertEquals(MatchVerdict.SAME, same.verdict(), same.toString());
    ClaimMatch differs =
        cut.match(
            claim("a", "The port authority will spend $48 million on a new container crane."),
            claim("b", "The port authority will spend $52 million on a new container crane."));
    assertEquals(
        List.of(new ClaimDifference(FactType.NUMBER, "$48 million", "$52 million")),
        differs.differences());
  }

  @Test
  void aDifferentPlaceForTheSameMeetingConflictsOnPlace() {
    ClaimMatch m =
        cut.match(
            claim(
                "a",
                "Trade ministers of both countries will meet in Tessel on April 28, officials said."),
            claim(
                "b",
                "Trade ministers of both countries will meet in Orsk on April 28, officials said."));
    assertEquals(MatchVerdict.CONFLICT, m.verdict(), m.toString());
    assertTrue(m.differs(FactType.PLACE) && !m.differs(FactType.DATE), m.toString());
  }

  @Test
  void accentsAndCaseAreFolded() {
    ClaimMatch m =
        cut.match(
            claim("a", "The Ministère of Culture said 40 théâtres reopened after the strike."),
            claim("b", "The ministere of culture said 40 THEATRES reopened after the strike."));
    assertEquals(MatchVerdict.SAME, m.verdict(), m.toString());
  }

  @Test
  void aFigureOnlyOneSideGivesIsExtraDetailNotAConflict() {
    ClaimMatch m =
        cut.match(
            claim(
                "a",
                "Officials said 38 grain licence applications had been refused this year, most for"
                    + " unverified buyers."),
            claim(
                "b",
                "Officials said 38 grain licence applications had been refused this year, out of"
                    + " 1,240 received, most for unverified buyers."));
    assertEquals(MatchVerdict.SAME, m.verdict(), m.toString());
    assertFalse(m.differs(FactType.NUMBER));
  }
}
