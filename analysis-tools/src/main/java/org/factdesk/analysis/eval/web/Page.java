package org.factdesk.analysis.eval.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of the evaluation form: its corpus, file name, kind ({@value #ARTICLE} for news and
 * article pages, {@value #WEB} for CleanEval's general web pages), site, split and the language of
 * its gold text. Its files are {@code CORPUS/ID.html} (as published), {@code CORPUS/ID.txt} (its
 * visible lines) and {@code CORPUS/ID.gold} (the gold main text).
 */
public record Page(
    String corpus, String id, String kind, String host, String split, String language) {
  public static final String ARTICLE = "article";
  public static final String WEB = "web";
  public static final String DEV = "dev";
  public static final String TEST = "test";

  public Path html(Path root) {
    return root.resolve(corpus).resolve(id + ".html");
  }

  public Path lines(Path root) {
    return root.resolve(corpus).resolve(id + ".txt");
  }

  public Path gold(Path root) {
    return root.resolve(corpus).resolve(id + ".gold");
  }

  /** The file of this page under a folder of some system's outputs. */
  public Path output(Path folder) {
    return folder.resolve(corpus).resolve(id + ".txt");
  }

  static void writeIndex(Path file, List<Page> pages) throws IOException {
    StringBuilder sb = new StringBuilder("corpus\tid\tkind\thost\tsplit\tlanguage\n");
    for (Page p : pages) {
      sb.append(String.join("\t", p.corpus, p.id, p.kind, p.host, p.split, p.language))
          .append('\n');
    }
    Files.writeString(file, sb, StandardCharsets.UTF_8);
  }

  /** The pages listed in {@code ROOT/index.tsv}. */
  public static List<Page> readIndex(Path root) throws IOException {
    Path file = root.resolve("index.tsv");
    if (!Files.isRegularFile(file)) {
      throw new IOException(
          "no index.tsv in " + root + ": convert the corpora first (see eval/README.md)");
    }
    List<Page> pages = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t", -1);
      if (f.length != 6) {
        throw new IOException(
            file + ", line " + (i + 1) + ": expected 6 fields, found " + f.length);
      }
      pages.add(new Page(f[0], f[1], f[2], f[3], f[4], f[5]));
    }
    return pages;
  }
}
