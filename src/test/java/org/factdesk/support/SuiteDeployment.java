package org.factdesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.factdesk.web.DeniedProbeView;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive every integration test of a run shares: the Arquillian suite extension (named in
 * {@code arquillian.xml}) deploys it once, in one Payara Micro, before the first test class and
 * removes it after the last, where plain Arquillian would start a server for each class (35-50 s
 * each). Test classes therefore declare no deployment of their own.
 *
 * <p>It holds the WAR as users get it, plus what runs inside the server: every {@code *IT} class
 * not marked {@code @RunAsClient} as a whole and the support classes but the browser driver (both
 * found in the test classes folder, so a new one is in without a list to keep), the list seeder,
 * DuckDB (to read Parquet files with a reader other than their writer) and the page and bean that
 * probe a refused action. Browser tests run in the test JVM and need none of it. Tests share the
 * server as they share its database: each works on data of its own (unique titles, users and tags),
 * never on counts of the whole database.
 */
@ArquillianSuiteDeployment
public final class SuiteDeployment {

  private SuiteDeployment() {}

  @Deployment
  public static WebArchive deployment() {
    List<Class<?>> inside = new ArrayList<>();
    inside.addAll(testClasses(SuiteDeployment::runsInside));
    inside.addAll(testClasses(SuiteDeployment::helpsInside));
    inside.addAll(List.of(org.factdesk.bench.ListSeeder.class, DeniedProbeView.class));
    return Deployments.factdesk(inside.toArray(Class<?>[]::new))
        .addAsLibraries(Deployments.jarOf(org.duckdb.DuckDBDriver.class))
        .addAsWebResource(new StringAsset(DeniedProbeView.PAGE_MARKUP), DeniedProbeView.PAGE);
  }

  /** An integration test with methods that run in the server: not a client-only class. */
  private static boolean runsInside(Class<?> type) {
    return type.getSimpleName().endsWith("IT") && !type.isAnnotationPresent(RunAsClient.class);
  }

  /** The test support classes, but the browser driver, which only the test JVM has. */
  private static boolean helpsInside(Class<?> type) {
    return type.getPackage() == SuiteDeployment.class.getPackage()
        && type != Browser.class
        && type != SuiteDeployment.class;
  }

  /** The top-level classes of the test classes folder that pass the test. */
  private static List<Class<?>> testClasses(Predicate<Class<?>> wanted) {
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
              .filter(name -> name.endsWith(".class") && !name.contains("$"))
              .<Class<?>>map(name -> load(name.substring(0, name.length() - ".class".length())))
              .filter(wanted)
              .toList();
      if (found.isEmpty()) {
        throw new IllegalStateException("No test classes for the deployment under " + root);
      }
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String path) {
    try {
      return Class.forName(
          path.replace(java.io.File.separatorChar, '.'),
          false,
          SuiteDeployment.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
