package org.factdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DemoModeTest {

  @Test
  void anExplicitSettingBeatsTheRunCommandsWish() {
    assertFalse(DemoMode.decide(Optional.of(false), Optional.of(true)));
    assertTrue(DemoMode.decide(Optional.empty(), Optional.of(true)));
    assertTrue(DemoMode.decide(Optional.of(true), Optional.empty()));
    assertFalse(DemoMode.decide(Optional.empty(), Optional.empty()));
  }

  /**
   * The run command's system properties must not set factdesk.demo itself (a system property beats
   * FACTDESK_DEMO=false), nor a database URL (that would beat DB_URL): demo mode picks its own.
   */
  @Test
  void theRunCommandOnlyAsksForDemoMode() throws Exception {
    Properties runCommand = load(Path.of("webapp-config/demo.properties"));
    assertEquals("true", runCommand.getProperty("factdesk.run-command.demo"));
    assertFalse(runCommand.containsKey("factdesk.demo"));
    assertFalse(runCommand.containsKey("db.url"));
    Properties defaults =
        load(Path.of("src/main/resources/META-INF/microprofile-config.properties"));
    assertFalse(defaults.containsKey("factdesk.demo"), "a default would count as explicit");
    assertFalse(defaults.containsKey("db.url"), "demo mode must be able to pick its own");
  }

  @Test
  void demoModeKeepsItsOwnDatabaseFile() {
    assertEquals(
        "jdbc:h2:file:./data/demo/factdesk;DB_CLOSE_ON_EXIT=FALSE",
        DemoMode.defaultDatabaseUrl(true));
    assertEquals(
        "jdbc:h2:file:./data/factdesk;DB_CLOSE_ON_EXIT=FALSE", DemoMode.defaultDatabaseUrl(false));
  }

  private static Properties load(Path file) throws Exception {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file)) {
      properties.load(in);
    }
    return properties;
  }
}
