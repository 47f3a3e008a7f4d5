package org.factdesk.analysis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JsonWriterTest {
  private final StringBuilder sb = new StringBuilder();
  private final JsonWriter cut = new JsonWriter(sb);

  private String string(String s) {
    cut.value(s);
    return sb.toString();
  }

  @Test
  void escapesQuotesBackslashAndControlCharacters() {
    assertEquals(
        "\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0000\\u001f\\u007f\\u0085\"",
        string("a\"b\\c\n\r\t\b\f\u0000\u001F\u007F\u0085"));
  }

  @Test
  void escapesJavaScriptLineBreaksAndMarkup() {
    assertEquals(
        "\"\\u2028\\u2029\\u003c/script\\u003e \\u0026amp;\"",
        string("\u2028\u2029</script> &amp;"));
  }

  @Test
  void keepsEmojiAndOtherTextButEscapesUnpairedSurrogates() {
    assertEquals(
        "\"\uD83D\uDE00 é 中 \\ud83d x \\ude00\"", string("\uD83D\uDE00 é 中 \uD83D x \uDE00"));
  }

  @Test
  void writesNestedStructuresWithCommasAndNull() {
    cut.beginObject()
        .member("a", "x")
        .member("b", null)
        .name("c")
        .beginArray()
        .value(1)
        .value(true)
        .beginObject()
        .endObject()
        .endArray()
        .name("d")
        .beginArray()
        .endArray()
        .endObject();
    assertEquals("{\"a\":\"x\",\"b\":null,\"c\":[1,true,{}],\"d\":[]}", sb.toString());
  }

  @Test
  void roundsNumbersWithoutTrailingZeros() {
    cut.beginArray()
        .value(0.85, 2)
        .value(0.8500000001, 2)
        .value(1.0, 2)
        .value(0.0, 3)
        .value(0.3335, 3)
        .value(Double.NaN, 2)
        .endArray();
    assertEquals("[0.85,0.85,1,0,0.334,null]", sb.toString());
  }

  @Test
  void refusesUnbalancedNesting() {
    assertThrows(IllegalStateException.class, () -> cut.endObject());
  }
}
