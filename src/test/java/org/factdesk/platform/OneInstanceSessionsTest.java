package org.factdesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Started with {@code --nohazelcast}, Payara Micro still hands the sessions of the distributable
 * WAR to the Hazelcast store it never started and logs two stack traces on every request that
 * carries a session, unless web-container availability is off ({@code one-instance.asadmin}). Every
 * start without Hazelcast passes that file.
 */
class OneInstanceSessionsTest {

  private static final String FILE = "webapp-config/one-instance.asadmin";

  @Test
  void theCommandFileTurnsWebContainerAvailabilityOff() throws Exception {
    List<String> commands =
        Files.readAllLines(Path.of(FILE)).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .toList();
    assertEquals(
        List.of(
            "set configs.config.server-config.availability-service.web-container-availability"
                + ".availability-enabled=false"),
        commands);
  }

  @Test
  void theContainerTestsAndTheRunCommandPassIt() throws Exception {
    String arquillian = Files.readString(Path.of("src/test/resources/arquillian.xml"));
    assertTrue(
        arquillian.contains(">--nohazelcast --postbootcommandfile " + FILE + "<"),
        "arquillian.xml starts Payara Micro without Hazelcast and without " + FILE);
    String runCommand = Files.readString(Path.of("webapp-pom.xml"));
    assertTrue(runCommand.contains("<key>--nohazelcast</key>"));
    assertTrue(
        runCommand.contains(
            "<key>--postbootcommandfile</key>\n              <value>${project.basedir}/"
                + FILE
                + "</value>"),
        "the run command (payara-micro:start) starts without Hazelcast and without " + FILE);
  }
}
