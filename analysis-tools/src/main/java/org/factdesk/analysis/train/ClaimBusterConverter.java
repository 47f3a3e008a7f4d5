package org.factdesk.analysis.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Converts the ClaimBuster data set (Arslan, Hassan, Li and Tremayne, "A Benchmark Dataset of
 * Check-worthy Factual Claims", ICWSM 2020; doi:10.5281/zenodo.3609356) into the form the
 * check-worthiness trainer reads, split by debate.
 *
 * <p>Input: the folder holding {@code crowdsourced.csv} and {@code groundtruth.csv} (columns
 * Sentence_id, Text, Speaker, Speaker_title, Speaker_party, File_id, Length, Line_number,
 * Sentiment, Verdict; Verdict 1 is a check-worthy factual sentence, 0 an unimportant factual one,
 * -1 a non-factual one). Check-worthy is Verdict 1; 0 and -1 are not.
 *
 * <p>Output: {@code train.tsv}, {@code dev.tsv} and {@code test.tsv} ({@link LabelledSentence}).
 * The 33 debates, in date order, go to test when their index is 3 mod 4, to dev when it is 1 mod 4,
 * to train otherwise: every era of the debates is in each part, and no debate's sentences (nor its
 * speakers' repeated phrasings that evening) are in two parts. Nothing of the data belongs in the
 * project's repository: the output folder lives outside it.
 *
 * <p>Usage: {@code ClaimBusterConverter SOURCE_FOLDER OUTPUT_FOLDER}
 */
public final class ClaimBusterConverter {
  private static final List<String> FILES = List.of("crowdsourced.csv", "groundtruth.csv");

  private ClaimBusterConverter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ClaimBusterConverter SOURCE_FOLDER OUTPUT_FOLDER");
      System.exit(2);
    }
    Path source = Path.of(args[0]);
    Path out = Path.of(args[1]);
    List<LabelledSentence> all = new ArrayList<>();
    for (String name : FILES) {
      all.addAll(read(source.resolve(name)));
    }
    Map<String, String> parts = split(all);
    Files.createDirectories(out);
    for (String part : List.of("train", "dev", "test")) {
      List<LabelledSentence> in =
          all.stream()
              .filter(s -> parts.get(s.document()).equals(part))
              .sorted(
                  Comparator.comparing(LabelledSentence::document)
                      .thenComparingLong(s -> Long.parseLong(s.id())))
              .toList();
      LabelledSentence.write(out.resolve(part + ".tsv"), in);
      long positive = in.stream().filter(LabelledSentence::checkWorthy).count();
      System.out.printf(
          "%-5s %2d debates %6d sentences %5d check-worthy (%.1f%%)%n",
          part,
          in.stream().map(LabelledSentence::document).distinct().count(),
          in.size(),
          positive,
          100.0 * positive / in.size());
    }
  }

  /** Which part each debate goes to, by its index in date order (the file names are dates). */
  static Map<String, String> split(List<LabelledSentence> sentences) {
    TreeSet<String> debates = new TreeSet<>();
    sentences.forEach(s -> debates.add(s.document()));
    Map<String, String> parts = new TreeMap<>();
    int i = 0;
    for (String debate : debates) {
      parts.put(debate, i % 4 == 3 ? "test" : i % 4 == 1 ? "dev" : "train");
      i++;
    }
    return parts;
  }

  static List<LabelledSentence> read(Path csv) throws IOException {
    List<List<String>> rows = Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
    if (rows.isEmpty()) {
      throw new IOException(csv + ": empty");
    }
    List<String> header = rows.get(0);
    int id = column(header, "Sentence_id", csv);
    int text = column(header, "Text", csv);
    int file = column(header, "File_id", csv);
    int verdict = column(header, "Verdict", csv);
    List<LabelledSentence> out = new ArrayList<>();
    for (int r = 1; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row.size() != header.size()) {
        throw new IOException(csv + " record " + r + ": " + row.size() + " fields");
      }
      String v = row.get(verdict).strip();
      if (!v.equals("1") && !v.equals("0") && !v.equals("-1")) {
        throw new IOException(csv + " record " + r + ": verdict " + v);
      }
      String sentence = row.get(text).replaceAll("\\s+", " ").strip();
      String debate = row.get(file).strip().replaceFirst("\\.txt$", "");
      out.add(new LabelledSentence(debate, row.get(id).strip(), v.equals("1"), sentence));
    }
    return out;
  }

  private static int column(List<String> header, String name, Path csv) throws IOException {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IOException(csv + ": no column " + name);
    }
    return i;
  }

  /** RFC 4180 records: fields in double quotes may hold commas, line breaks and doubled quotes. */
  static final class Csv {
    private Csv() {}

    static List<List<String>> parse(String s) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      int i = 0;
      int n = s.length();
      if (n > 0 && s.charAt(0) == '\uFEFF') {
        i = 1;
      }
      for (; i < n; i++) {
        char c = s.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < n && s.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          field.append(c);
        }
      }
      if (field.length() > 0 || !row.isEmpty()) {
        row.add(field.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
