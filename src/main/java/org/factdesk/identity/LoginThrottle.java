package org.factdesk.identity;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Slows down password guessing without locking anyone out (docs/decisions/0019). Failures are
 * counted per client address and per account name (known or not, so that the answer does not tell
 * which names exist); past a few free ones, each failure doubles the wait before the next try is
 * checked at all. A try during the wait is refused without hashing anything and does not count, so
 * the wait of an account never grows beyond its cap: its real owner signs in once it has passed,
 * while the address that keeps failing waits much longer (a larger cap). The counters live in
 * {@link Counts}: in the database in the application, shared by every instance so that alternating
 * instances gains a guesser nothing (docs/decisions/0026); in memory for a single process.
 */
public class LoginThrottle {

  /** Forget a counter this long after its last failure. */
  private static final Duration FORGET_AFTER = Duration.ofHours(1);

  /** Beyond this many counters the expired ones are swept on the next failure. */
  private static final int SWEEP_ABOVE = 10_000;

  /** One counter: failures in a row, the last one, and when the next try is checked. */
  public record Count(int failures, Instant last, Instant nextTry) {}

  /** Where the counters are kept. {@code update} must be atomic per key. */
  public interface Counts {
    Count get(String key);

    void update(String key, UnaryOperator<Count> change);

    void remove(String key);

    /** Forgets counters whose last failure was before {@code cutoff}. */
    void forgetBefore(Instant cutoff);
  }

  private final Counts counts;
  private final int freeFailures;
  private final Duration addressCap;
  private final Duration accountCap;

  /**
   * @param freeFailures failures (per address, and per account) checked without any wait
   * @param addressCap the longest wait an address can earn
   * @param accountCap the longest wait an account can earn: how long its owner may have to wait
   */
  public LoginThrottle(int freeFailures, Duration addressCap, Duration accountCap) {
    this(freeFailures, addressCap, accountCap, new InMemory());
  }

  /** As above, with the counters kept in {@code counts}. */
  public LoginThrottle(int freeFailures, Duration addressCap, Duration accountCap, Counts counts) {
    this.counts = counts;
    this.freeFailures = freeFailures;
    this.addressCap = addressCap;
    this.accountCap = accountCap;
  }

  /** How long this client must still wait before a try for this account is checked; empty: go. */
  public Optional<Duration> waitFor(String account, String address, Instant at) {
    Instant now = inMillis(at);
    Instant until = later(nextTry(addressKey(address), now), nextTry(accountKey(account), now));
    return until == null || !until.isAfter(now)
        ? Optional.empty()
        : Optional.of(Duration.between(now, until));
  }

  public void failed(String account, String address, Instant at) {
    Instant now = inMillis(at);
    count(addressKey(address), addressCap, now);
    count(accountKey(account), accountCap, now);
    counts.forgetBefore(now.minus(FORGET_AFTER));
  }

  /** The account's owner got in: its count starts afresh. The address keeps its count. */
  public void succeeded(String account) {
    counts.remove(accountKey(account));
  }

  /** The wait after the n-th failure in a row: none for the free ones, then 1 s, 2 s, 4 s … cap. */
  Duration delayAfter(int failures, Duration cap) {
    int over = failures - freeFailures;
    if (over <= 0) {
      return Duration.ZERO;
    }
    Duration delay = Duration.ofSeconds(1L << Math.min(over - 1, 30));
    return delay.compareTo(cap) > 0 ? cap : delay;
  }

  private void count(String key, Duration cap, Instant now) {
    counts.update(
        key,
        old -> {
          int failures =
              old == null || old.last().plus(FORGET_AFTER).isBefore(now) ? 1 : old.failures() + 1;
          return new Count(failures, now, now.plus(delayAfter(failures, cap)));
        });
  }

  private Instant nextTry(String key, Instant now) {
    Count count = counts.get(key);
    return count == null || count.last().plus(FORGET_AFTER).isBefore(now) ? null : count.nextTry();
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  /**
   * Times in whole milliseconds, which every database keeps exactly: a wait read back from a
   * microsecond column then never comes out a few nanoseconds short.
   */
  private static Instant inMillis(Instant at) {
    return at.truncatedTo(ChronoUnit.MILLIS);
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }

  private static String accountKey(String account) {
    return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
  }

  /** The counters of one process. */
  static final class InMemory implements Counts {
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    @Override
    public Count get(String key) {
      return counts.get(key);
    }

    @Override
    public void update(String key, UnaryOperator<Count> change) {
      counts.compute(key, (k, old) -> change.apply(old));
    }

    @Override
    public void remove(String key) {
      counts.remove(key);
    }

    @Override
    public void forgetBefore(Instant cutoff) {
      if (counts.size() > SWEEP_ABOVE) {
        counts.values().removeIf(c -> c.last().isBefore(cutoff));
      }
    }
  }
}
