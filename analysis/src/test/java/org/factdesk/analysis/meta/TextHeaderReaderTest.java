package org.factdesk.analysis.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextHeaderReaderTest {
  private static final String PARAGRAPH =
      "The trade ministry said exporters of sea salt will need a licence from April 1, a move"
          + " officials called temporary.";

  @Test
  void readsOutletTaglineDatelineAndTitle() {
    TextHeader h =
        TextHeaderReader.read(
            List.of(
                "Harbor Ledger",
                "Independent News From the Coast",
                "Friday, Mar 14, 2025",
                "Valmora Tightens Rules on Salt Exports as Prices Climb",
                PARAGRAPH),
            null);
    assertEquals(3, h.titleIndex());
    assertEquals("Harbor Ledger", h.outlet());
    assertEquals("Independent News From the Coast", h.tagline());
    assertEquals(LocalDate.of(2025, 3, 14), h.published());
    assertEquals(List.of(2), h.datelineIndexes());
  }

  @Test
  void theFirstLineIsTheTitleWhenNothingPrecedesIt() {
    TextHeader h =
        TextHeaderReader.read(
            List.of(
                "Farmers Accuse Canal Board of Starving Rice Fields",
                "Farmers Accuse Canal Board of Starving Rice Fields - Professional coverage",
                "Water Dispute Reaches the Capital",
                PARAGRAPH),
            null);
    assertEquals(0, h.titleIndex());
    assertNull(h.outlet());
  }

  @Test
  void theImportersTitleWins() {
    TextHeader h =
        TextHeaderReader.read(
            List.of("Short Kicker", "The Actual Headline of the Story", PARAGRAPH),
            "The actual headline of the story");
    assertEquals(1, h.titleIndex());
  }

  @Test
  void readsBylines() {
    TextHeader h =
        TextHeaderReader.read(
            List.of("Salt Exports Fall Again", "By Mira Holt and Jonas Fell", PARAGRAPH), null);
    assertEquals(List.of(1), h.bylineIndexes());
    assertEquals("Mira Holt and Jonas Fell", h.author());
    assertNull(TextHeaderReader.byline("By Tuesday, officials had approved 40 licences."));
  }

  @Test
  void readsABlogsPostedByLineWithItsTime() {
    assertEquals("Chef John", TextHeaderReader.byline("Posted by Chef John at 12:00 AM"));
    assertEquals(
        "Julia Beizer",
        TextHeaderReader.byline("Posted by Julia Beizer on March 8, 2013 at 3:23 pm"));
    assertEquals("Rudy Galfi", TextHeaderReader.byline("Posted by Rudy Galfi, Product Manager"));
    assertNull(TextHeaderReader.byline("Posted by readers who asked us to look again."));
    assertNull(TextHeaderReader.byline("Posted by the harbour board at noon"));
  }
}
