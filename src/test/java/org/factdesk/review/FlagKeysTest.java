package org.factdesk.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.factdesk.analysis.FlagType;
import org.junit.jupiter.api.Test;

class FlagKeysTest {

  /**
   * The shortcuts editors have learned, by type name: a change of the enum's order (or a key map
   * built from ordinals) that moves any of them fails here.
   */
  private static final Map<String, Character> LEARNED =
      Map.of(
          "AI_DISCLAIMER", '1',
          "PROMOTIONAL", '2',
          "RELATED_LINKS", '3',
          "SITE_CHROME", '4',
          "LEGAL_NOTICE", '5',
          "OFF_TOPIC", '6',
          "DUPLICATE_TITLE", '7',
          "METADATA", '8');

  @Test
  void everyTypeKeepsTheKeyEditorsLearned() {
    for (FlagType type : FlagType.values()) {
      assertTrue(LEARNED.containsKey(type.name()), type + " needs a key in this test and FlagKeys");
      assertEquals(LEARNED.get(type.name()), FlagKeys.keyOf(type), type.name());
    }
    assertEquals(LEARNED.size(), FlagType.values().length);
  }

  @Test
  void noTwoTypesShareAKeyAndEachKeyLeadsBackToItsType() {
    Map<Character, FlagType> seen = new HashMap<>();
    for (FlagType type : FlagType.values()) {
      FlagType before = seen.put(FlagKeys.keyOf(type), type);
      assertEquals(null, before, "key " + FlagKeys.keyOf(type) + " of " + type + " and " + before);
      assertEquals(Optional.of(type), FlagKeys.typeOf(String.valueOf(FlagKeys.keyOf(type))));
    }
  }

  @Test
  void otherKeysAreNoType() {
    assertEquals(Optional.empty(), FlagKeys.typeOf("9"));
    assertEquals(Optional.empty(), FlagKeys.typeOf("a"));
    assertEquals(Optional.empty(), FlagKeys.typeOf("12"));
    assertEquals(Optional.empty(), FlagKeys.typeOf(""));
    assertEquals(Optional.empty(), FlagKeys.typeOf(null));
  }
}
