package org.factdesk.identity;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's {@code Secure} attribute, from the setting {@code
 * factdesk.session.secure-cookie} (on behind TLS: the cookie never travels over plain HTTP). {@code
 * HttpOnly} and {@code SameSite=Lax} are fixed in WEB-INF/glassfish-web.xml: Payara takes SameSite
 * from there only.
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Config config = ConfigProvider.getConfig();
    boolean secure =
        config.getOptionalValue("factdesk.session.secure-cookie", Boolean.class).orElse(false);
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setSecure(secure);
    LOG.info(() -> "Session cookie: HttpOnly, SameSite=Lax" + (secure ? ", Secure" : ""));
  }
}
