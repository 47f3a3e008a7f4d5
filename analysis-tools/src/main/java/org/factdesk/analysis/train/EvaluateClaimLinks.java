package org.factdesk.analysis.train;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import org.factdesk.analysis.claim.ClaimExtractor;
import org.factdesk.analysis.claim.ClaimMatcher;
import org.factdesk.analysis.claim.ClaimText;
import org.factdesk.analysis.claim.LinkModel;
import org.factdesk.analysis.claim.MeaningMatcher;
import org.factdesk.analysis.embed.SentenceEmbedder;

/**
 * Precision and recall of the claim-link decision on a public paraphrase corpus (MRPC, see {@link
 * ParaphrasePair}): a pair counts as linked when the matcher calls it SAME or CONFLICT, and a link
 * is right when the corpus calls the pair a paraphrase. Beside it the word-and-fact {@link
 * ClaimMatcher} (the baseline) and the embedding's cosine alone at a range of thresholds, on dev to
 * choose {@link MeaningMatcher}'s thresholds and on test to report them.
 *
 * <p>Usage: {@code EvaluateClaimLinks MRPC_FOLDER [MODEL_FILE ...]} with {@code msr-para-train.tsv}
 * and {@code msr-para-val.tsv} (together: dev; nothing is trained on them, the thresholds are read
 * from them) and {@code msr-para-test.tsv} (test) in it. Each model file given (e.g. an earlier
 * link model, taken from git) is reported beside the shipped one. With {@code --dev-only} test is
 * not read (to compare choices without looking at it).
 */
public final class EvaluateClaimLinks {

  private EvaluateClaimLinks() {}

  public static void main(String[] args) throws IOException {
    List<String> rest = new ArrayList<>(List.of(args));
    boolean devOnly = rest.remove("--dev-only");
    if (rest.isEmpty()) {
      System.err.println("usage: EvaluateClaimLinks [--dev-only] MRPC_FOLDER [MODEL_FILE ...]");
      System.exit(2);
    }
    Path folder = Path.of(rest.get(0));
    Map<String, LinkModel> others = new LinkedHashMap<>();
    for (String file : rest.subList(1, rest.size())) {
      try (Reader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
        others.put(file, LinkModel.parse(in));
      }
    }
    List<Scored> dev = new ArrayList<>(embedded(folder, "msr-para-train"));
    dev.addAll(embedded(folder, "msr-para-val"));
    report("dev (train + val)", dev, others, System.out);
    if (!devOnly) {
      report("test", embedded(folder, "msr-para-test"), others, System.out);
    }
  }

  /** A pair with what the matchers read of it. */
  record Scored(ParaphrasePair pair, MeaningMatcher.Embedded left, MeaningMatcher.Embedded right) {
    double cosine() {
      return SentenceEmbedder.cosine(left.vector(), right.vector());
    }
  }

