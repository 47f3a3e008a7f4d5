package org.factdesk.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archives the integration tests deploy: the WAR {@code mvn package} built, exactly as users
 * get it, plus the test classes that must run inside the server.
 */
public final class Deployments {

  /** Not a user: the identity the tests' {@code @RunAs} helper works under. */
  static final String RUN_AS_PRINCIPAL = "integration-test-run-as";

  /** Not a user either: the identity of the fact-checker helper. */
  static final String RUN_AS_CHECKER = "integration-test-checker";

  private Deployments() {}

  public static WebArchive factdesk(Class<?>... inContainerClasses) {
    String path = System.getProperty("factdesk.war", "target/factdesk.war");
    File war = new File(path);
    if (!war.isFile()) {
      throw new IllegalStateException(
          "No WAR at " + war.getAbsolutePath() + ": run mvn package first");
    }
    WebArchive archive = ShrinkWrap.createFromZipFile(WebArchive.class, war);
    if (inContainerClasses.length > 0) {
      archive.addClasses(inContainerClasses);
      openTestRunner(archive);
    }
    return archive;
  }

  /**
   * Two changes only the test archive gets. Arquillian runs in-container tests through its own
   * servlet, which the rule that every path needs a login would send to the login page. And the
   * tests' {@code @RunAs("ADMIN")} helper needs a principal mapped to that role, which production
   * must not have.
   */
  /** The jar a class was loaded from, to add to a test archive as a library. */
  public static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void openTestRunner(WebArchive archive) {
    String publicPage = "<url-pattern>/login.xhtml</url-pattern>";
    patch(
        archive,
        "WEB-INF/web.xml",
        publicPage,
        publicPage + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>");
    String adminRole = "<role-name>ADMIN</role-name>";
    patch(
        archive,
        "WEB-INF/glassfish-web.xml",
        adminRole,
        adminRole + "<principal-name>" + RUN_AS_PRINCIPAL + "</principal-name>");
    String checkerRole = "<role-name>FACT_CHECKER</role-name>";
    patch(
        archive,
        "WEB-INF/glassfish-web.xml",
        checkerRole,
        checkerRole + "<principal-name>" + RUN_AS_CHECKER + "</principal-name>");
  }

  private static void patch(WebArchive archive, String file, String anchor, String replacement) {
    ArchivePath path = ArchivePaths.create(file);
    String text;
    try (InputStream in = archive.get(path).getAsset().openStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!text.contains(anchor)) {
      throw new IllegalStateException(file + " no longer contains " + anchor);
    }
    archive.delete(path);
    archive.add(new StringAsset(text.replace(anchor, replacement)), path);
  }
}
