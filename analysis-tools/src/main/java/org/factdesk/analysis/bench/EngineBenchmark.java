package org.factdesk.analysis.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.factdesk.analysis.AnalysisResult;
import org.factdesk.analysis.Analyzer;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.analysis.detect.RuleSet;

/**
 * The engine's throughput benchmark: single-threaded pages per second and MB per second on
 * synthetic HTML news pages of 100–200 KB and plain-text articles of 5–50 KB (see {@link
 * SyntheticArticles}), after a warm-up, as the median and range of several timed passes, by wall
 * clock and by the thread's CPU time. Targets (per core): 200 HTML pages/s and 30 MB/s of plain
 * text.
 *
 * <p>Run with {@code mvn -Pbench -DskipTests package} (see the {@code bench} profile in the pom),
 * or {@code java -cp target/factdesk-analysis.jar org.factdesk.analysis.bench.EngineBenchmark
 * [--html N] [--text N] [--warmup N] [--iterations N] [--only html|text] [--pages FOLDER]
 * [--address URL]}. {@code --pages} times N HTML pages of a web evaluation folder (real public
 * pages) instead of the generated ones, and N of its pages' visible lines ({@code .txt}) as the
 * plain text.
 *
 * <p>A command rather than JMH because the engine is one call per document and each pass takes
 * seconds: warm-up plus repeated timed passes measure it well enough, without another build tool.
 *
 * <p>Each pass is timed twice: by the wall clock and by the CPU time of the benchmark's thread. On
 * a machine that other processes keep busy the wall clock swings from pass to pass, while the
 * thread's CPU time counts only the engine's own work; the targets are per core, so the CPU-time
 * figures are the ones to compare with them there.
 */
public final class EngineBenchmark {
  private static final long SEED = 20_251_124L;

  /**
   * What the importer tells the engine of every input: nothing, or an address ({@code --address
   * URL}), with which the engine also looks for the site's own name (decision 0057).
   */
  private static SourceInfo source = SourceInfo.NONE;

  private EngineBenchmark() {}

