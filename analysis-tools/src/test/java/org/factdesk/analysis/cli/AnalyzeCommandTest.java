package org.factdesk.analysis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {
  private static final String TEXT =
      String.join(
          "\n",
          "Harbour Strike Ends After Twelve Days",
          "",
          "The strike at the Kestrel Bay harbour ended on Friday after the dock workers union"
              + " accepted a wage offer of 6 percent.",
          "",
          "Union leader Tomas Brandt said the agreement would be signed on Monday, according to a"
              + " statement from the union.",
          "",
          "Share this article");

  private static final String HTML =
      "<!DOCTYPE html><html lang=\"en\"><head><title>Dam Audit Ordered</title>"
          + "<meta property=\"og:site_name\" content=\"Northern Ledger\"></head><body>"
          + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
          + "<article><h1>Dam Audit Ordered</h1>"
          + "<p>The basin commission ordered an audit of the Tavel dam on Tuesday after engineers"
          + " found cracks in 3 of its 12 spillway gates, a spokesperson said.</p>"
          + "<p>Repairs could cost as much as $4.5 million, according to the commission.</p>"
          + "</article></body></html>";

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return AnalyzeCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private List<String> outLines() {
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static String field(String json, String name) {
    Matcher m =
        Pattern.compile("\"" + name + "\":(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]]+)").matcher(json);
    return m.find() ? m.group(1) : null;
  }

  @Test
  void writesOneLinePerFileInInputOrderAndReportsTheUnreadableOneInTheMiddle() throws Exception {
    Path text = Files.writeString(dir.resolve("strike.txt"), TEXT);
    Path binary = Files.write(dir.resolve("image.bin"), new byte[] {0, 1, 2, 3, 0, 0, 9, 0, 7, 0});
    Path missing = dir.resolve("missing.txt");
    Path html = Files.writeString(dir.resolve("dam.html"), HTML);

    int code = run(text.toString(), binary.toString(), missing.toString(), html.toString());

    assertEquals(1, code, "a failed file makes the exit code 1");
    List<String> lines = outLines();
    assertEquals(2, lines.size(), out.toString(StandardCharsets.UTF_8));
    assertEquals("\"" + text + "\"", field(lines.get(0), "source"));
    assertEquals("\"text\"", field(lines.get(0), "format"));
    assertEquals("\"Harbour Strike Ends After Twelve Days\"", field(lines.get(0), "title"));
    assertEquals("\"" + html + "\"", field(lines.get(1), "source"));
    assertEquals("\"html\"", field(lines.get(1), "format"));
    assertEquals("\"Northern Ledger\"", field(lines.get(1), "outlet"));
    List<String> errors = err.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(2, errors.size(), err.toString(StandardCharsets.UTF_8));
    assertTrue(errors.get(0).contains(binary.toString()), errors.get(0));
    assertTrue(errors.get(0).contains("binary"), errors.get(0));
    assertTrue(errors.get(1).contains(missing.toString()), errors.get(1));
    assertTrue(errors.get(1).contains("no such file"), errors.get(1));
  }

  @Test
  void aPageWithNoReadableTextIsReportedWithItsReasonAndTheRunGoesOn() throws Exception {
    Path empty =
        Files.writeString(
            dir.resolve("empty.html"),
            "<html><head><title>Dam</title></head><body><script>x()</script></body></html>");
    Path html = Files.writeString(dir.resolve("dam.html"), HTML);

    int code = run(empty.toString(), html.toString());

    assertEquals(1, code);
    assertEquals(1, outLines().size());
    assertEquals("\"" + html + "\"", field(outLines().get(0), "source"));
    assertEquals(
        "factdesk-analysis: " + empty + ": not analysed: the HTML contains no readable text",
        err.toString(StandardCharsets.UTF_8).strip());
  }

  @Test
  void writesBlocksFlagsClaimsAndFingerprints() throws Exception {
    Path text = Files.writeString(dir.resolve("strike.txt"), TEXT);

    assertEquals(0, run(text.toString()));

    String line = outLines().get(0);
    assertTrue(line.startsWith("{\"source\":"), line);
    assertTrue(line.contains("\"blocks\":[{\"index\":0,\"text\":\"Harbour Strike"), line);
    assertTrue(
        line.contains(
            "{\"index\":3,\"text\":\"Share this article\",\"flags\":[{\"type\":\"SITE_CHROME\","
                + "\"confidence\":0.9,\"detector\":\"rules\""),
        line);
    assertTrue(line.contains("\"claims\":[{\"block\":1,"), line);
    assertTrue(line.contains("{\"type\":\"PERCENT\",\"text\":\"6 percent\""), line);
    assertTrue(
        line.matches(
            ".*\"fingerprint\":\\{\"sha256\":\"[0-9a-f]{64}\",\"simhash\":\"[0-9a-f]{16}\",\"minhash\":\"[0-9a-f]{2048}\"}}$"),
        line);
    assertEquals("\"en\"", field(line, "language"));
    assertEquals("null", field(line, "url"));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void forcedFormatOverridesTheContent() throws Exception {
    Path html = Files.writeString(dir.resolve("dam.html"), HTML);

    assertEquals(0, run("--text", html.toString()));

    assertEquals("\"text\"", field(outLines().get(0), "format"));
  }

  @Test
  void usageErrorsExitWithTwoAndPrintUsageOnStandardError() {
    assertEquals(2, run());
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage:"));
    assertEquals(2, run("--xml", "a.txt"));
    assertEquals(2, run("--text", "--html", "a.txt"));
    assertEquals("", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void helpGoesToStandardOutput() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage:"));
    assertTrue(
        out.toString(StandardCharsets.UTF_8)
            .contains("Exit code: 0 all files analysed, 1 some could not be read or analysed"));
    assertEquals("", err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aFileNamedLikeAnOptionIsReadAfterDoubleDash() throws Exception {
    Files.writeString(dir.resolve("--text"), TEXT);

    assertEquals(0, run("--", dir.resolve("--text").toString()));

    assertEquals(1, outLines().size());
  }

  @Test
  void hostileTextStaysInsideItsJsonString() throws Exception {
    String hostile =
        "He wrote \"</script><script>alert(1)</script>\" and a back\\slash,"
            + " a bell \u0007, an escape \u001B and \uD83D\uDE00 for the 12 percent rise.";
    Path text = Files.writeString(dir.resolve("hostile.txt"), "Title Line Here\n\n" + hostile);

    assertEquals(0, run(text.toString()));

    String line = outLines().get(0);
    assertFalse(line.contains("</script>"), line);
    assertFalse(line.contains("\u0007") || line.contains("\u001B"), line);
    // the engine drops stray control characters before anything sees them; JsonWriterTest covers
    // how they would be escaped
    assertTrue(
        line.contains(
            "He wrote \\\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\\""
                + " and a back\\\\slash, a bell , an escape and \uD83D\uDE00 for"),
        line);
  }
}
