package org.factdesk.analysis.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MinHashSignatureTest {
  private static final String STORY =
      "A spokesperson from the Ministry of Water said on Tuesday that the dams on the Tavel river"
          + " were operated within treaty limits, and that the government would cooperate with the"
          + " audit ordered by the basin commission. Farmers downstream said summer flows had"
          + " fallen by 18 percent since 2021 and asked for daily gauge data. The commission said"
          + " the auditors would report by the end of September and publish every reading.";

  @Test
  void identicalTextsAreIdenticalAndRoundTripThroughBytesAndHex() {
    MinHashSignature a = MinHashSignature.of(STORY);
    assertEquals(1.0, a.similarity(MinHashSignature.of(STORY)));
    assertEquals(a, MinHashSignature.fromBytes(a.toBytes()));
    assertEquals(a, MinHashSignature.fromHex(a.toHex()));
    assertEquals(MinHashSignature.SIZE * 8, a.toBytes().length);
  }

  @Test
  void aRetoldStoryIsMoreSimilarThanAnUnrelatedOne() {
    String retold =
        STORY.replace("Ministry of Water", "Foreign Ministry").replace("Tuesday", "Wednesday");
    String unrelated =
        "The orchestra opened its spring season with a programme of new works by young composers,"
            + " and tickets for the five concerts sold out within an hour of going on sale at the"
            + " box office.";
    double near = MinHashSignature.of(STORY).similarity(MinHashSignature.of(retold));
    double far = MinHashSignature.of(STORY).similarity(MinHashSignature.of(unrelated));
    assertTrue(near > 0.5, "near " + near);
    assertTrue(far < 0.1, "far " + far);
  }

  @Test
  void rejectsBadEncodings() {
    assertThrows(IllegalArgumentException.class, () -> MinHashSignature.fromBytes(new byte[3]));
    assertThrows(IllegalArgumentException.class, () -> MinHashSignature.fromHex("zz"));
  }
}
