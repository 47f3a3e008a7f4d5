package org.factdesk.platform;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether Factdesk runs in demo mode, and the database it then uses by default.
 *
 * <p>{@code factdesk.demo} (e.g. {@code FACTDESK_DEMO}) decides when it is set anywhere. The
 * README's run command does not set it: it passes {@code factdesk.run-command.demo=true}
 * (webapp-config/demo.properties), which only counts while {@code factdesk.demo} is set nowhere. A
 * system property beats the environment in MicroProfile Config, so a run command that set {@code
 * factdesk.demo} itself could not be turned off with {@code FACTDESK_DEMO=false}
 * (docs/decisions/0019).
 *
 * <p>Demo mode keeps its data apart: without an explicit {@code db.url}, it uses {@link
 * #DEMO_DATABASE_URL}, never the database a real start would use.
 */
public final class DemoMode {

  public static final String DATABASE_URL = "jdbc:h2:file:./data/factdesk;DB_CLOSE_ON_EXIT=FALSE";
  public static final String DEMO_DATABASE_URL =
      "jdbc:h2:file:./data/demo/factdesk;DB_CLOSE_ON_EXIT=FALSE";

  private DemoMode() {}

  public static boolean isOn() {
    Config config = ConfigProvider.getConfig(DemoMode.class.getClassLoader());
    return decide(
        config.getOptionalValue("factdesk.demo", Boolean.class),
        config.getOptionalValue("factdesk.run-command.demo", Boolean.class));
  }

  /** An explicit setting wins; the run command's wish counts only without one; else off. */
  static boolean decide(Optional<Boolean> explicit, Optional<Boolean> runCommand) {
    return explicit.orElseGet(() -> runCommand.orElse(false));
  }

  /** The JDBC URL when {@code db.url} is not set: demo mode's own file, or the real one. */
  public static String defaultDatabaseUrl(boolean demo) {
    return demo ? DEMO_DATABASE_URL : DATABASE_URL;
  }
}
