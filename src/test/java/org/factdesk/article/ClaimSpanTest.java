package org.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.factdesk.analysis.claim.FoundSpan;
import org.factdesk.analysis.claim.SpanType;
import org.junit.jupiter.api.Test;

class ClaimSpanTest {

  private static FoundSpan found(SpanType type, String text, int start, int end) {
    return new FoundSpan(type, text, start, end);
  }

  private static String row(ClaimSpan span) {
    return span.getType()
        + "|"
        + span.getText()
        + "|"
        + span.getStartOffset()
        + "|"
        + span.getEndOffset();
  }

  @Test
  void spansComeBackAsTheyWereWithSeparatorsAndEscapesInTheirText() {
    List<FoundSpan> spans =
        List.of(
            found(SpanType.PERCENT, "12 percent", 40, 50),
            found(SpanType.QUOTE, "\"a; b\\c;\" said \\; the 🚢 crew", 0, 28),
            found(SpanType.NUMBER, "", 3, 3),
            found(SpanType.SOURCE, "ends with a backslash \\", 7, 30));
    String column = ClaimSpan.encode(spans);
    List<String> back = ClaimSpan.decode(column).stream().map(ClaimSpanTest::row).toList();
    assertEquals(
        List.of(
            "PERCENT|12 percent|40|50",
            "QUOTE|\"a; b\\c;\" said \\; the 🚢 crew|0|28",
            "NUMBER||3|3",
            "SOURCE|ends with a backslash \\|7|30"),
        back);
  }

  @Test
  void noSpansAreStoredAsNullAndReadAsNone() {
    assertNull(ClaimSpan.encode(List.of()));
    assertEquals(List.of(), ClaimSpan.decode(null));
    assertEquals(List.of(), ClaimSpan.decode(""));
  }

  @Test
  void theFormMigrationV6WritesIsRead() {
    // what the migration's SQL makes of two claim_span rows
    String column = "PERCENT 16 26 45 Percent;SOURCE 220 224 said \\; \\\\ so;";
    assertEquals(
        List.of("PERCENT|45 Percent|16|26", "SOURCE|said ; \\ so|220|224"),
        ClaimSpan.decode(column).stream().map(ClaimSpanTest::row).toList());
  }

  @Test
  void aLongSpanTextIsClippedAsTheColumnUsedTo() {
    String column = ClaimSpan.encode(List.of(found(SpanType.QUOTE, "x".repeat(2500), 0, 2500)));
    assertEquals(2000, ClaimSpan.decode(column).get(0).getText().length());
  }

  @Test
  void aDamagedValueIsRefusedNotMisread() {
    assertThrows(IllegalArgumentException.class, () -> ClaimSpan.decode("PERCENT 16 26 cut off"));
  }
}
