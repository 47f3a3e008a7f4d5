package org.factdesk.analysis.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class LineFingerprintTest {
  @Test
  void ignoresCasePunctuationSpacingAndDigits() {
    assertEquals(LineFingerprint.of("Share post:"), LineFingerprint.of("  share\u00a0POST "));
    assertEquals(
        LineFingerprint.of("© 2024 Harbor Ledger"), LineFingerprint.of("© 2025 Harbor Ledger"));
    assertNotEquals(LineFingerprint.of("Share post"), LineFingerprint.of("Share page"));
  }

  @Test
  void isSixteenHexDigitsAndStable() {
    String fp = LineFingerprint.of("Leave a Reply");
    assertEquals(16, fp.length());
    assertEquals(fp, LineFingerprint.of("leave a reply"));
    assertEquals(
        "0123456789abcdef".length(),
        fp.chars().filter(c -> "0123456789abcdef".indexOf(c) >= 0).count());
  }

  @Test
  void symbolOnlyLinesStayDistinct() {
    assertNotEquals(LineFingerprint.of("×"), LineFingerprint.of("•"));
  }
}
