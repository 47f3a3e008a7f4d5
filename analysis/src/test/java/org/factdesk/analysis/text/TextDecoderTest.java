package org.factdesk.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.factdesk.analysis.UnreadableInputException;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String TEXT =
      "Caf\u00e9 owners in Valmora \u201cwelcome\u201d the 5\u00a0% tax cut \u2014 mostly.";

  @Test
  void decodesUtf8AndReportsIt() {
    DecodedText d = TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8));
    assertEquals(TEXT, d.text());
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertFalse(d.malformed());
  }

  @Test
  void honoursAndRemovesByteOrderMarks() {
    byte[] utf8Bom =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            TEXT.getBytes(StandardCharsets.UTF_8));
    assertEquals(TEXT, TextDecoder.decode(utf8Bom).text());
    byte[] le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
    DecodedText dle = TextDecoder.decode(le);
    assertEquals(TEXT, dle.text());
    assertEquals(StandardCharsets.UTF_16LE, dle.charset());
    byte[] be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
    DecodedText dbe = TextDecoder.decode(be);
    assertEquals(TEXT, dbe.text());
    assertEquals(StandardCharsets.UTF_16BE, dbe.charset());
  }

  @Test
  void recognisesUtf16WithoutByteOrderMark() {
    String text = "Harbour strike ends after twelve days of talks.";
    DecodedText d = TextDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(text, d.text());
    assertEquals(StandardCharsets.UTF_16LE, d.charset());
  }

  @Test
  void fallsBackToWindows1252WhenNotUtf8() {
    byte[] cp1252 = TEXT.getBytes(TextDecoder.WINDOWS_1252);
    DecodedText d = TextDecoder.decode(cp1252);
    assertEquals(TEXT, d.text());
    assertEquals(TextDecoder.WINDOWS_1252, d.charset());
  }

  @Test
  void invalidUtf8NeverThrows() {
    byte[] bad = {
      'O',
      'k',
      ' ',
      (byte) 0xC3,
      (byte) 0x28,
      ' ',
      (byte) 0xE2,
      (byte) 0x82,
      ' ',
      'e',
      'n',
      'd',
      (byte) 0x81
    };
    DecodedText d = TextDecoder.decode(bad);
    assertTrue(d.text().startsWith("Ok "));
    assertTrue(d.text().endsWith("end\uFFFD") || d.text().contains("end"));
  }

  @Test
  void rejectsBinaryDataWithAReadableMessage() {
    byte[] binary = new byte[400];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i % 7 == 0 ? 'a' : i % 32);
    }
    var e = assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(binary));
    assertTrue(e.getMessage().startsWith("looks like binary data, not text: "), e.getMessage());
    assertTrue(e.getMessage().endsWith("% control bytes"), e.getMessage());
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(png));
  }

  @Test
  void rejectsEmptyAndBlankInput() {
    assertEquals(
        "the input is empty",
        assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(new byte[0]))
            .getMessage());
    assertEquals(
        "the input contains only white space",
        assertThrows(
                UnreadableInputException.class,
                () -> TextDecoder.decode(" \r\n\t\u00a0\u200b ".getBytes(StandardCharsets.UTF_8)))
            .getMessage());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
