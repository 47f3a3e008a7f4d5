package org.factdesk.analysis.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.analysis.html.MiniJson;

/**
 * Editors' confirm, mark and dismiss decisions as labelled sentences, read from the JSONL that
 * {@code GET /api/claims/decisions.jsonl} exports: a confirmed or marked sentence is check-worthy,
 * a dismissed one is not. A claim decided more than once counts once, by its last decision (a claim
 * confirmed and later dismissed was not worth checking).
 */
final class EditorDecisions {

  /** The document name the sentences carry, so that they can be told from the public data. */
  static final String DOCUMENT = "editor-decisions";

  private EditorDecisions() {}

  /** The sentences; a malformed line is refused naming the file, the line and the field. */
  static List<LabelledSentence> read(Path file) throws IOException {
    Map<String, LabelledSentence> byClaim = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String where = file + " line " + (i + 1);
      Object parsed;
      try {
        parsed = MiniJson.parse(line);
      } catch (IllegalArgumentException e) {
        throw new IOException(where + ": not JSON: " + e.getMessage(), e);
      }
      if (!(parsed instanceof Map<?, ?> object)) {
        throw new IOException(where + ": expected a JSON object");
      }
      Object claim = object.get("claim");
      Object sentence = object.get("sentence");
      Object checkWorthy = object.get("checkWorthy");
      if (!(claim instanceof Double)) {
        throw new IOException(where + ": field \"claim\" must be a number");
      }
      if (!(sentence instanceof String text) || text.isBlank()) {
        throw new IOException(where + ": field \"sentence\" must be a non-empty string");
      }
      if (!(checkWorthy instanceof Boolean label)) {
        throw new IOException(where + ": field \"checkWorthy\" must be true or false");
      }
      String id = String.valueOf(((Double) claim).longValue());
      String oneLine = text.replaceAll("[\\t\\r\\n]+", " ").strip();
      byClaim.remove(id);
      byClaim.put(id, new LabelledSentence(DOCUMENT, id, label, oneLine));
    }
    return new ArrayList<>(byClaim.values());
  }
}
