package org.factdesk.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine on pages as they come from the web: in the charset their markup declares, with a byte
 * order mark that contradicts it, with stray NUL and control bytes, or binary after all.
 */
class InputDecodingTest {
  private final Analyzer cut = new Analyzer();

  private static final String ENGLISH =
      "The harbour strike ended on Friday after the union accepted a wage offer of 6 percent.";

  static Stream<Arguments> declaredPages() {
    return Stream.of(
        Arguments.of(
            "windows-1251",
            "Забастовка в порту закончилась в пятницу: профсоюз принял повышение зарплаты на 6%."),
        Arguments.of(
            "koi8-r",
            "Городской совет утвердил бюджет на следующий год, расходы вырастут на шесть процентов."),
        Arguments.of(
            "iso-8859-2",
            "Rada miejska w Łodzi przyjęła budżet; Městská rada schválila rozpočet, řekl starosta."),
        Arguments.of("shift_jis", "港のストライキは金曜日に終わり、組合は６％の賃上げを受け入れた。"),
        Arguments.of("gb2312", "港口罢工于星期五结束，工会接受了百分之六的加薪。"),
        Arguments.of("euc-kr", "항구 파업은 금요일에 끝났고 노조는 6퍼센트 임금 인상을 받아들였다."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("declaredPages")
  void decodesAPageInTheCharsetItsMetaCharsetDeclares(String label, String paragraph) {
    String page = page("<meta charset=\"" + label + "\">", paragraph);

    AnalysisResult r = analyze(page.getBytes(Charset.forName(label)));

    assertParagraphs(r, paragraph);
    assertFalse(r.malformedInput());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("declaredPages")
  void decodesAPageInTheCharsetItsHttpEquivDeclaresAfterALongHead(String label, String paragraph) {
    // browsers read only the first 1,024 bytes; some pages declare later, we read 4,096
    String longHead = "<meta name=\"keywords\" content=\"harbour, strike, wages\">\n".repeat(40);
    String page =
        page(
            longHead
                + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset="
                + label
                + "\">",
            paragraph);

    AnalysisResult r = analyze(page.getBytes(Charset.forName(label)));

    assertTrue(page.indexOf("http-equiv") > 2000);
    assertParagraphs(r, paragraph);
  }

  @Test
  void decodesAnXhtmlPageInTheEncodingOfItsXmlDeclaration() {
    String paragraph = "Забастовка в порту закончилась в пятницу, сообщил профсоюз.";
    String page =
        "<?xml version=\"1.0\" encoding=\"koi8-r\"?>\n"
            + page("<meta name=\"generator\" content=\"x\">", paragraph);

    assertParagraphs(analyze(page.getBytes(Charset.forName("koi8-r"))), paragraph);
  }

  @Test
  void aByteOrderMarkWinsOverAContraryMetaDeclaration() {
    String paragraph = "Забастовка в порту закончилась в пятницу, сообщил профсоюз.";
    String page = page("<meta charset=\"windows-1251\">", paragraph) + "<!-- ";
    // one bad byte: without the mark the page would go to its declared charset, Windows-1251
    byte[] bytes =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            concat(
                page.getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF, ' ', '-', '-', '>'}));

    AnalysisResult r = analyze(bytes);

    assertEquals("UTF-8", r.charset());
    assertTrue(r.malformedInput());
    assertParagraphs(r, paragraph);
  }

  @Test
  void aPageWithAFewNulAndControlBytesIsAnalysedWithoutThem() {
    String page =
        page("<meta charset=\"utf-8\">", "The harbour \u0000strike\u0001 ended on Friday.");
    // 22 NUL bytes in all, as in the scraped page that used to be refused as binary
    StringBuilder dirty = new StringBuilder(page);
    dirty.insert(page.indexOf("<body>") + "<body>".length(), "\u0000".repeat(20));
    dirty.append("\u001B\u007F\u0000\r\n");

    AnalysisResult r = analyze(dirty.toString().getBytes(StandardCharsets.UTF_8));

    assertParagraphs(r, "The harbour strike ended on Friday.");
    for (int i = 0; i < r.decodedText().length(); i++) {
      char c = r.decodedText().charAt(i);
      assertTrue(c >= 0x20 && c != 0x7F || c == '\n' || c == '\r' || c == '\t', "char " + (int) c);
    }
  }

  @Test
  void mostlyBinaryInputIsRefusedWithAClearMessage() {
    byte[] bytes = page("", ENGLISH).getBytes(StandardCharsets.UTF_8);
    byte[] mostlyNul = concat(bytes, new byte[bytes.length * 3]);

    var e =
        assertThrows(
            UnreadableInputException.class,
            () -> cut.analyze(mostlyNul, ContentHint.AUTO, SourceInfo.NONE));

    assertEquals("looks like binary data, not text: 75% control bytes", e.getMessage());
  }

  private AnalysisResult analyze(byte[] bytes) {
    return cut.analyze(bytes, ContentHint.AUTO, SourceInfo.NONE);
  }

  private static String page(String head, String paragraph) {
    return "<!DOCTYPE html><html><head>"
        + head
        + "<title>Harbour</title></head><body><article><p>"
        + paragraph
        + "</p><p>"
        + ENGLISH
        + "</p></article></body></html>";
  }

  private static void assertParagraphs(AnalysisResult r, String paragraph) {
    assertEquals(ContentHint.HTML, r.format());
    assertEquals(List.of(paragraph, ENGLISH), r.blocks().stream().map(TextBlock::text).toList());
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
