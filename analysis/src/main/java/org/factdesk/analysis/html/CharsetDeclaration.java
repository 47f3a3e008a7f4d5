package org.factdesk.analysis.html;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Finds the charset a page declares for itself in its first {@value #SCAN_LIMIT} bytes, before it
 * is decoded: the {@code encoding} of an XML declaration, {@code <meta charset="…">} or {@code
 * <meta http-equiv="Content-Type" content="text/html; charset=…">}. A simplified form of the
 * prescan browsers do (WHATWG HTML, "prescan a byte stream to determine its encoding"): the first
 * declaration wins, comments are skipped, attribute values may be quoted or bare, in any order and
 * case. The markup is read as ASCII bytes, which every charset a page can declare this way keeps.
 *
 * <p>One pass over at most {@value #SCAN_LIMIT} bytes, no regular expressions and no copy of the
 * input: this runs on every import.
 */
public final class CharsetDeclaration {
  /** Browsers look at the first 1,024 bytes; some pages put their declaration after a long head. */
  static final int SCAN_LIMIT = 4096;

  private final byte[] b;
  private final int end;
  private int pos;
  private boolean tagClosed;

  private CharsetDeclaration(byte[] bytes) {
    this.b = bytes;
    this.end = Math.min(bytes.length, SCAN_LIMIT);
  }

  /** The charset label the page declares, as written (e.g. {@code windows-1251}), or null. */
  public static String find(byte[] bytes) {
    return bytes == null ? null : new CharsetDeclaration(bytes).scan();
  }

  private String scan() {
    if (startsWith(0, "<?xml")) {
      int close = indexOf("?>", 5);
      String encoding = close < 0 ? null : valueAfter("encoding", ascii(5, close));
      if (encoding != null) {
        return encoding;
      }
    }
    while (pos < end) {
      if (b[pos] != '<') {
        pos++;
      } else if (startsWith(pos, "<!--")) {
        // "<!-->" closes a comment too, so the search starts inside the opening
        int close = indexOf("-->", pos + 2);
        if (close < 0) {
          return null;
        }
        pos = close + 3;
      } else if (startsWith(pos, "<meta") && pos + 5 < end && isSpaceOrSlash(b[pos + 5])) {
        pos += 5;
        String charset = metaCharset();
        if (charset != null) {
          return charset;
        }
      } else {
        pos++;
      }
    }
    return null;
  }

  /**
   * Reads the attributes of a meta element up to its {@code >}; the charset it declares or null.
   */
  private String metaCharset() {
    String charset = null;
    String httpEquiv = null;
    String content = null;
    tagClosed = false;
    for (String name = attributeName(); name != null; name = attributeName()) {
      String value = attributeValue();
      // as in browsers, the first of repeated attributes counts
      if (name.equals("charset") && charset == null) {
        charset = value;
      } else if (name.equals("http-equiv") && httpEquiv == null) {
        httpEquiv = value;
      } else if (name.equals("content") && content == null) {
        content = value;
      }
    }
    if (!tagClosed) {
      return null; // cut off by the scan limit
    }
    if (charset != null && !charset.isBlank()) {
      // <meta charset=windows-1251/>: a bare value runs into the slash of the closing "/>"
      String label = charset.strip();
      return label.endsWith("/") ? label.substring(0, label.length() - 1) : label;
    }
    if (httpEquiv != null
        && httpEquiv.strip().equalsIgnoreCase("content-type")
        && content != null) {
      return valueAfter("charset", content);
    }
    return null;
  }

  /** The next attribute's name in lower case, or null at the end of the tag. */
  private String attributeName() {
    while (pos < end && isSpaceOrSlash(b[pos])) {
      pos++;
    }
    if (pos >= end) {
      return null;
    }
    if (b[pos] == '>') {
      pos++;
      tagClosed = true;
      return null;
    }
    int start = pos;
    while (pos < end && b[pos] != '=' && b[pos] != '>' && !isSpaceOrSlash(b[pos])) {
      pos++;
    }
    return ascii(start, pos).toLowerCase(Locale.ROOT);
  }

  /** The value after an attribute's name: quoted or bare, empty when there is no {@code =}. */
  private String attributeValue() {
    skipSpaces();
    if (pos >= end || b[pos] != '=') {
      return "";
    }
    pos++;
    skipSpaces();
    if (pos >= end) {
      return "";
    }
    byte quote = b[pos];
    if (quote == '"' || quote == '\'') {
      int start = ++pos;
      while (pos < end && b[pos] != quote) {
        pos++;
      }
      String value = ascii(start, pos);
      pos = Math.min(pos + 1, end);
      return value;
    }
    int start = pos;
    while (pos < end && b[pos] != '>' && !isSpace(b[pos])) {
      pos++;
    }
    return ascii(start, pos);
  }

  /**
   * The value of {@code name=value} in {@code text}, quoted or ending at white space or {@code ;},
   * as in {@code text/html; charset=windows-1251} or {@code version="1.0" encoding="koi8-r"}.
   */
  static String valueAfter(String name, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    int n = text.length();
    int i = 0;
    while ((i = lower.indexOf(name, i)) >= 0) {
      i += name.length();
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      if (i >= n || text.charAt(i) != '=') {
        continue;
      }
      i++;
      while (i < n && isSpace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        return null;
      }
      char quote = text.charAt(i);
      int start = i;
      int stop;
      if (quote == '"' || quote == '\'') {
        start++;
        stop = text.indexOf(quote, start);
        if (stop < 0) {
          return null;
        }
      } else {
        stop = start;
        while (stop < n && text.charAt(stop) != ';' && !isSpace(text.charAt(stop))) {
          stop++;
        }
      }
      String value = text.substring(start, stop).strip();
      return value.isEmpty() ? null : value;
    }
    return null;
  }

  private void skipSpaces() {
    while (pos < end && isSpace(b[pos])) {
      pos++;
    }
  }

  /** True when the bytes at {@code at} spell {@code lower}, ignoring ASCII case. */
  private boolean startsWith(int at, String lower) {
    if (at + lower.length() > end) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      int c = b[at + k];
      if (c >= 'A' && c <= 'Z') {
        c += 'a' - 'A';
      }
      if (c != lower.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private int indexOf(String s, int from) {
    for (int i = from; i + s.length() <= end; i++) {
      if (startsWith(i, s)) {
        return i;
      }
    }
    return -1;
  }

  private String ascii(int from, int to) {
    return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean isSpaceOrSlash(int c) {
    return c == '/' || isSpace(c);
  }
}
