package org.factdesk.analysis.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Two builds of the engine timed in one JVM, pass by pass in turn, on the same public HTML pages:
 * {@code EngineSideBySide JAR_A JAR_B --pages FOLDER [--html N] [--rounds N] [--warmup N]}. Each
 * jar (a {@code factdesk-analysis.jar}) is loaded by a class loader of its own, so the two engines
 * share the machine's minutes: on a host whose speed drifts by a fifth from one minute to the next,
 * separate runs compare the minutes more than the builds. Passes go A B B A in each round, timed by
 * the thread's CPU time; it prints each engine's median pages/s and the median of the rounds'
 * ratios B/A, the figure to read. A "pass" is every page once, as in {@link EngineBenchmark}.
 */
public final class EngineSideBySide {
  private EngineSideBySide() {}

  /** One engine build behind its own class loader, called by reflection. */
  private record Engine(String name, Object analyzer, Method analyze, Object hint, Object source) {
    static Engine load(String jar) throws ReflectiveOperationException, java.io.IOException {
      URLClassLoader loader =
          new URLClassLoader(
              new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      Class<?> analyzerClass = loader.loadClass("org.factdesk.analysis.Analyzer");
      Class<?> hintClass = loader.loadClass("org.factdesk.analysis.ContentHint");
      Class<?> sourceClass = loader.loadClass("org.factdesk.analysis.SourceInfo");
      Object hint = hintClass.getField("HTML").get(null);
      Object source = sourceClass.getField("NONE").get(null);
      Method analyze = analyzerClass.getMethod("analyze", byte[].class, hintClass, sourceClass);
      Object analyzer = analyzerClass.getConstructor().newInstance();
      return new Engine(jar, analyzer, analyze, hint, source);
    }

    /** The thread's CPU seconds for one pass over {@code pages}. */
    double pass(List<byte[]> pages) throws ReflectiveOperationException {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long start = threads.getCurrentThreadCpuTime();
      for (byte[] page : pages) {
        analyze.invoke(analyzer, page, hint, source);
      }
      return (threads.getCurrentThreadCpuTime() - start) / 1e9;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      throw new IllegalArgumentException(
          "usage: EngineSideBySide JAR_A JAR_B --pages FOLDER [--html N] [--rounds N] [--warmup N]");
    }
    Path pages = null;
    int count = 300;
    int rounds = 6;
    int warmup = 2;
    for (int i = 2; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--pages" -> pages = Path.of(args[i + 1]);
        case "--html" -> count = Integer.parseInt(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (pages == null) {
      throw new IllegalArgumentException("--pages FOLDER is required");
    }
    List<byte[]> html = EngineBenchmark.publicPages(pages, count);
    Engine a = Engine.load(args[0]);
    Engine b = Engine.load(args[1]);
    for (int i = 0; i < warmup; i++) {
      a.pass(html);
      b.pass(html);
    }
    List<Double> rateA = new ArrayList<>();
    List<Double> rateB = new ArrayList<>();
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      double a1 = a.pass(html);
      double b1 = b.pass(html);
      double b2 = b.pass(html);
      double a2 = a.pass(html);
      rateA.add(html.size() / a1);
      rateA.add(html.size() / a2);
      rateB.add(html.size() / b1);
      rateB.add(html.size() / b2);
      ratios[r] = (a1 + a2) / (b1 + b2);
      System.out.printf(
          Locale.ROOT,
          "round %d: A %.1f %.1f, B %.1f %.1f pages/s (thread CPU), B/A %.3f%n",
          r + 1,
          html.size() / a1,
          html.size() / a2,
          html.size() / b1,
          html.size() / b2,
          ratios[r]);
    }
    System.out.printf(
        Locale.ROOT,
        "%d HTML pages, %d rounds of A B B A after %d warm-up passes each%n"
            + "A %s: median %.1f pages/s%nB %s: median %.1f pages/s%nB/A, median of the rounds: %.3f%n",
        html.size(),
        rounds,
        warmup,
        a.name(),
        median(rateA.stream().mapToDouble(Double::doubleValue).toArray()),
        b.name(),
        median(rateB.stream().mapToDouble(Double::doubleValue).toArray()),
        median(ratios));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
