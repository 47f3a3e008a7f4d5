package org.factdesk.analysis.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.factdesk.analysis.html.MiniJson;

/**
 * Converts NewsClaims (Reddy, Chinthakindi, Fung, Small, Ji and others, "NewsClaims: A New
 * Benchmark for Claim Detection from News with Attribute Knowledge", EMNLP 2022; 143 English news
 * articles about COVID-19, every sentence listed, 889 of them annotated as claims) into the form
 * the check-worthiness trainer reads, split by article.
 *
 * <p>Input: the folder holding the release's {@code all_sents.json} (article id to sentence id to
 * {@code {"sentence": …}}) and its {@code dev.json} and {@code test.json} (article id to sentence
 * id to the claim's attributes). A sentence is check-worthy when either file lists it as a claim.
 * The annotators marked claims on four topics (the virus's origin, its transmission, cures and
 * protection), so a factual sentence off those topics counts as not check-worthy: the labels are a
 * floor of what a fact-checker would mark.
 *
 * <p>Output: {@code train.tsv}, {@code dev.tsv} and {@code test.tsv} ({@link LabelledSentence}, the
 * article id as document, sentences in reading order). The articles, sorted by id, go to test when
 * their index is 3 mod 4, to dev when it is 1 mod 4, to train otherwise: no article has sentences
 * on two sides. The release's own dev/test split (18 and 125 articles) is not used: it leaves too
 * little to train on. Nothing of the data belongs in the repository.
 *
 * <p>Usage: {@code NewsClaimsConverter SOURCE_FOLDER OUTPUT_FOLDER}
 */
public final class NewsClaimsConverter {
  static final String SENTENCES = "all_sents.json";
  static final List<String> CLAIMS = List.of("dev.json", "test.json");

  private NewsClaimsConverter() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: NewsClaimsConverter SOURCE_FOLDER OUTPUT_FOLDER");
      System.exit(2);
    }
    Map<String, List<LabelledSentence>> articles = read(Path.of(args[0]));
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    Map<String, List<LabelledSentence>> parts = split(articles);
    for (Map.Entry<String, List<LabelledSentence>> part : parts.entrySet()) {
      List<LabelledSentence> in = part.getValue();
      LabelledSentence.write(out.resolve(part.getKey() + ".tsv"), in);
      long positive = in.stream().filter(LabelledSentence::checkWorthy).count();
      System.out.printf(
          "%-5s %3d articles %5d sentences %4d check-worthy (%.1f%%)%n",
          part.getKey(),
          in.stream().map(LabelledSentence::document).distinct().count(),
          in.size(),
          positive,
          100.0 * positive / in.size());
    }
  }

  /** Each article's sentences in reading order, labelled, by article id. */
  static Map<String, List<LabelledSentence>> read(Path folder) throws IOException {
    Set<String> claims = new HashSet<>();
    for (String name : CLAIMS) {
      Path file = folder.resolve(name);
      for (Map.Entry<String, Object> article :
          object(json(file), file, "the top level").entrySet()) {
        for (String sentence : object(article.getValue(), file, article.getKey()).keySet()) {
          claims.add(article.getKey() + "\t" + sentence);
        }
      }
    }
    Path file = folder.resolve(SENTENCES);
    Map<String, List<LabelledSentence>> out = new TreeMap<>();
    int found = 0;
    for (Map.Entry<String, Object> article : object(json(file), file, "the top level").entrySet()) {
      List<LabelledSentence> sentences = new ArrayList<>();
      for (Map.Entry<String, Object> s :
          object(article.getValue(), file, article.getKey()).entrySet()) {
        Object text = object(s.getValue(), file, s.getKey()).get("sentence");
        if (!(text instanceof String t)) {
          throw new IOException(file + ": sentence " + s.getKey() + " has no \"sentence\" text");
        }
        boolean claim = claims.contains(article.getKey() + "\t" + s.getKey());
        found += claim ? 1 : 0;
        String clean = t.replaceAll("\\s+", " ").strip();
        sentences.add(new LabelledSentence(article.getKey(), s.getKey(), claim, clean));
      }
      out.put(article.getKey(), sentences);
    }
    if (found != claims.size()) {
      throw new IOException(
          folder + ": " + (claims.size() - found) + " claims name no sentence of " + SENTENCES);
    }
    return out;
  }

  /** The parts by name, each the sentences of its articles, articles in id order. */
  static Map<String, List<LabelledSentence>> split(Map<String, List<LabelledSentence>> articles) {
    Map<String, List<LabelledSentence>> parts = new TreeMap<>();
    for (String part : List.of("train", "dev", "test")) {
      parts.put(part, new ArrayList<>());
    }
    int i = 0;
    for (List<LabelledSentence> sentences : articles.values()) {
      parts.get(i % 4 == 3 ? "test" : i % 4 == 1 ? "dev" : "train").addAll(sentences);
      i++;
    }
    return parts;
  }

  private static Object json(Path file) throws IOException {
    try {
      return MiniJson.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IOException(file + ": not JSON: " + e.getMessage(), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, Path file, String where)
      throws IOException {
    if (!(value instanceof Map<?, ?> map)) {
      throw new IOException(file + ": " + where + " is not a JSON object");
    }
    return (Map<String, Object>) map;
  }
}
