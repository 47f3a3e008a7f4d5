package org.factdesk.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "=1+2|`\"'=1+2\"`",
        "+31 20 555 0101|`\"'+31 20 555 0101\"`",
        "-5 degrees|`\"'-5 degrees\"`",
        "@SUM(A1:A9)|`\"'@SUM(A1:A9)\"`",
        "=HYPERLINK(\"http://evil.example\",\"x\")|`\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"`",
        "plain text|plain text",
        "a, b|`\"a, b\"`",
        "say \"hi\"|`\"say \"\"hi\"\"\"`",
        "1+1=2|1+1=2",
        "x=-1|x=-1"
      })
  void cellsAreQuotedWhenNeededAndFormulasNeutralised(String value, String written) {
    assertEquals(written, CsvWriter.cell(value));
  }

  @Test
  void aTabOrCarriageReturnFirstIsNeutralisedToo() {
    assertEquals("\"'\t=1\"", CsvWriter.cell("\t=1"));
    assertEquals("\"'\r=1\"", CsvWriter.cell("\r=1"));
  }

  @Test
  void rowsEndWithCrlfAndLineBreaksStayInsideQuotes() throws IOException {
    StringWriter out = new StringWriter();
    CsvWriter csv = new CsvWriter(out);
    csv.row("1", "two\nlines", null, "");
    csv.row("2", "a\r\nb", "x", "y");
    assertEquals("1,\"two\nlines\",,\r\n2,\"a\r\nb\",x,y\r\n", out.toString());
  }
}
