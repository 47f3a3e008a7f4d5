package org.factdesk.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The cluster's search service: one OpenSearch node of module {@code search-node/} in a JVM of its
 * own (it needs Lucene 9.12, the WAR has 9.11), started with the command that module documents,
 * data under the run's work folder, stopped with SIGTERM.
 */
final class OpenSearchNode {

  private static final Duration READY_WITHIN = Duration.ofSeconds(120);

  final int httpPort;
  private final List<String> command;
  private final Path log;
  private Process process;

  OpenSearchNode(int httpPort, int transportPort, String clusterName, Path work)
      throws IOException {
    this.httpPort = httpPort;
    this.log = work.resolve("opensearch.log");
    String classPath =
        Files.readString(Path.of(Cluster.required("search.node.classpath")), StandardCharsets.UTF_8)
            .strip();
    this.command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            classPath,
            "org.factdesk.searchnode.SearchNode",
            "--http-port",
            String.valueOf(httpPort),
            "--transport-port",
            String.valueOf(transportPort),
            "--data",
            work.resolve("opensearch-data").toAbsolutePath().toString(),
            "--cluster-name",
            clusterName);
  }

  String url() {
    return "http://127.0.0.1:" + httpPort;
  }

  void start() throws IOException {
    Files.deleteIfExists(log);
    process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
  }

  /** Waits for the node's ready line (printed once its cluster is yellow). */
  void awaitReady() throws Exception {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "OpenSearch exited with " + process.exitValue() + "; see " + log);
      }
      if (Files.exists(log)
          && Files.readString(log, StandardCharsets.ISO_8859_1).contains("OpenSearch ready on")) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "OpenSearch not ready within " + READY_WITHIN.toSeconds() + " s; see " + log);
  }

  void stop() throws InterruptedException {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }
}
