package org.factdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.factdesk.web.DeniedProbeView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive every integration test of a run shares: the Arquillian suite extension (named in
 * {@code arquillian.xml}) deploys it once, in one Payara Micro, before the first test class and
 * removes it after the last, where plain Arquillian would start a server for each class (35-50 s
 * each). Test classes therefore declare no deployment of their own.
 *
 * <p>It holds the WAR as users get it, plus what runs inside the server: every {@code
 * *PersistenceIT} class (found in the test classes folder, so a new one is in without a list to
 * keep), the run-as helpers, the list seeder, DuckDB (to read Parquet files with a reader other
 * than their writer) and the page and bean that probe a refused action. Browser tests run in the
 * test JVM and need none of it. Tests share the server as they share its database: each works on
 * data of its own (unique titles, users and tags), never on counts of the whole database.
 */
@ArquillianSuiteDeployment
public final class SuiteDeployment {

  private SuiteDeployment() {}

  @Deployment
  public static WebArchive deployment() {
    List<Class<?>> inside = new java.util.ArrayList<>(persistenceTests());
    inside.addAll(
        List.of(
            AsAdmin.class,
            AsChecker.class,
            Deployments.class,
            DemoUsers.class,
            org.factdesk.bench.ListSeeder.class,
            DeniedProbeView.class));
    return Deployments.factdesk(inside.toArray(Class<?>[]::new))
        .addAsLibraries(Deployments.jarOf(org.duckdb.DuckDBDriver.class))
        .addAsWebResource(new StringAsset(DeniedProbeView.PAGE_MARKUP), DeniedProbeView.PAGE);
  }

  private static List<Class<?>> persistenceTests() {
    Path root;
    try {
      root =
          Path.of(
              SuiteDeployment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(root)) {
      List<Class<?>> found =
          files
              .map(file -> root.relativize(file).toString())
              .filter(name -> name.endsWith("PersistenceIT.class"))
              .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length())))
              .toList();
      if (found.isEmpty()) {
        throw new IllegalStateException("No *PersistenceIT classes under " + root);
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String path) {
    try {
      return Class.forName(path.replace(java.io.File.separatorChar, '.'));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
