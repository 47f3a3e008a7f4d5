package org.factdesk.identity;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most so many password hashes at once. A PBKDF2 check is ~165 ms of one core here; without a
 * cap, a flood of sign-in tries (or Basic-authenticated calls) takes every core. A caller who waits
 * too long for a turn is refused ({@link Busy}) instead of queueing without end.
 */
public class HashGate {

  /** No turn came in time: try again later. */
  public static class Busy extends RuntimeException {
    Busy() {
      super("Too many sign-ins at once; try again in a moment.");
    }
  }

  private final Semaphore turns;
  private final long waitMillis;

  public HashGate(int atOnce, long waitMillis) {
    this.turns = new Semaphore(Math.max(1, atOnce), true);
    this.waitMillis = waitMillis;
  }

  public <T> T run(Supplier<T> hashing) {
    boolean got;
    try {
      got = turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy();
    }
    if (!got) {
      throw new Busy();
    }
    try {
      return hashing.get();
    } finally {
      turns.release();
    }
  }
}
