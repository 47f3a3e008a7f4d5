package org.factdesk.analysis.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.FlagType;

/**
 * Reads a corpus folder: every {@code NAME.txt} or {@code NAME.html} with its {@code NAME.labels}.
 * A labels file holds one line per non-article block, {@code TYPE<TAB>text}, in reading order;
 * {@code ARTICLE<TAB>text} names an article block explicitly (see {@link Label}); blank lines and
 * lines starting with {@code #} are ignored.
 */
public final class Corpus {
  private Corpus() {}

  /** The articles of a folder, sorted by file name. */
  public static List<LabelledArticle> load(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("not a corpus folder: " + folder);
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.filter(Corpus::isArticle).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<LabelledArticle> out = new ArrayList<>(files.size());
    for (Path f : files) {
      String file = f.getFileName().toString();
      int dot = file.lastIndexOf('.');
      String name = file.substring(0, dot);
      ContentHint format = file.endsWith(".html") ? ContentHint.HTML : ContentHint.TEXT;
      Path labels = f.resolveSibling(name + ".labels");
      if (!Files.exists(labels)) {
        throw new IllegalArgumentException("missing labels file " + labels);
      }
      try {
        out.add(
            new LabelledArticle(
                name,
                format,
                Files.readAllBytes(f),
                parseLabels(Files.readString(labels, StandardCharsets.UTF_8), labels.toString())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** Parses a labels file; {@code source} names it in error messages. */
  public static List<Label> parseLabels(String text, String source) {
    List<Label> labels = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalArgumentException(
            source + ":" + (i + 1) + ": expected TYPE<TAB>text, found no tab");
      }
      String typeName = line.substring(0, tab).strip().toUpperCase(Locale.ROOT);
      FlagType type;
      try {
        type = typeName.equals("ARTICLE") ? null : FlagType.valueOf(typeName);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            source + ":" + (i + 1) + ": unknown flag type '" + line.substring(0, tab) + "'", e);
      }
      String labelText = line.substring(tab + 1).strip();
      if (labelText.isEmpty()) {
        throw new IllegalArgumentException(source + ":" + (i + 1) + ": empty block text");
      }
      labels.add(new Label(type, labelText, i + 1));
    }
    return labels;
  }

  private static boolean isArticle(Path p) {
    String n = p.getFileName().toString();
    return Files.isRegularFile(p) && (n.endsWith(".txt") || n.endsWith(".html"));
  }
}
