package org.factdesk.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the importer already knows about an article (from a JSONL record, a REST call or a file
 * name). Every field may be null. Known values win over what the engine extracts, because the
 * importer usually took them from the source's own structured data.
 *
 * <p>{@code charset} is the one the transport declared (an HTTP {@code Content-Type} in a web
 * archive): it wins over a charset the page declares in its markup, as in a browser, but not over a
 * byte order mark or valid UTF-8. {@code capturedAt} is when a web archive captured the page; the
 * engine does not use it.
 */
public record SourceInfo(
    String url,
    String outlet,
    String title,
    LocalDate published,
    String charset,
    Instant capturedAt) {
  public static final SourceInfo NONE = new SourceInfo(null, null, null, null);

  /** What an importer knows without a transport: no declared charset, no capture time. */
  public SourceInfo(String url, String outlet, String title, LocalDate published) {
    this(url, outlet, title, published, null, null);
  }

  public Optional<String> urlValue() {
    return blankToEmpty(url);
  }

  public Optional<String> outletValue() {
    return blankToEmpty(outlet);
  }

  public Optional<String> titleValue() {
    return blankToEmpty(title);
  }

  private static Optional<String> blankToEmpty(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }
}
