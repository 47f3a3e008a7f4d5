package org.factdesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The signed-in sessions of each user. What counts is the {@link SessionLedger} in the database,
 * shared by every instance: a session whose sign-in has ended there is refused at its next request
 * wherever it lands (docs/decisions/0026). The sessions this instance holds are also kept here, so
 * that ending a user's sign-ins frees them at once rather than at their idle timeout.
 */
@ApplicationScoped
public class SessionRegistry {

  private static final Logger LOG = Logger.getLogger(SessionRegistry.class.getName());

  private final Map<String, Set<HttpSession>> sessionsByUser = new ConcurrentHashMap<>();

  /** Sign-in keys found open recently, with when (System.nanoTime), when re-checks are cached. */
  private final Map<String, Long> checked = new ConcurrentHashMap<>();

  @Inject private SessionLedger ledger;

  @Inject
  @ConfigProperty(name = "factdesk.session.max-hours", defaultValue = "12")
  double sessionMaxHours;

  /**
   * How long a sign-in found open is not asked about again on this instance. 0 (the default): every
   * request asks the database, so a change on another instance counts at the very next request.
   */
  @Inject
  @ConfigProperty(name = "factdesk.session.recheck-millis", defaultValue = "0")
  long recheckMillis;

  /** A new sign-in on this session; returns its key, which the session keeps. */
  String signedIn(String username, HttpSession session) {
    String key = ledger.open(username, Instant.now(), lifetime());
    sessionsByUser.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
    return key;
  }

  /** Whether this sign-in still counts: not signed out, ended or disabled on any instance. */
  boolean isOpen(SignedIn signedIn) {
    String key = signedIn.key();
    if (recheckMillis > 0 && key != null) {
      Long at = checked.get(key);
      if (at != null && System.nanoTime() - at < recheckMillis * 1_000_000) {
        return true;
      }
    }
    boolean open = ledger.isOpen(key, signedIn.username());
    if (recheckMillis > 0 && key != null) {
      if (open) {
        checked.put(key, System.nanoTime());
      } else {
        checked.remove(key);
      }
    }
    return open;
  }

  /** The user signed out: the sign-in ends on every instance. */
  void signedOut(SignedIn signedIn) {
    checked.remove(String.valueOf(signedIn.key()));
    if (ledger.end(signedIn.key(), "signed out")) {
      LOG.info(() -> "'" + signedIn.username() + "' signed out");
    }
  }

  void ended(HttpSession session) {
    sessionsByUser.values().forEach(sessions -> sessions.remove(session));
  }

  /**
   * Ends every sign-in of the user, on every instance (in the caller's transaction); returns how
   * many were open.
   */
  public int endSessionsOf(String username, String because) {
    int ended = ledger.endAllOf(username, null, because);
    checked.clear();
    invalidateLocal(username, null);
    LOG.info(() -> "Ended " + ended + " session(s) of '" + username + "': " + because);
    return ended;
  }

  /** Ends every sign-in of the user but the one of {@code keep} (after they changed password). */
  public int endOtherSessionsOf(String username, HttpSession keep, String because) {
    SignedIn kept = keep == null ? null : (SignedIn) keep.getAttribute(SignedIn.SESSION_KEY);
    int ended = ledger.endAllOf(username, kept == null ? null : kept.key(), because);
    checked.clear();
    invalidateLocal(username, keep);
    return ended;
  }

  /** Open sign-ins of the user, on every instance. */
  public long openSessionsOf(String username) {
    return ledger.openOf(username, Instant.now(), lifetime());
  }

  Duration lifetime() {
    return Duration.ofMinutes(Math.round(sessionMaxHours * 60));
  }

  private void invalidateLocal(String username, HttpSession keep) {
    Set<HttpSession> open = sessionsByUser.getOrDefault(username, Set.of());
    for (HttpSession session : List.copyOf(open)) {
      if (keep != null && session.getId().equals(keep.getId())) {
        continue;
      }
      open.remove(session);
      try {
        session.invalidate();
      } catch (IllegalStateException alreadyInvalid) {
        // The session ended on its own in the meantime.
      }
    }
  }

  /**
   * Keeps the local sessions in step with the container's. An ended HTTP session does not end the
   * sign-in in the database: an instance that stops may end its copies while another instance
   * serves the same session on.
   */
  @WebListener
  public static class Listener implements HttpSessionListener {

    @Inject private SessionRegistry registry;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
      registry.ended(event.getSession());
    }
  }
}
