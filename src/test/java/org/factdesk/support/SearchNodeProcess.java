package org.factdesk.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real OpenSearch node (module search-node) in a process of its own, started before the test
 * class's server (register this extension before Arquillian's) and stopped after it. The build
 * names the node's class path file, its data folder and its ports (webapp-pom.xml, execution
 * integration-tests-opensearch); without them the class is skipped, so that {@code -Dit.test}
 * naming it in another execution does not run it against the wrong configuration. Inside the server
 * (in-container test methods) it does nothing.
 */
public final class SearchNodeProcess implements BeforeAllCallback, AfterAllCallback {

  public static final String CLASSPATH_FILE = "search.node.classpath.file";
  public static final String HTTP_PORT = "search.it.http.port";

  private static final String READY = "OpenSearch ready on ";

  private Process process;

  /** The node's address, e.g. http://127.0.0.1:9250, as the build configured it. */
  public static String url() {
    return "http://127.0.0.1:" + System.getProperty(HTTP_PORT);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    if ("opensearch".equals(System.getProperty("search.backend"))) {
      return; // inside the server
    }
    String file = System.getProperty(CLASSPATH_FILE);
    Assumptions.assumeTrue(
        file != null,
        "no search node configured: OpenSearchSearchIT runs in the failsafe execution"
            + " integration-tests-opensearch");
    Path classpath = Path.of(file);
    if (!Files.isRegularFile(classpath)) {
      throw new IllegalStateException(
          "No search node class path at " + classpath + ": build the search-node module first");
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx256m",
            "-cp",
            Files.readString(classpath).strip(),
            "org.factdesk.searchnode.SearchNode",
            "--http-port",
            System.getProperty(HTTP_PORT),
            "--transport-port",
            System.getProperty("search.it.transport.port"),
            "--data",
            System.getProperty("search.node.data"),
            "--cluster-name",
            "factdesk-it"));
    process = new ProcessBuilder(command).redirectErrorStream(true).start();
    CompletableFuture<String> ready = new CompletableFuture<>();
    Thread output =
        new Thread(
            () -> {
              try (BufferedReader lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                  System.out.println("[search-node] " + line);
                  if (line.startsWith(READY)) {
                    ready.complete(line.substring(READY.length()));
                  }
                }
                ready.completeExceptionally(
                    new IllegalStateException("the search node stopped before it was ready"));
              } catch (IOException e) {
                ready.completeExceptionally(e);
              }
            },
            "search-node-output");
    output.setDaemon(true);
    output.start();
    String url = ready.get(120, TimeUnit.SECONDS);
    if (!url.equals(url())) {
      throw new IllegalStateException("the search node is at " + url + ", expected " + url());
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (process != null) {
      process.destroy(); // SIGTERM: the node closes cleanly
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
