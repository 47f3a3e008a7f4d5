package org.factdesk.analysis.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.DetectorFlag;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.analysis.TextBlock;
import org.factdesk.analysis.UnreadableInputException;
import org.factdesk.analysis.claim.FoundClaim;
import org.factdesk.analysis.claim.FoundSpan;

/**
 * Proves that a change to the engine changed none of its output: one SHA-256 line per document of
 * everything the engine returns for it (decoded text, metadata, every block with its kind, offsets
 * and flags with their confidence and reason, every claim with its score and spans, the
 * fingerprints), and a last line digesting them all. Run it with the engine before and after a
 * change (the engine jar before on the class path ahead of a folder holding only this class) and
 * compare the outputs with {@code diff}: any line that differs names the document that changed.
 *
 * <p>{@code java -cp factdesk-analysis.jar org.factdesk.analysis.bench.OutputDigest [--pages
 * FOLDER] [--mode html|text] [--generated N]}: the HTML pages (or their visible lines, {@code
 * --mode text}) of a web evaluation folder ({@code CORPUS/ID.html}, {@code CORPUS/ID.txt}), and/or
 * N of the benchmark's generated HTML pages and N of its plain-text articles.
 */
public final class OutputDigest {
  private OutputDigest() {}

  public static void main(String[] args) throws IOException {
    Path pages = null;
    String mode = "html";
    int generated = 0;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--pages" -> pages = Path.of(args[i + 1]);
        case "--mode" -> mode = args[i + 1];
        case "--generated" -> generated = Integer.parseInt(args[i + 1]);
        default -> {
          System.err.println(
              "usage: OutputDigest [--pages FOLDER] [--mode html|text] [--generated N]");
          System.exit(2);
        }
      }
    }
    Analyzer analyzer = new Analyzer();
    MessageDigest all = sha256();
    int count = 0;
    if (pages != null) {
      String suffix = mode.equals("text") ? ".txt" : ".html";
      ContentHint hint = mode.equals("text") ? ContentHint.TEXT : ContentHint.HTML;
      List<Path> files;
      try (Stream<Path> walk = Files.walk(pages, 2)) {
        files = walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
      }
      for (Path file : files) {
        String line =
            pages.relativize(file) + " " + digest(analyzer, Files.readAllBytes(file), hint);
        System.out.println(line);
        all.update(line.getBytes(StandardCharsets.UTF_8));
        count++;
      }
    }
    if (generated > 0) {
      SyntheticArticles generator = new SyntheticArticles(20_251_124L);
      List<byte[]> html = generator.htmlPages(generated);
      List<byte[]> text = generator.textArticles(generated);
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < generated; i++) {
        lines.add("generated-html/" + i + " " + digest(analyzer, html.get(i), ContentHint.HTML));
        lines.add("generated-text/" + i + " " + digest(analyzer, text.get(i), ContentHint.TEXT));
      }
      for (String line : lines) {
        System.out.println(line);
        all.update(line.getBytes(StandardCharsets.UTF_8));
        count++;
      }
    }
    System.out.println("all " + count + " " + HexFormat.of().formatHex(all.digest()));
  }

  /** The SHA-256 of everything the engine returns for one document, or why it gave none. */
  static String digest(Analyzer analyzer, byte[] input, ContentHint hint) {
    AnalysisResult r;
    try {
      r = analyzer.analyze(input, hint, SourceInfo.NONE);
    } catch (UnreadableInputException e) {
      return "unreadable:" + e.getMessage();
    }
    StringBuilder sb = new StringBuilder(input.length * 2);
    sb.append(r.format()).append('|').append(r.charset()).append('|').append(r.malformedInput());
    sb.append('|').append(r.decodedText()).append('|').append(r.metadata());
    for (TextBlock b : r.blocks()) {
      sb.append('\n');
      block(sb, b);
    }
    for (FoundClaim c : r.claims()) {
      sb.append('\n');
      claim(sb, c);
    }
    sb.append('\n').append(r.contentHash()).append('|').append(r.minHash().toHex());
    sb.append('|').append(r.simHash()).append('|').append(r.rulesVersion());
    MessageDigest md = sha256();
    return HexFormat.of().formatHex(md.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /*
   * Blocks and claims are written as their records' toString wrote them when the engine's names
   * were Block, Flag, ClaimCandidate and ClaimSpan (decision 0030), so that digests taken before
   * the renames of decision 0039 still compare.
   */

  private static void block(StringBuilder sb, TextBlock b) {
    sb.append("Block[index=").append(b.index()).append(", kind=").append(b.kind());
    sb.append(", text=").append(b.text()).append(", start=").append(b.start());
    sb.append(", end=").append(b.end()).append(", flags=[");
    for (int i = 0; i < b.flags().size(); i++) {
      DetectorFlag f = b.flags().get(i);
      sb.append(i == 0 ? "" : ", ").append("Flag[type=").append(f.type());
      sb.append(", confidence=").append(f.confidence()).append(", detector=").append(f.detector());
      sb.append(", reason=").append(f.reason()).append(']');
    }
    sb.append("]]");
  }

  private static void claim(StringBuilder sb, FoundClaim c) {
    sb.append("ClaimCandidate[blockIndex=")
        .append(c.blockIndex())
        .append(", text=")
        .append(c.text());
    sb.append(", start=").append(c.start()).append(", end=").append(c.end());
    sb.append(", score=").append(c.score()).append(", spans=[");
    for (int i = 0; i < c.spans().size(); i++) {
      FoundSpan s = c.spans().get(i);
      sb.append(i == 0 ? "" : ", ").append("ClaimSpan[type=").append(s.type());
      sb.append(", text=").append(s.text()).append(", start=").append(s.start());
      sb.append(", end=").append(s.end()).append(']');
    }
    sb.append("]]");
  }
}
