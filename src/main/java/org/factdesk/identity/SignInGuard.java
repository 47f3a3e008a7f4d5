package org.factdesk.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application-wide sign-in limits: the throttle (its counters shared by every instance through
 * the database) and the cap on hashes at once (per instance: it protects this instance's CPU).
 */
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

  @Inject LoginFailures failures;

  private LoginThrottle throttle;
  private HashGate gate;

  @PostConstruct
  void configure() {
    throttle =
        new LoginThrottle(
            freeFailures,
            Duration.ofSeconds(addressMaxDelay),
            Duration.ofSeconds(accountMaxDelay),
            new Shared(failures));
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

  /**
   * The counters in the database, shared by every instance (docs/decisions/0026). Two instances
   * that count the first failure of one subject at once both try to create its row; the loser
   * counts again on the row the winner made.
   */
  static final class Shared implements LoginThrottle.Counts {
    private static final long SWEEP_EVERY_NANOS = 60_000_000_000L;

    private final LoginFailures failures;
    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime() - SWEEP_EVERY_NANOS);

    Shared(LoginFailures failures) {
      this.failures = failures;
    }

    @Override
    public LoginThrottle.Count get(String key) {
      return failures.get(key);
    }

    @Override
    public void update(String key, UnaryOperator<LoginThrottle.Count> change) {
      try {
        failures.update(key, change);
      } catch (EJBException lostTheRaceToCreateTheRow) {
        failures.update(key, change);
      }
    }

    @Override
    public void remove(String key) {
      failures.remove(key);
    }

    @Override
    public void forgetBefore(Instant cutoff) {
      long last = lastSweep.get();
      long now = System.nanoTime();
      if (now - last >= SWEEP_EVERY_NANOS && lastSweep.compareAndSet(last, now)) {
        failures.forgetBefore(cutoff);
      }
    }
  }
}