  /**
   * The pairs of {@code NAME.tsv} in the folder with their vectors, kept beside it in {@code
   * NAME.vectors} once computed (the model is fixed, so they never change).
   */
  static List<Scored> embedded(Path folder, String name) throws IOException {
    List<ParaphrasePair> pairs = ParaphrasePair.readMrpc(folder.resolve(name + ".tsv"));
    Path cache = folder.resolve(name + ".vectors");
    List<float[]> vectors = new ArrayList<>();
    if (Files.exists(cache)) {
      try (DataInputStream in =
          new DataInputStream(new BufferedInputStream(Files.newInputStream(cache)))) {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
          float[] v = new float[SentenceEmbedder.DIMENSIONS];
          for (int j = 0; j < v.length; j++) {
            v[j] = in.readFloat();
          }
          vectors.add(v);
        }
      }
    }
    if (vectors.size() != 2 * pairs.size()) {
      vectors.clear();
      SentenceEmbedder embedder = SentenceEmbedder.shared();
      for (int from = 0; from < pairs.size(); from += 64) {
        List<String> sentences = new ArrayList<>();
        pairs
            .subList(from, Math.min(pairs.size(), from + 64))
            .forEach(p -> sentences.addAll(List.of(p.left(), p.right())));
        vectors.addAll(embedder.embedAll(sentences));
      }
      try (DataOutputStream out =
          new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(cache)))) {
        out.writeInt(vectors.size());
        for (float[] v : vectors) {
          for (float x : v) {
            out.writeFloat(x);
          }
        }
      }
    }
    List<Scored> out = new ArrayList<>(pairs.size());
    for (int i = 0; i < pairs.size(); i++) {
      ParaphrasePair p = pairs.get(i);
      out.add(
          new Scored(
              p,
              new MeaningMatcher.Embedded(claim("a" + p.id(), p.left()), vectors.get(2 * i)),
              new MeaningMatcher.Embedded(claim("b" + p.id(), p.right()), vectors.get(2 * i + 1))));
    }
    return out;
  }

  private static ClaimText claim(String article, String sentence) {
    return new ClaimText(article, sentence, ClaimExtractor.spans(sentence));
  }

  static void report(
      String name, List<Scored> pairs, Map<String, LinkModel> others, PrintStream out) {
    long positives = pairs.stream().filter(s -> s.pair().paraphrase()).count();
    out.printf(Locale.ROOT, "%s: %d pairs, %d paraphrases%n", name, pairs.size(), positives);
    ClaimMatcher words = new ClaimMatcher();
    MeaningMatcher meaning = new MeaningMatcher();
    line(
        out,
        "word-and-fact matcher (baseline)",
        pairs,
        (l, r) -> words.match(l.claim(), r.claim()).verdict().linked());
    LinkModel model = LinkModel.shipped();
    line(out, "link model alone", pairs, (l, r) -> model.probability(l, r) >= model.threshold());
    line(
        out,
        "meaning matcher (model + sources)",
        pairs,
        (l, r) -> meaning.match(l, r).verdict().linked());
    others.forEach(
        (file, other) -> {
          MeaningMatcher matcher = new MeaningMatcher(other);
          out.printf(
              Locale.ROOT,
              "  %s (%s, threshold %.2f):%n",
              other.version(),
              file,
              other.threshold());
          line(
              out,
              "  link model alone",
              pairs,
              (l, r) -> other.probability(l, r) >= other.threshold());
          line(
              out,
              "  meaning matcher (model + sources)",
              pairs,
              (l, r) -> matcher.match(l, r).verdict().linked());
        });
    for (int t = 20; t <= 80; t += 10) {
      double from = t / 100.0;
      suggestions(out, from, pairs, meaning);
    }
    for (int t = 60; t <= 95; t += 5) {
      double threshold = t / 100.0;
      line(
          out,
          String.format(Locale.ROOT, "cosine >= %.2f", threshold),
          pairs,
          (l, r) -> SentenceEmbedder.cosine(l.vector(), r.vector()) >= threshold);
    }
  }

  /**
   * The pairs {@link MeaningMatcher} would offer as "possibly the same claim" from an offer score
   * ({@link LinkModel#offerProbability}, decision 0077) of {@code from} on (linked pairs excluded):
   * how many, the share that are paraphrases, and the recall of links and suggestions together (a
   * person accepting every right suggestion).
   */
  private static void suggestions(
      PrintStream out, double from, List<Scored> pairs, MeaningMatcher meaning) {
    LinkModel model = LinkModel.shipped();
    int offered = 0;
    int offeredRight = 0;
    int linkedRight = 0;
    int positives = 0;
    for (Scored s : pairs) {
      boolean paraphrase = s.pair().paraphrase();
      positives += paraphrase ? 1 : 0;
      org.factdesk.analysis.claim.ClaimMatch match = meaning.match(s.left(), s.right());
      if (match.verdict().linked()) {
        linkedRight += paraphrase ? 1 : 0;
      } else if (s.cosine() >= MeaningMatcher.CANDIDATE_COSINE
          && model.offerProbability(s.left(), s.right()) >= from) {
        offered++;
        offeredRight += paraphrase ? 1 : 0;
      }
    }
    out.printf(
        Locale.ROOT,
        "  suggested from p %.2f              offered %5d  right %5.1f%%  recall with links %5.1f%%%n",
        from,
        offered,
        offered == 0 ? 0.0 : 100.0 * offeredRight / offered,
        positives == 0 ? 0.0 : 100.0 * (linkedRight + offeredRight) / positives);
  }

  private static void line(
      PrintStream out,
      String name,
      List<Scored> pairs,
      BiPredicate<MeaningMatcher.Embedded, MeaningMatcher.Embedded> linked) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Scored s : pairs) {
      boolean predicted = linked.test(s.left(), s.right());
      if (predicted && s.pair().paraphrase()) {
        tp++;
      } else if (predicted) {
        fp++;
      } else if (s.pair().paraphrase()) {
        fn++;
      }
    }
    BinaryScores scores = new BinaryScores(0, tp, fp, fn, pairs.size());
    out.printf(
        Locale.ROOT,
        "  %-34s links %5d  precision %5.1f%%  recall %5.1f%%  F1 %5.1f%%%n",
        name,
        tp + fp,
        100 * scores.precision(),
        100 * scores.recall(),
        100 * scores.f1());
  }
}
