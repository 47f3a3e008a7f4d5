package org.factdesk.analysis.train;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of the check-worthiness data in the form {@link ClaimBusterConverter} writes: one
 * line per sentence, {@code DOCUMENT<TAB>ID<TAB>LABEL<TAB>TEXT}, where the document is the source
 * the sentence comes from (a debate) and the label is 1 for check-worthy, 0 for not.
 */
record LabelledSentence(String document, String id, boolean checkWorthy, String text) {
  LabelledSentence {
    if (text.indexOf('\t') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("text holds a tab or a line break: " + id);
    }
  }

  String line() {
    return document + "\t" + id + "\t" + (checkWorthy ? 1 : 0) + "\t" + text + "\n";
  }

  static List<LabelledSentence> read(Path file) throws IOException {
    List<LabelledSentence> out = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      String[] f = line.split("\t", 4);
      if (f.length != 4 || !(f[2].equals("0") || f[2].equals("1"))) {
        throw new IOException(file + " line " + number + ": expected DOCUMENT, ID, 0|1, TEXT");
      }
      out.add(new LabelledSentence(f[0], f[1], f[2].equals("1"), f[3]));
    }
    return out;
  }

  static void write(Path file, List<LabelledSentence> sentences) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (LabelledSentence s : sentences) {
        w.write(s.line());
      }
    }
  }
}
