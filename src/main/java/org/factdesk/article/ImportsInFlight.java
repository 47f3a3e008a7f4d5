package org.factdesk.article;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.factdesk.analysis.dedupe.MinHashSignature;
import org.factdesk.platform.DatabaseLocks;

/**
 * Keeps imports that run at the same time (two batch workers, a batch and a single import) from
 * missing each other's uncommitted articles, so that the outcome is the one a one-at-a-time import
 * in ticket order would have had:
 *
 * <ul>
 *   <li>Every import takes a ticket before it starts; a batch takes them in input order.
 *   <li>After its first analysis an import <em>claims</em> its content hash and outlet. Claims are
 *       granted in ticket order, and not while an earlier import of the same text or the same
 *       outlet is still in flight: the later one waits until that one has committed or rolled back,
 *       then sees it in the database (an exact duplicate is never stored twice; an outlet's line
 *       counts are read and written by one import at a time).
 *   <li>Once its signature is final (after the second analysis) it <em>settles</em>: it waits until
 *       every earlier claimed import has its signature too, and until every earlier one that is
 *       similar enough to be its near-duplicate has finished, so that the near-duplicate link is
 *       made.
 * </ul>
 *
 * A claim ends when its transaction ends. Imports only read before they claim and settle, so a
 * waiting import holds no row lock that the one it waits for could need. Imports in the same
 * transaction (the demo articles at start-up) never wait for each other. The state is one JVM's: it
 * gives one instance's imports their order (docs/decisions/0006-import-write-path.md); across
 * instances the database is the authority ({@link ImportLocks}: the text's unique key and the
 * outlet's lock row, docs/decisions/0025).
 */
@ApplicationScoped
public class ImportsInFlight {

  /**
   * Longest wait before an import gives up (and fails, to be imported again): two minutes, what H2
   * sessions wait anyway, so that waiting costs no {@code SET} there.
   */
  static final long MAX_WAIT_MILLIS = DatabaseLocks.H2_LOCK_TIMEOUT_MILLIS;

  @Resource private TransactionSynchronizationRegistry transactions;

  /**
   * Guards the state below. Not {@code synchronized} methods: the CDI client proxy would copy the
   * modifier and hold its own monitor while this one waits.
   */
  private final Object lock = new Object();

  private long nextTicket = 1;

  /** Tickets given out and not yet claimed or left. */
  private final TreeSet<Long> unclaimed = new TreeSet<>();

  /** Claims whose transactions have not ended yet, by ticket. */
  private final Map<Long, Claim> claimed = new LinkedHashMap<>();

  private static final class Claim {
    final Object transaction;
    final String contentHash;
    final String outlet;
    boolean settled;
    MinHashSignature signature; // null: settled without an article (an exact duplicate)

    Claim(Object transaction, String contentHash, String outlet) {
      this.transaction = transaction;
      this.contentHash = contentHash;
      this.outlet = outlet;
    }
  }

  /** A ticket; the import's place in line. Give it back with {@link #leave} in any case. */
  public long ticket() {
    synchronized (lock) {
      long ticket = nextTicket++;
      unclaimed.add(ticket);
      return ticket;
    }
  }

  /**
   * Waits until every earlier ticket has claimed or left and no import of this text or outlet is in
   * flight in another transaction, then claims both until the current transaction ends.
   */
  void claim(long ticket, String contentHash, String outlet, String origin) {
    Object transaction = transactions.getTransactionKey();
    if (transaction == null) {
      throw new IllegalStateException("an import claims its text within a transaction");
    }
    String outletKey = outletKey(outlet);
    synchronized (lock) {
      awaitUntil(
          () ->
              Objects.equals(unclaimed.isEmpty() ? null : unclaimed.first(), ticket)
                  && claimed.values().stream()
                      .noneMatch(
                          other ->
                              other.transaction != transaction
                                  && (other.contentHash.equals(contentHash)
                                      || (outletKey != null && outletKey.equals(other.outlet)))),
          origin);
      unclaimed.remove(ticket);
      claimed.put(ticket, new Claim(transaction, contentHash, outletKey));
      lock.notifyAll();
    }
    try {
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              release(ticket);
            }
          });
    } catch (RuntimeException e) {
      release(ticket);
      throw e;
    }
  }

  /**
   * Records the final signature ({@code null} when no article will be stored) and waits until every
   * earlier import has one, and every earlier one similar enough to be a near-duplicate has ended.
   */
  void settle(long ticket, MinHashSignature signature, String origin) {
    synchronized (lock) {
      Claim mine = claimed.get(ticket);
      if (mine == null) {
        throw new IllegalStateException("ticket " + ticket + " settles without a claim");
      }
      mine.signature = signature;
      mine.settled = true;
      lock.notifyAll();
      if (signature == null) {
        return;
      }
      awaitUntil(
          () -> {
            for (Map.Entry<Long, Claim> entry : claimed.entrySet()) {
              Claim other = entry.getValue();
              if (entry.getKey() >= ticket || other.transaction == mine.transaction) {
                continue;
              }
              if (!other.settled
                  || (other.signature != null
                      && signature.similarity(other.signature) >= NearDuplicates.THRESHOLD)) {
                return false;
              }
            }
            return true;
          },
          origin);
    }
  }

  /** Gives the ticket back if it was never claimed (the import failed or found nothing to do). */
  public void leave(long ticket) {
    synchronized (lock) {
      if (unclaimed.remove(ticket)) {
        lock.notifyAll();
      }
    }
  }

  /** The outlet as the article stores it (and its line counts are keyed by). */
  static String outletKey(String outlet) {
    if (outlet == null || outlet.isBlank()) {
      return null;
    }
    String stripped = outlet.strip();
    return stripped.length() <= 255 ? stripped : stripped.substring(0, 255);
  }

  private void release(long ticket) {
    synchronized (lock) {
      claimed.remove(ticket);
      lock.notifyAll();
    }
  }

  private interface Condition {
    boolean holds();
  }

  /** Waits, holding {@link #lock}, until the condition holds. */
  private void awaitUntil(Condition condition, String origin) {
    long deadline = System.currentTimeMillis() + MAX_WAIT_MILLIS;
    while (!condition.holds()) {
      long left = deadline - System.currentTimeMillis();
      if (left <= 0) {
        throw new ImportException(
            origin
                + ": waited more than "
                + TimeUnit.MILLISECONDS.toMinutes(MAX_WAIT_MILLIS)
                + " minutes for other imports of the same text or outlet; import it again");
      }
      try {
        lock.wait(left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ImportException(origin + ": interrupted while waiting for other imports", e);
      }
    }
  }
}
