package org.factdesk.searchnode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.cluster.health.ClusterHealthStatus;
import org.opensearch.common.settings.Settings;
import org.opensearch.common.unit.TimeValue;
import org.opensearch.env.Environment;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * One OpenSearch node on loopback, the shared search service of a Factdesk cluster
 * (docs/decisions/0027-search-in-a-cluster.md). Started from the class path alone, without
 * OpenSearch's launcher: a {@link Node} with the four plugins Hibernate Search needs, single-node
 * discovery, and the HTTP port and data folder given on the command line or as system properties.
 *
 * <p>It prints {@code OpenSearch ready on http://127.0.0.1:PORT} once the cluster is yellow and
 * closes the node on SIGTERM (or Ctrl-C). Run it in a JVM of its own: it needs Lucene 9.12, the web
 * app has 9.11.
 *
 * <pre>
 * java -Xmx256m -cp "$(cat search-node/target/search-node.classpath)" \
 *      org.factdesk.searchnode.SearchNode --http-port 9200 --data data/search-node
 * </pre>
 *
 * Options (system property in brackets): {@code --http-port} ({@code search.node.http.port},
 * default 9200), {@code --transport-port} ({@code search.node.transport.port}, default: any free
 * port), {@code --data} ({@code search.node.data}, default {@code data/search-node}), {@code
 * --cluster-name} ({@code search.node.cluster.name}, default {@code factdesk-search}).
 */
public final class SearchNode implements AutoCloseable {
  /** The plugins Hibernate Search's Elasticsearch backend relies on, from the class path. */
  static final List<Class<? extends Plugin>> PLUGINS =
      List.of(
          Netty4Plugin.class,
          CommonAnalysisPlugin.class,
          ReindexPlugin.class,
          MapperExtrasPlugin.class);

  private final Node node;
  private final int httpPort;

  private SearchNode(Node node, int httpPort) {
    this.node = node;
    this.httpPort = httpPort;
  }

  /**
   * Starts a node and waits until its cluster is yellow.
   *
   * @param httpPort the HTTP port (0: any free one; see {@link #httpPort()})
   * @param transportPort the transport port (0: any free one)
   * @param home the node's folder: data, logs and an empty config folder go below it
   */
  public static SearchNode start(int httpPort, int transportPort, Path home, String clusterName) {
    try {
      Files.createDirectories(home.resolve("config"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the search node's folder " + home, e);
    }
    Settings settings =
        Settings.builder()
            .put("path.home", home.toAbsolutePath().toString())
            .put("cluster.name", clusterName)
            .put("node.name", "search-node")
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", httpPort == 0 ? "0" : Integer.toString(httpPort))
            .put("transport.port", transportPort == 0 ? "0" : Integer.toString(transportPort))
            // A shared, busy disk must not turn the indexes read-only.
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .put("action.auto_create_index", false)
            .build();
    Environment environment =
        InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "search-node");
    Node node = new ClasspathNode(environment, PLUGINS);
    try {
      node.start();
      ClusterHealthStatus status =
          node.client()
              .admin()
              .cluster()
              .prepareHealth()
              .setWaitForYellowStatus()
              .setTimeout(TimeValue.timeValueSeconds(60))
              .get()
              .getStatus();
      if (status == ClusterHealthStatus.RED) {
        throw new IllegalStateException("the search node's cluster stayed red for 60 s");
      }
      int port =
          node.injector()
              .getInstance(org.opensearch.http.HttpServerTransport.class)
              .boundAddress()
              .publishAddress()
              .getPort();
      return new SearchNode(node, port);
    } catch (Exception e) {
      try {
        node.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
    }
  }

  /** The port the node's HTTP interface listens on, on 127.0.0.1. */
  public int httpPort() {
    return httpPort;
  }

  /** The node's address for clients: {@code http://127.0.0.1:PORT}. */
  public String url() {
    return "http://127.0.0.1:" + httpPort;
  }

  /** Stops the node and waits (up to 30 s) until it has released its files and ports. */
  @Override
  public void close() throws IOException {
    node.close();
    try {
      node.awaitClose(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    SearchNode searchNode =
        start(options.httpPort, options.transportPort, options.home, options.clusterName);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    searchNode.close();
                    System.out.println("OpenSearch stopped");
                  } catch (IOException e) {
                    System.err.println("OpenSearch did not stop cleanly: " + e);
                  } finally {
                    stopped.countDown();
                  }
                },
                "search-node-shutdown"));
    System.out.println("OpenSearch ready on " + searchNode.url());
    System.out.flush();
    stopped.await();
  }

  /** The command line, with system properties as defaults. */
  record Options(int httpPort, int transportPort, Path home, String clusterName) {
    static Options parse(String[] args) {
      int httpPort = Integer.getInteger("search.node.http.port", 9200);
      int transportPort = Integer.getInteger("search.node.transport.port", 0);
      String home = System.getProperty("search.node.data", "data/search-node");
      String clusterName = System.getProperty("search.node.cluster.name", "factdesk-search");
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option " + name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--http-port" -> httpPort = port(name, value);
          case "--transport-port" -> transportPort = port(name, value);
          case "--data" -> home = value;
          case "--cluster-name" -> clusterName = value;
          default ->
              throw new IllegalArgumentException(
                  "unknown option "
                      + name
                      + " (known: --http-port, --transport-port, --data, --cluster-name)");
        }
      }
      return new Options(httpPort, transportPort, Path.of(home), clusterName);
    }

    private static int port(String option, String value) {
      try {
        int port = Integer.parseInt(value);
        if (port >= 0 && port <= 65535) {
          return port;
        }
      } catch (NumberFormatException e) {
        // the message below names the option
      }
      throw new IllegalArgumentException(
          option + " must be a port number from 0 to 65535, not \"" + value + "\"");
    }
  }

  /** A node whose plugins come from the class path (the constructor OpenSearch's tests use). */
  private static final class ClasspathNode extends Node {
    ClasspathNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
      super(environment, plugins, true);
    }
  }
}
