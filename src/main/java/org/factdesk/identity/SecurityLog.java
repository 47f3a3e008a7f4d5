package org.factdesk.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes security events. Each in its own short transaction, so that an event is kept whatever
 * happens to the work around it (a refused login, a rolled-back call), and a failure to write one
 * never breaks the request: it is logged instead.
 *
 * <p>Which events are written, and why not every Basic-auth call: see
 * docs/decisions/0009-audit-trail.md.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SecurityLog {

  private static final Logger LOG = Logger.getLogger(SecurityLog.class.getName());

  @PersistenceContext private EntityManager em;

  public void record(
      SecurityEvent.Kind kind,
      String username,
      SecurityEvent.Channel channel,
      String path,
      String detail,
      String remoteAddress) {
    try {
      em.persist(new SecurityEvent(kind, username, channel, path, detail, remoteAddress));
      em.flush();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record " + kind + " for " + username, e);
    }
  }
}
