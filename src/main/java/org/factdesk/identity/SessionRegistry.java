package org.factdesk.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The signed-in sessions of each user on this instance, so that disabling a user or changing their
 * roles ends the sessions they have open.
 */
@ApplicationScoped
public class SessionRegistry {

  private static final Logger LOG = Logger.getLogger(SessionRegistry.class.getName());

  private final Map<String, Set<HttpSession>> sessionsByUser = new ConcurrentHashMap<>();

  void signedIn(String username, HttpSession session) {
    sessionsByUser.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(session);
  }

  void ended(HttpSession session) {
    sessionsByUser.values().forEach(sessions -> sessions.remove(session));
  }

  /** Ends every session of the user; returns how many were open. */
  public int endSessionsOf(String username) {
    Set<HttpSession> sessions = sessionsByUser.remove(username);
    if (sessions == null) {
      return 0;
    }
    int ended = 0;
    for (HttpSession session : List.copyOf(sessions)) {
      try {
        session.invalidate();
        ended++;
      } catch (IllegalStateException alreadyInvalid) {
        // The session ended on its own in the meantime.
      }
    }
    int count = ended;
    LOG.info(() -> "Ended " + count + " session(s) of '" + username + "'");
    return count;
  }

  /** Ends every session of the user but the one given (after they changed their password). */
  public int endOtherSessionsOf(String username, HttpSession keep) {
    Set<HttpSession> open = sessionsByUser.getOrDefault(username, Set.of());
    int ended = 0;
    for (HttpSession session : List.copyOf(open)) {
      if (keep != null && session.getId().equals(keep.getId())) {
        continue;
      }
      open.remove(session);
      try {
        session.invalidate();
        ended++;
      } catch (IllegalStateException alreadyInvalid) {
        // The session ended on its own in the meantime.
      }
    }
    return ended;
  }

  public int openSessionsOf(String username) {
    return sessionsByUser.getOrDefault(username, Set.of()).size();
  }

  /** Keeps the registry in step with the container's sessions. */
  @WebListener
  public static class Listener implements HttpSessionListener {

    @jakarta.inject.Inject private SessionRegistry registry;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
      registry.ended(event.getSession());
    }
  }
}
