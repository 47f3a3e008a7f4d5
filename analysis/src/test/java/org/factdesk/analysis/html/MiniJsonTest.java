package org.factdesk.analysis.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MiniJsonTest {
  @Test
  void parsesObjectsArraysStringsNumbersAndLiterals() {
    Object v = MiniJson.parse("{\"a\": [1, 2.5, true, null, \"x\\u00e9\\n\"], \"b\": {}}");
    Map<?, ?> map = (Map<?, ?>) v;
    List<?> list = (List<?>) map.get("a");
    assertEquals(1.0, list.get(0));
    assertEquals(2.5, list.get(1));
    assertEquals(true, list.get(2));
    assertNull(list.get(3));
    assertEquals("x\u00e9\n", list.get(4));
    assertEquals(Map.of(), map.get("b"));
  }

  @Test
  void refusesDeepNestingAndGarbage() {
    assertThrows(
        IllegalArgumentException.class,
        () -> MiniJson.parse("[".repeat(10_000) + "]".repeat(10_000)));
    assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("{\"a\": }"));
    assertThrows(IllegalArgumentException.class, () -> MiniJson.parse("{} trailing"));
  }
}
