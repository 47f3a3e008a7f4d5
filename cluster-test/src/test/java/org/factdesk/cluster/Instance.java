package org.factdesk.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Payara Micro process serving the WAR, a member of the test's cluster. Its output goes to
 * {@code <work>/<name>.log}; a failed start names that file and shows its end.
 */
final class Instance {

  /** 300 s, or -Dcluster.ready.seconds: ten times a quiet machine's start, for busy ones. */
  private static final Duration READY_WITHIN =
      Duration.ofSeconds(Long.getLong("cluster.ready.seconds", 300));

  final String name;
  final int httpPort;
  private final List<String> command;
  private final Map<String, String> environment;
  private final Path log;
  private Process process;

  Instance(
      String name,
      int httpPort,
      int clusterPort,
      String members,
      String clusterName,
      Path work,
      Map<String, String> environment,
      List<String> systemProperties) {
    this.name = name;
    this.httpPort = httpPort;
    this.environment = environment;
    this.log = work.resolve(name + ".log");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // A small heap and the C1 compiler only: two instances, a database and the test share two
    // cores; C2's compile threads would slow the start more than its code speeds the run.
    cmd.add("-Xmx384m");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.addAll(systemProperties);
    cmd.addAll(
        List.of(
            "-jar",
            Cluster.required("payara.micro.jar"),
            "--deploy",
            Cluster.required("factdesk.war"),
            "--contextroot",
            "/",
            "--port",
            String.valueOf(httpPort),
            // Hazelcast over loopback only: the members listed, never multicast (which would go
            // out on the machine's outward interface), a cluster name of this run alone.
            "--clustermode",
            "tcpip:" + members,
            "--interfaces",
            "127.0.0.1",
            "--clustername",
            clusterName,
            "--startport",
            String.valueOf(clusterPort),
            "--rootdir",
            work.resolve(name + "-root").toString()));
    this.command = List.copyOf(cmd);
  }

  String base() {
    return "http://127.0.0.1:" + httpPort;
  }

  void start() throws IOException {
    Files.deleteIfExists(log);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    // Nothing of the test JVM's own database settings leaks into the instance.
    builder.environment().keySet().removeIf(key -> key.startsWith("DB_"));
    builder.environment().putAll(environment);
    process = builder.start();
  }

  /** Waits until {@code /health} answers 200 (the app deployed, the schema migrated). */
  void awaitReady(HttpClient http) throws Exception {
    if (!await(null, http)) {
      throw new IllegalStateException(
          "Instance " + name + " not healthy within " + READY_WITHIN.toSeconds() + " s; " + tail());
    }
  }

  /** Waits until the log mentions {@code text}, or the instance is healthy, whichever first. */
  void awaitLogged(String text, HttpClient http) throws Exception {
    if (!await(text, http)) {
      throw new IllegalStateException(
          "Instance "
              + name
              + " did not log '"
              + text
              + "' within "
              + READY_WITHIN.toSeconds()
              + " s; "
              + tail());
    }
  }

  /**
   * Polls until the instance answers {@code /health} with 200 or (when {@code text} is not null)
   * its log mentions the text; false when the time ran out. An instance that exits fails at once.
   */
  private boolean await(String text, HttpClient http) throws Exception {
    long deadline = System.nanoTime() + READY_WITHIN.toNanos();
    HttpRequest health =
        HttpRequest.newBuilder(URI.create(base() + "/health"))
            .timeout(Duration.ofSeconds(5))
            .build();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Instance " + name + " exited with " + process.exitValue() + "; " + tail());
      }
      if (text != null && Files.exists(log) && logged(text)) {
        return true;
      }
      try {
        if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    return false;
  }

  /** {@code kill -9}: no shutdown hooks, no goodbye to the cluster. */
  void kill() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
    }
  }

  /** A normal stop (SIGTERM), forced after 20 s. */
  void stop() throws InterruptedException {
    if (process == null || !process.isAlive()) {
      return;
    }
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  boolean isAlive() {
    return process != null && process.isAlive();
  }

  /** The end of the log, for failure messages. */
  String tail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return "log "
          + log
          + " ends with:\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "log " + log + " unreadable: " + e.getMessage();
    }
  }

  /** Whether the log mentions {@code text}: what the instance said about itself. */
  boolean logged(String text) throws IOException {
    return Files.readString(log, StandardCharsets.ISO_8859_1).contains(text);
  }
}
