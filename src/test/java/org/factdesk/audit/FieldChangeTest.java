package org.factdesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

  private static Map<String, String> values(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }

  @Test
  void listsOnlyTheFieldsThatDifferInTheOrderOfTheNewValues() {
    List<FieldChange> cut =
        FieldChange.between(
            values("state", "IMPORTED", "title", "Old", "outlet", "Courier"),
            values("title", "New", "state", "IN_REVIEW", "outlet", "Courier"));
    assertEquals(
        List.of(
            new FieldChange("title", "Old", "New"),
            new FieldChange("state", "IMPORTED", "IN_REVIEW")),
        cut);
  }

  @Test
  void aFieldThatAppearsOrGoesIsAChangeFromOrToNothing() {
    List<FieldChange> cut =
        FieldChange.between(values("reviewed by", "ann"), values("approved by", "bob"));
    assertEquals(
        List.of(
            new FieldChange("approved by", "", "bob"), new FieldChange("reviewed by", "ann", "")),
        cut);
  }

  @Test
  void creationAndDeletionCompareWithNothing() {
    assertEquals(
        List.of(new FieldChange("title", "", "T"), new FieldChange("state", "", "IMPORTED")),
        FieldChange.between(Map.of(), values("title", "T", "state", "IMPORTED")));
    assertEquals(
        List.of(new FieldChange("text", "gone", "")),
        FieldChange.between(values("text", "gone"), Map.of()));
  }

  @Test
  void anEmptyValueEqualsNoValue() {
    assertTrue(FieldChange.between(values("author", ""), Map.of()).isEmpty());
    assertTrue(FieldChange.between(values("a", "x"), values("a", "x")).isEmpty());
  }

  @Test
  void longValuesAreComparedWholeAndShownCut() {
    String before = "a".repeat(500) + "b";
    String after = "a".repeat(500) + "c";
    List<FieldChange> cut = FieldChange.between(values("text", before), values("text", after));
    assertEquals(1, cut.size(), "the difference is past the shown part, still found");
    assertEquals("a".repeat(300) + "… (501 characters)", cut.get(0).before());
  }

  @Test
  void readsAsOldArrowNew() {
    assertEquals("title: Old → New", new FieldChange("title", "Old", "New").toString());
    assertEquals("decided by: — → ann", new FieldChange("decided by", "", "ann").toString());
  }
}
