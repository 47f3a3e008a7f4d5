package org.factdesk.analysis.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A minimal streaming JSON writer into a {@link StringBuilder}: objects, arrays, strings, numbers,
 * booleans and null, with commas placed automatically. It writes one line (no pretty printing), so
 * its output is valid JSON Lines.
 *
 * <p>Strings escape what JSON requires (quote, backslash, U+0000–U+001F) and more, so that a line
 * can be pasted into a {@code <script>} block or a JavaScript source unchanged: DEL and the C1
 * controls, U+2028/U+2029 (line breaks to JavaScript), {@code <}, {@code >} and {@code &} (so
 * scraped {@code </script>} text cannot end a script element), and unpaired surrogates (which no
 * UTF-8 encoder can write). Everything else, emoji included, stays literal.
 *
 * <p>Not thread-safe; the caller keeps nesting balanced (mistakes throw {@link
 * IllegalStateException}).
 */
final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out;

  /** Per open container: whether it already holds a member (so the next needs a comma). */
  private final boolean[] hasMember = new boolean[64];

  private int depth;
  private boolean afterName;

  JsonWriter(StringBuilder out) {
    this.out = out;
  }

  JsonWriter beginObject() {
    return open('{');
  }

  JsonWriter endObject() {
    return close('}');
  }

  JsonWriter beginArray() {
    return open('[');
  }

  JsonWriter endArray() {
    return close(']');
  }

  /** The name of the next object member. */
  JsonWriter name(String name) {
    separate();
    string(name);
    out.append(':');
    afterName = true;
    return this;
  }

  JsonWriter value(String s) {
    separate();
    if (s == null) {
      out.append("null");
    } else {
      string(s);
    }
    return this;
  }

  JsonWriter value(long n) {
    separate();
    out.append(n);
    return this;
  }

  JsonWriter value(boolean b) {
    separate();
    out.append(b);
    return this;
  }

  /**
   * A number rounded half-up to {@code decimals} places, without trailing zeros ("0.85", "1",
   * "0.333"); NaN and infinities, which JSON cannot express, become null.
   */
  JsonWriter value(double d, int decimals) {
    separate();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      out.append("null");
    } else {
      BigDecimal rounded =
          BigDecimal.valueOf(d).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
      out.append(rounded.signum() == 0 ? "0" : rounded.toPlainString());
    }
    return this;
  }

  JsonWriter nullValue() {
    separate();
    out.append("null");
    return this;
  }

  /** Name and value in one call, for the common case. */
  JsonWriter member(String name, String value) {
    return name(name).value(value);
  }

  private JsonWriter open(char bracket) {
    separate();
    if (depth == hasMember.length) {
      throw new IllegalStateException("JSON nested deeper than " + hasMember.length);
    }
    out.append(bracket);
    hasMember[depth++] = false;
    return this;
  }

  private JsonWriter close(char bracket) {
    if (depth == 0 || afterName) {
      throw new IllegalStateException("unbalanced " + bracket);
    }
    depth--;
    out.append(bracket);
    return this;
  }

  /** A comma before every member but the first; nothing between a name and its value. */
  private void separate() {
    if (afterName) {
      afterName = false;
      return;
    }
    if (depth > 0) {
      if (hasMember[depth - 1]) {
        out.append(',');
      }
      hasMember[depth - 1] = true;
    }
  }

  private void string(String s) {
    out.append('"');
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20
              || (c >= 0x7F && c <= 0x9F)
              || c == '\u2028'
              || c == '\u2029'
              || c == '<'
              || c == '>'
              || c == '&') {
            unicodeEscape(c);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < n
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(++i)); // a valid pair, e.g. an emoji
          } else if (Character.isSurrogate(c)) {
            unicodeEscape(c);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private void unicodeEscape(char c) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xF])
        .append(HEX[(c >> 8) & 0xF])
        .append(HEX[(c >> 4) & 0xF])
        .append(HEX[c & 0xF]);
  }
}
