package org.factdesk.analysis.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDeclarationTest {
  private static String find(String head) {
    return CharsetDeclaration.find(head.getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void readsMetaCharsetQuotedOrBareInAnyCase() {
    assertEquals("windows-1252", find("<meta charset=\"windows-1252\">"));
    assertEquals("koi8-r", find("<html><head><META Charset='koi8-r' /><title>x</title>"));
    assertEquals("iso-8859-2", find("<meta charset=iso-8859-2>"));
    assertEquals("shift_jis", find("<meta charset=shift_jis/>"));
    assertEquals(
        "gb2312", find("<meta name=\"viewport\" content=\"width=1\"><meta charset=gb2312>"));
  }

  @Test
  void readsTheHttpEquivContentTypeInEitherAttributeOrder() {
    assertEquals(
        "windows-1251",
        find("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"));
    assertEquals(
        "EUC-KR", find("<meta content='text/html;charset=\"EUC-KR\"' HTTP-EQUIV=content-type>"));
    assertEquals(
        "koi8-r", find("<meta\nhttp-equiv=Content-Type\ncontent=\"text/html; charset = koi8-r\">"));
  }

  @Test
  void aCharsetInAContentWithoutHttpEquivIsNoDeclaration() {
    assertNull(find("<meta name=\"description\" content=\"set the charset=koi8-r here\">"));
    assertNull(find("<meta http-equiv=\"refresh\" content=\"5; charset=koi8-r\">"));
  }

  @Test
  void readsTheEncodingOfAnXmlDeclaration() {
    assertEquals(
        "iso-8859-2",
        find("<?xml version=\"1.0\" encoding=\"iso-8859-2\"?>\n<html><meta charset=koi8-r>"));
    assertEquals("koi8-r", find("<?xml version='1.0'?><html><meta charset=koi8-r>"));
  }

  @Test
  void findsADeclarationAfterALongHeadButOnlyInTheFirst4096Bytes() {
    String longHead = "<html><head><script>" + "var x = 1;\n".repeat(300) + "</script>";
    String meta = "<meta charset=\"windows-1251\">";
    String early = longHead.substring(0, 3000) + "</script>" + meta;
    assertEquals("windows-1251", find(early));
    String late = "<html><head><style>" + "p{}".repeat(1400) + "</style>" + meta;
    assertNull(find(late), "after " + late.indexOf(meta) + " bytes");
    String cutInTheMiddle =
        " ".repeat(CharsetDeclaration.SCAN_LIMIT - meta.length() + 4) + meta + "<p>text</p>";
    assertNull(find(cutInTheMiddle), "a declaration cut off by the limit is not read");
  }

  @Test
  void skipsCommentsAndTakesTheFirstDeclaration() {
    assertEquals(
        "koi8-r",
        find("<!-- <meta charset=\"windows-1251\"> --><meta charset=koi8-r><meta charset=gbk>"));
    assertNull(find("<!-- <meta charset=\"windows-1251\">"));
    assertNull(find("<metadata charset=koi8-r><p>Plain text with charset=koi8-r in it</p>"));
    assertNull(find("no markup at all"));
    assertNull(CharsetDeclaration.find(null));
  }
}
