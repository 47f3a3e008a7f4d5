package org.factdesk.analysis.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ArticleMetadata;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.analysis.TextBlock;
import org.factdesk.analysis.UnreadableInputException;
import org.factdesk.analysis.claim.FoundClaim;
import org.factdesk.analysis.claim.FoundSpan;

/**
 * The engine on the command line: {@code java -jar factdesk-analysis.jar [--text|--html] FILE...}
 * analyses each file and writes one JSON object per file to standard output, one per line (JSON
 * Lines), in the order the files were given:
 *
 * <pre>
 * {"source": path as given, "format": "text"|"html", "title", "outlet", "published": "yyyy-mm-dd",
 *  "url", "language", "blocks": [{"index", "text", "flags": [{"type", "confidence", "detector",
 *  "reason"}]}], "claims": [{"block", "text", "score", "spans": [{"type", "text", "start", "end"}]}],
 *  "fingerprint": {"sha256", "simhash", "minhash"}}
 * </pre>
 *
 * Unknown metadata is null. Claim span offsets are into the text of the claim's block. The
 * fingerprint holds the exact-duplicate key (SHA-256 of the normalised block texts, 64 hex digits),
 * the 64-bit SimHash (16 hex digits) and the 128-value MinHash signature (2,048 hex digits), the
 * same encodings the web app stores.
 *
 * <p>Without {@code --text} or {@code --html} the engine decides by content. A file that cannot be
 * read or analysed (missing, binary, empty, no readable text) gets one line on standard error
 * naming it and the reason, and the run goes on. Exit code: 0 when every file was analysed, 1 when
 * any failed, 2 for a usage error.
 */
public final class AnalyzeCommand {
  static final int OK = 0;
  static final int SOME_FAILED = 1;
  static final int USAGE = 2;

  static final String USAGE_TEXT =
      """
      usage: java -jar factdesk-analysis.jar [--text|--html] FILE...

      Analyses each FILE (a scraped article, plain text or HTML) and writes one JSON
      object per file to standard output, one per line, in the order given.

        --text   treat every file as plain text
        --html   treat every file as HTML
                 (neither: decide by content)
        --help   print this help
        --       end of options; later arguments are files even if they start with '-'

      Exit code: 0 all files analysed, 1 some could not be read or analysed
      (reported on standard error), 2 usage error.
      """;

  private static final String NAME = "factdesk-analysis";

  private AnalyzeCommand() {}

  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    System.exit(code);
  }

  /** Runs the command; returns the exit code. Tests call this with their own streams. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    ContentHint hint = ContentHint.AUTO;
    List<String> files = new ArrayList<>();
    boolean options = true;
    for (String arg : args) {
      if (options && arg.startsWith("-") && !arg.equals("-")) {
        switch (arg) {
          case "--" -> options = false;
          case "--help", "-h" -> {
            out.print(USAGE_TEXT);
            out.flush();
            return OK;
          }
          case "--text", "--html" -> {
            ContentHint chosen = arg.equals("--text") ? ContentHint.TEXT : ContentHint.HTML;
            if (hint != ContentHint.AUTO && hint != chosen) {
              return usage(err, "--text and --html exclude each other");
            }
            hint = chosen;
          }
          default -> {
            return usage(err, "unknown option " + arg);
          }
        }
      } else {
        files.add(arg);
      }
    }
    if (files.isEmpty()) {
      return usage(err, "no FILE given");
    }
    Analyzer analyzer = new Analyzer();
    boolean failed = false;
    for (String file : files) {
      String line;
      try {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
          throw new IOException("is a directory");
        }
        byte[] bytes = Files.readAllBytes(path);
        line = toJson(file, analyzer.analyze(bytes, hint, SourceInfo.NONE));
      } catch (IOException | InvalidPathException e) {
        failed = true;
        err.println(NAME + ": " + file + ": cannot read: " + describe(e));
        continue;
      } catch (UnreadableInputException e) {
        failed = true;
        err.println(NAME + ": " + file + ": not analysed: " + e.getMessage());
        continue;
      } catch (RuntimeException e) {
        // an engine bug must not cost the other files their results
        failed = true;
        err.println(NAME + ": " + file + ": analysis failed: " + e);
        continue;
      }
      out.println(line);
      out.flush(); // keeps stdout and stderr in order when both go to a terminal
    }
    return failed ? SOME_FAILED : OK;
  }

  /** The JSON line of one result, as described in the class comment. */
  static String toJson(String source, AnalysisResult result) {
    StringBuilder sb = new StringBuilder(4096);
    JsonWriter json = new JsonWriter(sb);
    ArticleMetadata meta = result.metadata();
    json.beginObject()
        .member("source", source)
        .member("format", result.format() == ContentHint.HTML ? "html" : "text")
        .member("title", meta.title())
        .member("outlet", meta.outlet())
        .member("published", meta.published() == null ? null : meta.published().toString())
        .member("url", meta.url())
        .member("language", meta.language());
    json.name("blocks").beginArray();
    for (TextBlock b : result.blocks()) {
      json.beginObject().name("index").value(b.index()).member("text", b.text());
      json.name("flags").beginArray();
      for (DetectorFlag f : b.flags()) {
        json.beginObject()
            .member("type", f.type().name())
            .name("confidence")
            .value(f.confidence(), 2)
            .member("detector", f.detector())
            .member("reason", f.reason())
            .endObject();
      }
      json.endArray().endObject();
    }
    json.endArray();
    json.name("claims").beginArray();
    for (FoundClaim c : result.claims()) {
      json.beginObject()
          .name("block")
          .value(c.blockIndex())
          .member("text", c.text())
          .name("score")
          .value(c.score(), 3);
      json.name("spans").beginArray();
      for (FoundSpan s : c.spans()) {
        json.beginObject()
            .member("type", s.type().name())
            .member("text", s.text())
            .name("start")
            .value(s.start())
            .name("end")
            .value(s.end())
            .endObject();
      }
      json.endArray().endObject();
    }
    json.endArray();
    json.name("fingerprint")
        .beginObject()
        .member("sha256", result.contentHash())
        .member("simhash", result.simHashHex())
        .member("minhash", result.minHash().toHex())
        .endObject();
    json.endObject();
    return sb.toString();
  }

  private static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof InvalidPathException) {
      return "invalid path: " + e.getMessage();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static int usage(PrintStream err, String problem) {
    err.println(NAME + ": " + problem);
    err.print(USAGE_TEXT);
    err.flush();
    return USAGE;
  }
}
