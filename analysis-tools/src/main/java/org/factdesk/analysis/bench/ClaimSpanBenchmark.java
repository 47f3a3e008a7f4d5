package org.factdesk.analysis.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.factdesk.analysis.claim.ClaimExtractor;
import org.factdesk.analysis.text.Sentence;
import org.factdesk.analysis.text.SentenceSplitter;

/**
 * The claim span finder alone: the typed spans of every sentence of the dev split's main texts of a
 * web evaluation folder (its {@code index.tsv} and {@code ID.txt} files), as MB of sentences per
 * second of the thread's CPU time, median and fastest of several passes after three warm-up ones.
 * The wall clock is not shown: on a shared machine it says more about the neighbours.
 *
 * <p>{@code java -cp target/factdesk-analysis.jar org.factdesk.analysis.bench.ClaimSpanBenchmark
 * /work/data/eval [passes]}; to compare two engines, run it with each engine's jar first on the
 * class path, alternately (BENCHMARKS.md, "Span rules").
 */
public final class ClaimSpanBenchmark {
  private ClaimSpanBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ClaimSpanBenchmark EVAL_FOLDER [passes]");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    List<String> sentences = new ArrayList<>();
    long chars = 0;
    for (String line : Files.readAllLines(root.resolve("index.tsv"))) {
      String[] f = line.split("\t");
      if (f.length < 5 || !f[4].equals("dev")) {
        continue;
      }
      Path text = root.resolve(f[0]).resolve(f[1] + ".txt");
      if (!Files.exists(text)) {
        continue;
      }
      for (String l : new String(Files.readAllBytes(text), StandardCharsets.UTF_8).split("\n")) {
        for (Sentence s : SentenceSplitter.split(l)) {
          sentences.add(s.text());
          chars += s.text().length();
        }
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[passes];
    long spans = 0;
    for (int p = -3; p < passes; p++) {
      long start = threads.getCurrentThreadCpuTime();
      for (String s : sentences) {
        spans += ClaimExtractor.spans(s).size();
      }
      if (p >= 0) {
        cpu[p] = threads.getCurrentThreadCpuTime() - start;
      }
    }
    Arrays.sort(cpu);
    double mb = chars / 1e6;
    System.out.printf(
        "%d sentences, %.1f MB, %d spans a pass; median %.1f MB/s CPU time, fastest %.1f%n",
        sentences.size(),
        mb,
        spans / (passes + 3),
        mb / (cpu[passes / 2] / 1e9),
        mb / (cpu[0] / 1e9));
  }
}
