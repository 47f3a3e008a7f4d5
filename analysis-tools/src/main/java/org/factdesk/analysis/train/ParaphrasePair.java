package org.factdesk.analysis.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One labelled pair of sentences of a paraphrase corpus: whether the two say the same thing. Read
 * from the tab-separated files of the Microsoft Research Paraphrase Corpus (Dolan and Brockett,
 * 2005; news sentences, the "Quality" column 1 for a paraphrase), which are not in this repository:
 * {@code Quality<TAB>#1 ID<TAB>#2 ID<TAB>#1 String<TAB>#2 String} after one header line.
 */
record ParaphrasePair(String id, boolean paraphrase, String left, String right) {

  /** The pairs of one file; a malformed line is named with its number and nothing is returned. */
  static List<ParaphrasePair> readMrpc(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<ParaphrasePair> out = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 5 || !(f[0].equals("0") || f[0].equals("1"))) {
        throw new IOException(
            file
                + " line "
                + (i + 1)
                + ": expected Quality (0|1), #1 ID, #2 ID, #1 String, #2 String");
      }
      out.add(new ParaphrasePair(f[1] + "-" + f[2], f[0].equals("1"), f[3], f[4]));
    }
    return out;
  }
}
