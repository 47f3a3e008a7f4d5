package org.factdesk.article;

import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;

/**
 * One article to import: its bytes exactly as received, what kind of content they are said to be,
 * what the importer already knows, and where it came from (a file name, "paste", "REST").
 */
public record ImportRequest(byte[] bytes, ContentHint hint, SourceInfo source, String origin) {

  public ImportRequest {
    hint = hint == null ? ContentHint.AUTO : hint;
    source = source == null ? SourceInfo.NONE : source;
  }
}
