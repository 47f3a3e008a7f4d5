package org.factdesk.analysis.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimHashAndContentHashTest {
  private static final String STORY =
      "The port authority of Kestrel Bay said on Monday that night shifts would start in June,"
          + " doubling the hours the terminal can handle ships. Union leaders said they had not"
          + " been consulted and asked for a meeting.";

  @Test
  void simHashesOfNearDuplicatesAreCloseAndRoundTripAsHex() {
    long a = SimHash.of(STORY);
    long b = SimHash.of(STORY.replace("Monday", "Tuesday"));
    long c =
        SimHash.of(
            "Tickets for the five spring concerts of the city orchestra sold out within an hour on"
                + " Friday.");
    assertTrue(SimHash.hammingDistance(a, b) < SimHash.hammingDistance(a, c));
    assertEquals(a, SimHash.fromHex(SimHash.toHex(a)));
  }

  @Test
  void contentHashIsSha256HexOfTheBlocks() {
    String h = ContentHash.ofBlocks(List.of("a", "b"));
    assertEquals(64, h.length());
    assertEquals(ContentHash.of("a\nb"), h);
    assertNotEquals(h, ContentHash.ofBlocks(List.of("a", "c")));
    assertEquals(
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.of(""));
  }

  @Test
  void blocksHashLikeTheirJoinedTextEvenWithLoneSurrogatesAtTheEdges() {
    List<String> blocks = List.of("x\uD83D", "\uDE00y", "", "\uD83D\uDE00 é");
    assertEquals(ContentHash.of(String.join("\n", blocks)), ContentHash.ofBlocks(blocks));
    assertEquals(ContentHash.of(""), ContentHash.ofBlocks(List.of()));
  }
}
