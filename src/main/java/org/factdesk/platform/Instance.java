package org.factdesk.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * This running server among the instances that share one database: its name is what a batch records
 * as its owner (docs/decisions/0025). {@code factdesk.instance.name} names it; without it, the host
 * name plus a random suffix, new at every start, so two instances on one host never share a name
 * and a restarted instance takes its old batches over as any other would.
 */
@ApplicationScoped
public class Instance {

  /** Longest name a batch stores. */
  public static final int MAX_NAME = 100;

  private final String name = configuredOrDefault();

  public String name() {
    return name;
  }

  private static String configuredOrDefault() {
    String configured =
        ConfigProvider.getConfig(Instance.class.getClassLoader())
            .getOptionalValue("factdesk.instance.name", String.class)
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .orElse(null);
    String chosen = configured != null ? configured : hostName() + "-" + randomSuffix();
    return chosen.length() <= MAX_NAME ? chosen : chosen.substring(0, MAX_NAME);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "factdesk";
    }
  }

  private static String randomSuffix() {
    byte[] bytes = new byte[3];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
