package org.factdesk.dataset;

import java.io.IOException;
import java.io.Writer;

/**
 * Rows of RFC 4180 CSV: cells separated by commas, rows ended by CRLF, a cell quoted when it holds
 * a comma, a quote, CR or LF, its quotes doubled. A cell a spreadsheet would run as a formula (one
 * that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or CR) gets a leading
 * apostrophe, and is quoted, so it is shown as text (OWASP's advice against CSV injection).
 */
public final class CsvWriter {

  private final Writer out;

  public CsvWriter(Writer out) {
    this.out = out;
  }

  public void row(String... cells) throws IOException {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells[i]));
    }
    out.write("\r\n");
  }

  /** One cell as written: neutralised, then quoted if it needs to be. A null is an empty cell. */
  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    boolean formula = startsLikeFormula(value);
    String v = formula ? "'" + value : value;
    if (formula || needsQuotes(v)) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  static boolean startsLikeFormula(String value) {
    char first = value.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }

  private static boolean needsQuotes(String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ',' || c == '"' || c == '\r' || c == '\n') {
        return true;
      }
    }
    return false;
  }
}
