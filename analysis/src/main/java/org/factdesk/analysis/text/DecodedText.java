package org.factdesk.analysis.text;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Characters decoded from imported bytes.
 *
 * @param text the decoded text, byte order mark removed
 * @param charset the charset that was used
 * @param malformed true when the bytes were not valid in any tried charset and some characters were
 *     replaced
 */
public record DecodedText(String text, Charset charset, boolean malformed) {
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
  }
}