  public static void main(String[] args) {
    int htmlCount = 120;
    int textCount = 400;
    int warmup = 4;
    int iterations = 7;
    String only = "";
    Path pages = null;
    String learnedTypes = "on";
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : "";
      switch (args[i]) {
        case "--html" -> htmlCount = Integer.parseInt(value);
        case "--text" -> textCount = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--iterations" -> iterations = Integer.parseInt(value);
        case "--only" -> only = value;
        case "--pages" -> pages = Path.of(value);
        case "--learned-types" -> learnedTypes = value;
        case "--address" -> source = new SourceInfo(value, null, null, null);
        default -> {
          System.err.println(
              "usage: EngineBenchmark [--html N] [--text N] [--warmup N] [--iterations N]"
                  + " [--only html|text] [--pages FOLDER] [--learned-types on|off|both]"
                  + " [--address URL]");
          System.exit(2);
          return;
        }
      }
      i++;
    }
    printMachine();
    SyntheticArticles generator = new SyntheticArticles(SEED);
    List<byte[]> html = generator.htmlPages(htmlCount);
    List<byte[]> text = generator.textArticles(textCount);
    Analyzer analyzer = new Analyzer(RuleSet.defaults(), !learnedTypes.equals("off"));
    if (pages != null) {
      html = publicPages(pages, htmlCount);
      text = publicPages(pages, textCount, ".txt");
    }
    if (!only.equals("text")) {
      run("HTML pages", analyzer, html, ContentHint.HTML, warmup, iterations);
    }
    if (!only.equals("html") && learnedTypes.equals("both")) {
      // side by side (decision 0023): the engine without the learned insert types, then with
      Analyzer without = new Analyzer(RuleSet.defaults(), false);
      run("plain text, without learned types", without, text, ContentHint.TEXT, warmup, iterations);
      run("plain text, with learned types", analyzer, text, ContentHint.TEXT, warmup, iterations);
    } else if (!only.equals("html")) {
      run("plain text", analyzer, text, ContentHint.TEXT, warmup, iterations);
    }
  }

  private static void run(
      String name,
      Analyzer analyzer,
      List<byte[]> inputs,
      ContentHint hint,
      int warmup,
      int iterations) {
    long bytes = inputs.stream().mapToLong(b -> b.length).sum();
    System.out.printf(
        Locale.ROOT,
        "%n%s: %d documents, %.1f MB in all, %.1f KB on average%n",
        name,
        inputs.size(),
        bytes / 1e6,
        bytes / 1e3 / inputs.size());
    long sink = 0;
    for (int i = 0; i < warmup; i++) {
      sink += pass(analyzer, inputs, hint);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    boolean cpuTime = threads.isCurrentThreadCpuTimeSupported();
    double[] seconds = new double[iterations];
    double[] cpuSeconds = new double[iterations];
    double[] processSeconds = new double[iterations];
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    for (int i = 0; i < iterations; i++) {
      long processStart = os.getProcessCpuTime();
      long cpuStart = cpuTime ? threads.getCurrentThreadCpuTime() : 0;
      long start = System.nanoTime();
      sink += pass(analyzer, inputs, hint);
      seconds[i] = (System.nanoTime() - start) / 1e9;
      cpuSeconds[i] = cpuTime ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 : 0;
      processSeconds[i] = (os.getProcessCpuTime() - processStart) / 1e9;
    }
    print("wall clock", seconds, inputs.size(), bytes);
    if (cpuTime) {
      print("CPU time", cpuSeconds, inputs.size(), bytes);
    }
    // ONNX Runtime embeds on threads of its own, which the thread's CPU time does not see
    print("process CPU", processSeconds, inputs.size(), bytes);
    System.out.printf(
        Locale.ROOT,
        "  (%d warm-up and %d timed passes, single thread; checksum %d)%n",
        warmup,
        iterations,
        sink);
  }

  /**
   * {@code count} HTML pages, evenly spread over the name order, of a web evaluation folder ({@code
   * CORPUS/ID.html}, see analysis-tools/eval/README.md): real pages instead of generated ones.
   */
  static List<byte[]> publicPages(Path folder, int count) {
    return publicPages(folder, count, ".html");
  }

  /** As {@link #publicPages(Path, int)}, of the files whose name ends with {@code suffix}. */
  static List<byte[]> publicPages(Path folder, int count, String suffix) {
    try (Stream<Path> files = Files.walk(folder, 2)) {
      List<Path> html = files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
      int n = Math.min(count, html.size());
      List<byte[]> out = new java.util.ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(Files.readAllBytes(html.get((int) ((long) i * html.size() / n))));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Pages/s and MB/s of timed passes that took {@code seconds}: median, slowest, fastest. */
  private static void print(String clock, double[] seconds, int documents, long bytes) {
    double[] sorted = seconds.clone();
    Arrays.sort(sorted);
    double median = sorted[sorted.length / 2];
    double fastest = sorted[0];
    double slowest = sorted[sorted.length - 1];
    System.out.printf(Locale.ROOT, "  by %s:%n", clock);
    System.out.printf(
        Locale.ROOT,
        "    pages/s  median %8.1f   min %8.1f   max %8.1f%n",
        documents / median,
        documents / slowest,
        documents / fastest);
    System.out.printf(
        Locale.ROOT,
        "    MB/s     median %8.2f   min %8.2f   max %8.2f%n",
        bytes / 1e6 / median,
        bytes / 1e6 / slowest,
        bytes / 1e6 / fastest);
  }

  /** One pass over all inputs; returns a number derived from the results so no work is elided. */
  private static long pass(Analyzer analyzer, List<byte[]> inputs, ContentHint hint) {
    long sum = 0;
    for (byte[] input : inputs) {
      AnalysisResult result = analyzer.analyze(input, hint, source);
      sum += result.blocks().size() + result.claims().size() + result.simHash();
    }
    return sum;
  }

  private static void printMachine() {
    Runtime rt = Runtime.getRuntime();
    System.out.printf(
        Locale.ROOT,
        "Factdesk engine benchmark%n  JVM: %s %s (%s)%n  OS: %s %s %s%n  cores: %d, max heap"
            + " %d MB%n  JVM args: %s%n",
        System.getProperty("java.vm.name"),
        System.getProperty("java.version"),
        System.getProperty("java.vm.vendor"),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        System.getProperty("os.arch"),
        rt.availableProcessors(),
        rt.maxMemory() / (1024 * 1024),
        ManagementFactory.getRuntimeMXBean().getInputArguments());
    cpuModel().ifPresent(model -> System.out.println("  CPU: " + model));
  }

  /** The CPU model from /proc/cpuinfo where there is one (Linux). */
  private static Optional<String> cpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst();
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }
}
