package org.factdesk.analysis.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.factdesk.analysis.UnreadableInputException;

/**
 * Decodes imported bytes without ever failing on bad bytes: a byte order mark decides first (UTF-8,
 * UTF-16 LE/BE), then strict UTF-8, then Windows-1252, the usual charset of text that is not UTF-8
 * on the web. Binary data and blank input are rejected with {@link UnreadableInputException},
 * because analysing them would only produce noise.
 */
public final class TextDecoder {
  /** Windows-1252 is in every JDK we run on, but fall back to Latin-1 rather than fail. */
  public static final Charset WINDOWS_1252 = windows1252();

  private static final double MAX_CONTROL_RATIO = 0.10;

  private TextDecoder() {}

  /** Decodes {@code bytes} as described in the class comment. */
  public static DecodedText decode(byte[] bytes) {
    return decode(bytes, null);
  }

  /**
   * Decodes {@code bytes}; {@code declared} (e.g. from an HTML meta charset) is tried when the
   * bytes have no byte order mark and are not valid UTF-8. It may be null or unknown.
   */
  public static DecodedText decode(byte[] bytes, String declared) {
    if (bytes == null || bytes.length == 0) {
      throw new UnreadableInputException("the input is empty");
    }
    DecodedText decoded = decodeChars(bytes, declared);
    rejectBinary(decoded.text());
    if (TextNormalizer.isBlank(decoded.text(), 0, decoded.text().length())) {
      throw new UnreadableInputException("the input contains only white space");
    }
    return decoded;
  }

  private static DecodedText decodeChars(byte[] b, String declared) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return lenient(b, 3, StandardCharsets.UTF_8);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return lenient(b, 2, StandardCharsets.UTF_16LE);
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return lenient(b, 2, StandardCharsets.UTF_16BE);
    }
    Charset utf16 = sniffUtf16WithoutBom(b);
    if (utf16 != null) {
      return lenient(b, 0, utf16);
    }
    String strict = strictUtf8(b);
    if (strict != null) {
      return new DecodedText(strict, StandardCharsets.UTF_8, false);
    }
    Charset declaredCharset = lookup(declared);
    if (declaredCharset != null && !declaredCharset.equals(StandardCharsets.UTF_8)) {
      return lenient(b, 0, declaredCharset);
    }
    return lenient(b, 0, WINDOWS_1252);
  }

  /**
   * UTF-16 text without a byte order mark shows as NUL bytes in every other position; we only
   * accept that pattern when it is overwhelming, so binary files with NULs are still rejected.
   */
  private static Charset sniffUtf16WithoutBom(byte[] b) {
    int n = Math.min(b.length, 4096) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        evenZero++;
      }
      if (b[i + 1] == 0) {
        oddZero++;
      }
    }
    int pairs = n / 2;
    if (oddZero > pairs * 0.9 && evenZero < pairs * 0.05) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenZero > pairs * 0.9 && oddZero < pairs * 0.05) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  private static String strictUtf8(byte[] b) {
    // the JDK's String decoding is several times faster than a CharsetDecoder; it replaces bad
    // bytes with U+FFFD, so only a result containing U+FFFD needs the strict decoder's verdict
    String fast = new String(b, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(ByteBuffer.wrap(b)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static DecodedText lenient(byte[] b, int offset, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    CharBuffer chars;
    try {
      chars = decoder.decode(ByteBuffer.wrap(b, offset, b.length - offset));
    } catch (CharacterCodingException e) {
      // cannot happen with REPLACE, but never let bad bytes escape as an exception
      return new DecodedText(new String(b, offset, b.length - offset, charset), charset, true);
    }
    String text = chars.toString();
    boolean malformed = text.indexOf('\uFFFD') >= 0;
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return new DecodedText(text, charset, malformed);
  }

  private static void rejectBinary(String text) {
    int n = Math.min(text.length(), 65536);
    int controls = 0;
    int nuls = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        nuls++;
      }
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == 0x7F) {
        controls++;
      }
    }
    if (n == 0) {
      return;
    }
    double ratio = controls / (double) n;
    if (ratio > MAX_CONTROL_RATIO) {
      throw new UnreadableInputException(
          String.format(
              Locale.ROOT,
              "looks like binary data, not text: %d%% control bytes",
              Math.round(ratio * 100)));
    }
    if (nuls > 0) {
      throw new UnreadableInputException(
          "looks like binary data, not text: it contains " + nuls + " NUL bytes");
    }
  }

  private static Charset lookup(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return Charset.forName(name.strip());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Charset windows1252() {
    try {
      return Charset.forName("windows-1252");
    } catch (IllegalArgumentException e) {
      return StandardCharsets.ISO_8859_1;
    }
  }
}
