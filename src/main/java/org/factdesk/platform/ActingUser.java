package org.factdesk.platform;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;
import java.util.Locale;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Who the current transaction acts for: the name a revision records.
 *
 * <p>Envers asks at commit, when the caller may no longer be the one who made the change (a
 * {@code @RunAs} bean that started the transaction, a background worker). So the name is noted
 * while the work runs, in the transaction's own registry: {@link CallerCapture} notes the first
 * signed-in caller of any EJB in the transaction, and code that works for someone who is not the
 * caller (a batch import on a worker thread) names them with {@link #actAs}. Without either, the
 * caller at commit, else {@value #SYSTEM}.
 */
public final class ActingUser {

  /** Work nobody asked for: start-up, migrations, background jobs without an importer. */
  public static final String SYSTEM = "system";

  static final String KEY = ActingUser.class.getName();
  private static final String EXPLICIT = KEY + ".explicit";
  private static final String REGISTRY = "java:comp/TransactionSynchronizationRegistry";
  private static final int MAX = 64;

  private ActingUser() {}

  /**
   * The rest of the current transaction works for this user (e.g. the importer of a batch running
   * on a worker thread). Outside a transaction it does nothing.
   */
  public static void actAs(String username) {
    TransactionSynchronizationRegistry registry = registry();
    if (registry != null && isActive(registry) && isSomeone(username)) {
      registry.putResource(EXPLICIT, clip(username));
    }
  }

  /** Notes the caller unless someone is already noted for this transaction. */
  static void noteCaller(TransactionSynchronizationRegistry registry, Principal caller) {
    if (caller != null
        && isSomeone(caller.getName())
        && isActive(registry)
        && registry.getResource(KEY) == null) {
      registry.putResource(KEY, clip(caller.getName()));
    }
  }

  /** The name to record for the current transaction. */
  public static String current() {
    TransactionSynchronizationRegistry registry = registry();
    if (registry != null && registry.getTransactionKey() != null) {
      try {
        Object named = registry.getResource(EXPLICIT);
        if (named == null) {
          named = registry.getResource(KEY);
        }
        if (named instanceof String name) {
          return name;
        }
      } catch (IllegalStateException e) {
        // the transaction is ending: fall back to the caller
      }
    }
    String caller = callerNow();
    return isSomeone(caller) ? clip(caller) : SYSTEM;
  }

  /** Whether a principal's name stands for a person (or a test identity), not for nobody. */
  static boolean isSomeone(String name) {
    if (name == null || name.isBlank()) {
      return false;
    }
    String n = name.toLowerCase(Locale.ROOT);
    return !n.equals("anonymous") && !n.equals("guest");
  }

  private static String callerNow() {
    try {
      Principal caller = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
      return caller == null ? null : caller.getName();
    } catch (RuntimeException e) {
      return null; // no CDI or no request here: nobody to name
    }
  }

  private static boolean isActive(TransactionSynchronizationRegistry registry) {
    try {
      return registry.getTransactionStatus() == Status.STATUS_ACTIVE;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static volatile TransactionSynchronizationRegistry cached;

  private static TransactionSynchronizationRegistry registry() {
    TransactionSynchronizationRegistry r = cached;
    if (r == null) {
      try {
        r = (TransactionSynchronizationRegistry) new InitialContext().lookup(REGISTRY);
        cached = r;
      } catch (NamingException | RuntimeException e) {
        return null; // outside a server (unit tests)
      }
    }
    return r;
  }

  private static String clip(String name) {
    return name.length() <= MAX ? name : name.substring(0, MAX);
  }
}
