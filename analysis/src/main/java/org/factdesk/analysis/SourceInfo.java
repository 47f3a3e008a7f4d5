package org.factdesk.analysis;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the importer already knows about an article (from a JSONL record, a REST call or a file
 * name). Every field may be null. Known values win over what the engine extracts, because the
 * importer usually took them from the source's own structured data.
 */
public record SourceInfo(String url, String outlet, String title, LocalDate published) {
  public static final SourceInfo NONE = new SourceInfo(null, null, null, null);

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
