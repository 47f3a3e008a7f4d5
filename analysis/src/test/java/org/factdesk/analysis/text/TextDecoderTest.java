package org.factdesk.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
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
  void honoursUtf32ByteOrderMarks() {
    byte[] le =
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
            TEXT.getBytes(Charset.forName("UTF-32LE")));
    DecodedText dle = TextDecoder.decode(le);
    assertEquals(TEXT, dle.text());
    assertEquals(Charset.forName("UTF-32LE"), dle.charset());
    byte[] be =
        concat(
            new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
            TEXT.getBytes(Charset.forName("UTF-32BE")));
    DecodedText dbe = TextDecoder.decode(be);
    assertEquals(TEXT, dbe.text());
    assertEquals(Charset.forName("UTF-32BE"), dbe.charset());
  }

  @Test
  void aByteOrderMarkWinsOverTheDeclaredCharset() {
    String russian = "Городской совет утвердил бюджет на следующий год.";
    byte[] utf16 =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, russian.getBytes(StandardCharsets.UTF_16LE));
    DecodedText d16 = TextDecoder.decode(utf16, "windows-1251");
    assertEquals(russian, d16.text());
    assertEquals(StandardCharsets.UTF_16LE, d16.charset());
    // one bad byte would send BOM-less bytes to the declared charset; the mark keeps them UTF-8
    byte[] utf8 =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            concat(russian.getBytes(StandardCharsets.UTF_8), new byte[] {' ', (byte) 0xFF}));
    DecodedText d8 = TextDecoder.decode(utf8, "windows-1251");
    assertEquals(russian + " \uFFFD", d8.text());
    assertEquals(StandardCharsets.UTF_8, d8.charset());
  }

  @Test
  void validUtf8StaysUtf8WhateverIsDeclared() {
    String russian = "Городской совет утвердил бюджет на следующий год.";
    DecodedText d = TextDecoder.decode(russian.getBytes(StandardCharsets.UTF_8), "koi8-r");
    assertEquals(russian, d.text());
    assertEquals(StandardCharsets.UTF_8, d.charset());
  }

  @Test
  void decodesDeclaredLabelsAsBrowsersDo() {
    // characters the narrow charset of the label lacks, but pages so labelled use
    assertDeclared("Premier Zhu Rongji (朱镕基) visited.", "gb2312", "GBK");
    assertDeclared("① 株式会社 ㈱ の決算", "shift_jis", "windows-31j");
    assertDeclared("똠방각하 시의회", "euc-kr", "x-windows-949");
    assertDeclared("The \u201cdeal\u201d \u2014 €5", "iso-8859-1", "windows-1252");
  }

  private static void assertDeclared(String text, String label, String writtenIn) {
    byte[] bytes = text.getBytes(Charset.forName(writtenIn));
    assertEquals(text, TextDecoder.decode(bytes, label).text(), label);
    assertEquals(text, TextDecoder.decode(bytes, label.toUpperCase(Locale.ROOT)).text(), label);
  }

  @Test
  void anUnknownOrUtfLabelOnBytesThatAreNotUtf8FallsBackToWindows1252() {
    byte[] cp1252 = TEXT.getBytes(TextDecoder.WINDOWS_1252);
    for (String label : new String[] {"no-such-charset", "utf-8", "UTF-16", "  ", "x\"y"}) {
      DecodedText d = TextDecoder.decode(cp1252, label);
      assertEquals(TEXT, d.text(), label);
      assertEquals(TextDecoder.WINDOWS_1252, d.charset(), label);
    }
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
    assertEquals("looks like binary data, not text: 75% control bytes", e.getMessage());
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    assertEquals(
        "looks like binary data, not text: it starts like a PNG image",
        assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(png)).getMessage());
  }

  @Test
  void rejectsKnownBinaryFormatsEvenWhenTheyStartWithText() {
    // a zip whose first entry is a long text file shows no control bytes for a while
    String readable = " article.txt" + "Harbour strike ends after twelve days. ".repeat(50);
    byte[] zip = concat(new byte[] {'P', 'K', 3, 4}, readable.getBytes(StandardCharsets.US_ASCII));
    assertEquals(
        "looks like binary data, not text: it starts like a ZIP archive (or a .docx, .odt, .epub)",
        assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(zip)).getMessage());
    byte[] pdf = ("%PDF-1.7\n" + readable).getBytes(StandardCharsets.US_ASCII);
    assertEquals(
        "looks like binary data, not text: it starts like a PDF document",
        assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(pdf)).getMessage());
  }

  @Test
  void rejectsRandomBytes() {
    for (int seed = 1; seed <= 20; seed++) {
      byte[] random = new byte[300 + seed * 200];
      new Random(seed).nextBytes(random);
      String message =
          assertThrows(UnreadableInputException.class, () -> TextDecoder.decode(random))
              .getMessage();
      assertTrue(message.startsWith("looks like binary data, not text: "), message);
      assertTrue(message.endsWith("% control bytes"), message);
    }
  }

  @Test
  void removesAFewNulsAndControlBytesInsteadOfRefusingTheText() {
    String clean =
        "Harbour strike ends.\r\nThe strike ended on Friday,\tunion leaders said.\f\n"
            + "Caf\u00e9 owners \u201cwelcome\u201d the deal. ".repeat(20);
    StringBuilder dirty = new StringBuilder(clean);
    for (int i = 0; i < 22; i++) {
      dirty.insert(i * 30, '\0'); // among words, as in the scraped page that was refused
    }
    dirty.insert(100, "\u0001\u001B\u007F");
    dirty.append("\0\0\0\0");

    DecodedText d = TextDecoder.decode(dirty.toString().getBytes(StandardCharsets.UTF_8));

    assertEquals(clean, d.text());
    assertEquals(StandardCharsets.UTF_8, d.charset());
    assertFalse(d.malformed());
  }

  @Test
  void aVerticalTabBecomesALineBreak() {
    assertEquals(
        "First line\nsecond line",
        TextDecoder.decode("First line\u000Bsecond line".getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  void keepsTextWithABlockOfNulsButRefusesTextThatIsMostlyNuls() {
    String text = "Harbour strike ends after twelve days of talks, the union said. ".repeat(50);
    // a partly zero-filled download: 40% NULs, in one block
    String padded = text.substring(0, 1000) + "\0".repeat(2000) + text.substring(1000);
    assertEquals(text, TextDecoder.decode(padded.getBytes(StandardCharsets.UTF_8)).text());
    String mostlyNuls = text + "\0".repeat(text.length() * 3 / 2);
    assertEquals(
        "looks like binary data, not text: 60% control bytes",
        assertThrows(
                UnreadableInputException.class,
                () -> TextDecoder.decode(mostlyNuls.getBytes(StandardCharsets.UTF_8)))
            .getMessage());
  }

  @Test
  void refusesControlsScatteredThroughTheWholeInput() {
    String line = "Harbour strike ends after twelve days of talks, the union said.\n";
    // two stray controls in a line of 64 characters: text with junk in it
    String junk = line.replace("days", "\u0001days").replace("said", "s\u0002aid");
    assertEquals(
        line.repeat(200),
        TextDecoder.decode(junk.repeat(200).getBytes(StandardCharsets.UTF_8)).text());
    // a control in every 8 characters, after 70,000 clean ones: the end counts as much as the start
    StringBuilder b = new StringBuilder(line.repeat(1100));
    for (int i = 0; i < 20_000; i++) {
      b.append("\u0007 xyz 12");
    }
    assertEquals(
        "looks like binary data, not text: 9% control bytes",
        assertThrows(
                UnreadableInputException.class,
                () -> TextDecoder.decode(b.toString().getBytes(StandardCharsets.UTF_8)))
            .getMessage());
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
