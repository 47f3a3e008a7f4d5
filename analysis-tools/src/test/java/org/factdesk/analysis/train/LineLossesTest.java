package org.factdesk.analysis.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineLossesTest {
  @TempDir Path root;

  /**
   * One page of three lines: a menu line the model flags, the article it keeps and a reader's reply
   * it keeps too. The labels keep the article alone (F1 1); the model's kept text has 9 shingles of
   * which 5 are the gold's (P 5/9, R 1, F1 0.7143), and the reply's 4 words are furniture kept
   * inside the core.
   */
  @Test
  void comparesTheModelWithItsLabelsAndSaysWhereTheFurnitureKeptStands() throws IOException {
    Files.createDirectories(root.resolve("corpus"));
    Files.writeString(
        root.resolve("corpus/7.gold"), "alpha beta gamma delta epsilon zeta eta theta\n");
    Path dump = root.resolve("dump.tsv");
    Files.writeString(
        dump,
        String.join(
            "\n",
            "corpus\t7\tarticle\thost\t0\t0\t0\t0\t0.9\t0.9\tHome",
            "corpus\t7\tarticle\thost\t1\t1\t0\t0\t0.2\t0.2\talpha beta gamma delta epsilon zeta"
                + " eta theta",
            "corpus\t7\tarticle\thost\t2\t0\t0\t0\t0.3\t0.3\tReply now please thanks"),
        StandardCharsets.UTF_8);
    List<LineLosses.PageDump> pages = LineLosses.read(dump);
    assertEquals(1, pages.size());
    assertEquals(3, pages.get(0).lines().size());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    LineLosses.report(pages, root, 0.55, 5, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("| article | 1 | 0.7143 | 1.0000 |"), out);
    assertTrue(out.contains("| article, furniture kept | 0 | 4 | 0 |"), out);
    assertTrue(out.contains("0.286 lost: model 0.714, labels 1.000  corpus/7"), out);
  }

  @Test
  void aShortRowIsRefusedWithItsLineNumber() throws IOException {
    Path dump = root.resolve("bad.tsv");
    Files.writeString(dump, "corpus\t7\tarticle\thost\t0\t0\t0\t0\t0.9\t0.9\tHome\ncorpus\t7\n");
    IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IOException.class, () -> LineLosses.read(dump));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }
}
