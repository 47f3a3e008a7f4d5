package org.factdesk.platform;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.security.Principal;

/**
 * A default interceptor of every EJB (WEB-INF/ejb-jar.xml): notes the first signed-in caller of the
 * transaction for the revision it may write ({@link ActingUser}). A look-up and a map entry per
 * call; nothing is written.
 */
public class CallerCapture {

  @Resource private EJBContext context;
  @Resource private TransactionSynchronizationRegistry registry;

  @AroundInvoke
  public Object note(InvocationContext invocation) throws Exception {
    if (registry != null && context != null && registry.getTransactionKey() != null) {
      Principal caller;
      try {
        caller = context.getCallerPrincipal();
      } catch (IllegalStateException e) {
        caller = null;
      }
      ActingUser.noteCaller(registry, caller);
    }
    return invocation.proceed();
  }
}
