package org.factdesk.analysis.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.factdesk.analysis.UnreadableInputException;

/**
 * Decodes imported bytes without ever failing on bad bytes: a byte order mark decides first (UTF-8,
 * UTF-16 and UTF-32, LE/BE), then strict UTF-8, then the charset the page declares (read as
 * browsers read its label, see {@link CharsetLabels}), then Windows-1252, the usual charset of text
 * that is not UTF-8 on the web.
 *
 * <p>Stray NUL and other C0 control characters, which real pages sometimes carry (a scraper's
 * padding, a bad template) and no reader sees, are removed, so no later step sees them either.
 * Binary data is rejected with {@link UnreadableInputException}, because analysing it would only
 * produce noise: a file that starts like a known binary format, a text more than half of which is
 * control characters, or one with runs of them all through it (see {@link
 * #MAX_CONTROL_RUNS_PERCENT}). Blank input is rejected too.
 */
public final class TextDecoder {
  /** Windows-1252 is in every JDK we run on, but fall back to Latin-1 rather than fail. */
  public static final Charset WINDOWS_1252 = windows1252();

  /** A text more than this percentage of which is control characters is mostly binary. */
  static final int MAX_CONTROL_PERCENT = 50;

  /**
   * Text has next to no control characters, and a page padded with NULs has them in a run or two.
   * Random or compressed bytes have them all through: 29 of the 256 byte values are controls, so a
   * run starts at about one character in ten; executables have more. Counting runs rather than
   * characters refuses those and keeps a page with a block of NULs in it.
   */
  static final int MAX_CONTROL_RUNS_PERCENT = 5;

  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private static final List<BinarySignature> BINARY_SIGNATURES =
      List.of(
          new BinarySignature("a PNG image", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
          new BinarySignature("a JPEG image", 0xFF, 0xD8, 0xFF),
          new BinarySignature("a GIF image", 'G', 'I', 'F', '8'),
          new BinarySignature("a PDF document", '%', 'P', 'D', 'F', '-'),
          new BinarySignature("a ZIP archive (or a .docx, .odt, .epub)", 'P', 'K', 3, 4),
          new BinarySignature("an empty ZIP archive", 'P', 'K', 5, 6),
          new BinarySignature("a gzip archive", 0x1F, 0x8B),
          new BinarySignature("a 7-Zip archive", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
          new BinarySignature(
              "an old Microsoft Office document", 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
          new BinarySignature("an executable", 0x7F, 'E', 'L', 'F'));

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
    rejectBinaryFormats(bytes);
    DecodedText decoded = decodeChars(bytes, declared);
    String text = withoutStrayControls(decoded.text());
    if (TextNormalizer.isBlank(text, 0, text.length())) {
      throw new UnreadableInputException("the input contains only white space");
    }
    return text == decoded.text()
        ? decoded
        : new DecodedText(text, decoded.charset(), decoded.malformed());
  }

  private static void rejectBinaryFormats(byte[] b) {
    for (BinarySignature signature : BINARY_SIGNATURES) {
      if (signature.startsIn(b)) {
        throw new UnreadableInputException(
            "looks like binary data, not text: it starts like " + signature.what());
      }
    }
  }

  private static DecodedText decodeChars(byte[] b, String declared) {
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return lenient(b, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return lenient(b, 4, UTF_32BE);
    }
    if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) { // before UTF-16LE, whose mark it starts with
      return lenient(b, 4, UTF_32LE);
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return lenient(b, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(b, 0xFE, 0xFF)) {
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
    Charset declaredCharset = CharsetLabels.forLabel(declared);
    // bytes that are not valid UTF-8 and have no byte order mark are in no UTF, whatever the page
    // declares: the fallback decides
    if (declaredCharset != null && !declaredCharset.name().startsWith("UTF-")) {
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

  /**
   * The text without its stray control characters: C0 controls other than tab, line feed, carriage
   * return and form feed, and DEL. A vertical tab becomes a line break (it is one in text taken
   * from Word documents), the others are dropped, as browsers show them: not at all. A text with
   * too many of them is binary data and is rejected.
   */
  private static String withoutStrayControls(String text) {
    int n = text.length();
    int first = -1;
    int controls = 0;
    int runs = 0;
    boolean inRun = false;
    for (int i = 0; i < n; i++) {
      if (isStrayControl(text.charAt(i))) {
        if (controls++ == 0) {
          first = i;
        }
        if (!inRun) {
          runs++;
          inRun = true;
        }
      } else {
        inRun = false;
      }
    }
    if (controls == 0) {
      return text;
    }
    if (controls * 100L > n * (long) MAX_CONTROL_PERCENT
        || runs * 100L > n * (long) MAX_CONTROL_RUNS_PERCENT) {
      throw new UnreadableInputException(
          String.format(
              Locale.ROOT,
              "looks like binary data, not text: %d%% control bytes",
              Math.round(controls * 100.0 / n)));
    }
    StringBuilder sb = new StringBuilder(n - controls + 16);
    sb.append(text, 0, first);
    for (int i = first; i < n; i++) {
      char c = text.charAt(i);
      if (!isStrayControl(c)) {
        sb.append(c);
      } else if (c == 0x0B) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private static boolean isStrayControl(char c) {
    return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' && c != '\f' : c == 0x7F;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The first bytes of a binary file format, and what to call a file that starts with them. */
  private record BinarySignature(String what, int... magic) {
    boolean startsIn(byte[] b) {
      return startsWith(b, magic);
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
