package org.factdesk.analysis.text;

import static java.util.Map.entry;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;

/**
 * The charset a page's declared label stands for, as browsers read it (WHATWG Encoding Standard).
 * For some labels browsers decode with a wider charset than the JDK's charset of that name, because
 * that is what pages so labelled are really written in: "iso-8859-1" pages use Windows-1252's curly
 * quotes, "gb2312" pages use GBK characters, "shift_jis" pages use Windows-31J's circled numbers,
 * and so on. Decoding them with the narrow charset would turn those characters into U+FFFD or
 * invisible C1 controls.
 */
final class CharsetLabels {
  private static final String WINDOWS_1252 = "windows-1252";
  private static final String GB18030 = "GB18030";
  private static final String WINDOWS_31J = "windows-31j";
  private static final String WINDOWS_949 = "x-windows-949";

  private static final Map<String, String> WIDER =
      Map.ofEntries(
          entry("ascii", WINDOWS_1252),
          entry("us-ascii", WINDOWS_1252),
          entry("iso-8859-1", WINDOWS_1252),
          entry("iso8859-1", WINDOWS_1252),
          entry("iso_8859-1", WINDOWS_1252),
          entry("latin1", WINDOWS_1252),
          entry("l1", WINDOWS_1252),
          entry("iso-8859-9", "windows-1254"),
          entry("latin5", "windows-1254"),
          entry("tis-620", "windows-874"),
          entry("iso-8859-11", "windows-874"),
          entry("gb2312", GB18030),
          entry("gb_2312-80", GB18030),
          entry("csgb2312", GB18030),
          entry("chinese", GB18030),
          entry("gbk", GB18030),
          entry("x-gbk", GB18030),
          entry("cp936", GB18030),
          entry("shift_jis", WINDOWS_31J),
          entry("shift-jis", WINDOWS_31J),
          entry("sjis", WINDOWS_31J),
          entry("x-sjis", WINDOWS_31J),
          entry("ms_kanji", WINDOWS_31J),
          entry("csshiftjis", WINDOWS_31J),
          entry("euc-kr", WINDOWS_949),
          entry("cseuckr", WINDOWS_949),
          entry("ks_c_5601-1987", WINDOWS_949),
          entry("ksc5601", WINDOWS_949),
          entry("korean", WINDOWS_949),
          entry("big5", "Big5-HKSCS"),
          entry("csbig5", "Big5-HKSCS"));

  private CharsetLabels() {}

  /** The charset {@code label} stands for, or null when it is blank or unknown to the JDK. */
  static Charset forLabel(String label) {
    if (label == null || label.isBlank()) {
      return null;
    }
    String name = label.strip().toLowerCase(Locale.ROOT);
    String wider = WIDER.get(name);
    Charset charset = wider == null ? null : supported(wider);
    // a runtime without the extra charsets (jdk.charsets) still has most of the narrow ones
    return charset != null ? charset : supported(name);
  }

  private static Charset supported(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
