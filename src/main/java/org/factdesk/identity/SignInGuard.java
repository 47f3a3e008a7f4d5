package org.factdesk.identity;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The application-wide sign-in limits: the throttle and the cap on hashes at once. */
@ApplicationScoped
public class SignInGuard {

  @Inject
  @ConfigProperty(name = "factdesk.login.free-failures", defaultValue = "5")
  int freeFailures;

  @Inject
  @ConfigProperty(name = "factdesk.login.address-max-delay-seconds", defaultValue = "900")
  long addressMaxDelay;

  @Inject
  @ConfigProperty(name = "factdesk.login.account-max-delay-seconds", defaultValue = "30")
  long accountMaxDelay;

  /** 0: as many as the machine has cores. */
  @Inject
  @ConfigProperty(name = "factdesk.login.max-concurrent-hashes", defaultValue = "0")
  int maxConcurrentHashes;

  private LoginThrottle throttle;
  private HashGate gate;

  @PostConstruct
  void configure() {
    throttle =
        new LoginThrottle(
            freeFailures, Duration.ofSeconds(addressMaxDelay), Duration.ofSeconds(accountMaxDelay));
    int atOnce =
        maxConcurrentHashes > 0 ? maxConcurrentHashes : Runtime.getRuntime().availableProcessors();
    gate = new HashGate(atOnce, 3_000);
  }

  public LoginThrottle throttle() {
    return throttle;
  }

  public HashGate gate() {
    return gate;
  }
}
