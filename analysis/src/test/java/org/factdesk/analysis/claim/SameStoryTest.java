package org.factdesk.analysis.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SameStoryTest {

  @Test
  void twoLinkedClaimsMakeOneStory() {
    assertNotNull(SameStory.reason(2, 0.1));
  }

  @Test
  void oneLinkedClaimNeedsOpeningsAlike() {
    assertNotNull(SameStory.reason(1, 0.65));
    assertNull(SameStory.reason(1, 0.5));
  }

  @Test
  void openingsAloneAreNoStory() {
    assertNull(SameStory.reason(0, 0.95));
  }

  @Test
  void theOpeningIsTheTitleAndTwoLeadSentences() {
    assertEquals(
        "Ore ships stranded First. Second.",
        SameStory.opening(" Ore ships stranded ", List.of("First.", "Second.", "Third.")));
  }
}
