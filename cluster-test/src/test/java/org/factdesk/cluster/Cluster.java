package org.factdesk.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two instances of the WAR as one Payara Micro (Hazelcast) cluster on loopback, on a fresh schema
 * of the test PostgreSQL: started once before the test class, both at once (as a restart of a whole
 * cluster would), and stopped after it, also when the start or a test fails. A shutdown hook stops
 * them too if the test JVM is ended early; nothing is left running.
 */
final class Cluster implements BeforeAllCallback, AfterAllCallback {

  private static final Logger LOG = Logger.getLogger(Cluster.class.getName());

  /** The first admin's password (FACTDESK_ADMIN_PASSWORD); a fresh schema has no users. */
  static final String ADMIN_PASSWORD = "cluster-" + randomHex(8) + "-Harbour";

  TestDatabase database;
  OpenSearchNode search;
  Instance a;
  Instance b;

  /** How long the two instances took from launch to both healthy. */
  Duration startTime;

  private final List<Instance> instances = new ArrayList<>();
  private final Thread stopOnExit = new Thread(this::stopQuietly, "cluster-stop-on-exit");

  static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "System property " + property + " is not set: run the cluster test through Maven");
    }
    return value;
  }

  private static String randomHex(int bytes) {
    byte[] random = new byte[bytes];
    new SecureRandom().nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    Runtime.getRuntime().addShutdownHook(stopOnExit);
    try {
      start();
    } catch (Exception | Error e) {
      stopQuietly();
      throw e;
    }
  }

  private void start() throws Exception {
    Path work = Path.of(required("cluster.work"));
    deleteTree(work); // an earlier run's index, search data and server folders
    Files.createDirectories(work);
    database = TestDatabase.create();
    LOG.info("Cluster test on schema " + database.schema);

    String clusterName = "factdesk-it-" + randomHex(4);
    long started = System.nanoTime();
    // The search service first: the instances' Hibernate Search connects to it as they deploy.
    // All ports at once, each socket held until all are chosen: asked one by one, the OS may
    // hand out a port again once its socket is closed (it did: B's Hazelcast port was A's HTTP
    // port, B took the next one, which no member list named, and the two never joined).
    int[] ports = freePorts(6);
    search = new OpenSearchNode(ports[0], ports[1], clusterName, work);
    search.start();
    search.awaitReady();
    LOG.info("OpenSearch ready in " + (System.nanoTime() - started) / 1_000_000 + " ms");

    int httpA = ports[2];
    int httpB = ports[3];
    int hazelcastA = ports[4];
    int hazelcastB = ports[5];
    String members = "127.0.0.1:" + hazelcastA + ",127.0.0.1:" + hazelcastB;
    a = instance("a", httpA, hazelcastA, members, clusterName, work);
    b = instance("b", httpB, hazelcastB, members, clusterName, work);

    // B starts once A has built its persistence unit (Hibernate Search has created the OpenSearch
    // index then; two instances creating it at once fail one deployment with
    // resource_already_exists_exception, seen here), and still meets A in Flyway and in the
    // first-account setup on the empty schema: both must cope.
    a.start();
    HttpClient http = HttpClient.newHttpClient();
    a.awaitLogged("org.flywaydb.core.FlywayExecutor", http);
    b.start();
    a.awaitReady(http);
    b.awaitReady(http);
    startTime = Duration.ofNanos(System.nanoTime() - started);
    LOG.info("Cluster ready in " + startTime.toMillis() + " ms");
  }

  private Instance instance(
      String name, int http, int hazelcast, String members, String clusterName, Path work) {
    Instance instance =
        new Instance(
            name,
            http,
            hazelcast,
            members,
            clusterName,
            work,
            Map.of(
                "DB_URL",
                database.url,
                "DB_USER",
                database.user,
                "DB_PASSWORD",
                database.password,
                "FACTDESK_DEMO",
                "false",
                "FACTDESK_ADMIN_PASSWORD",
                ADMIN_PASSWORD,
                // Word search in OpenSearch, changes through the database's outbox (0027).
                "SEARCH_BACKEND",
                "opensearch",
                "SEARCH_OPENSEARCH_URL",
                search.url(),
                // Batch leases (0025): a killed instance's batch is taken over after this.
                "FACTDESK_IMPORT_LEASE_SECONDS",
                "15",
                "FACTDESK_INSTANCE_NAME",
                name),
            List.of(
                "-Dhibernate.search.backend.directory.root="
                    + work.resolve(name + "-index").toAbsolutePath()));
    instances.add(instance);
    return instance;
  }

  /** Starts a stopped (or killed) instance again and waits until it is healthy. */
  void restart(Instance instance) throws Exception {
    instance.stop();
    instance.start();
    instance.awaitReady(HttpClient.newHttpClient());
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static int[] freePorts(int count) throws IOException {
    List<ServerSocket> held = new ArrayList<>();
    try {
      int[] ports = new int[count];
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        held.add(socket);
        ports[i] = socket.getLocalPort();
      }
      return ports;
    } finally {
      for (ServerSocket socket : held) {
        socket.close();
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stopQuietly();
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run
    }
  }

  private synchronized void stopQuietly() {
    for (Instance instance : instances) {
      try {
        instance.stop();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    instances.clear();
    if (search != null) {
      try {
        search.stop();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      search = null;
    }
    if (database != null) {
      try {
        database.close();
      } catch (Exception e) {
        LOG.warning("Could not drop schema " + database.schema + ": " + e.getMessage());
      }
      database = null;
    }
  }
}
