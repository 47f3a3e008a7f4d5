package org.factdesk.identity;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import java.util.Locale;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's attributes, from settings: {@code SameSite} ({@code
 * factdesk.session.same-site}, Lax by default: the browser does not send the cookie with another
 * site's POST, yet a link to Factdesk from a mail still opens signed in) and {@code Secure} ({@code
 * factdesk.session.secure-cookie}, on behind TLS: the cookie never travels over plain HTTP).
 */
@WebListener
public class SessionCookies implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(SessionCookies.class.getName());
  private static final Set<String> SAME_SITE = Set.of("Lax", "Strict");

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Config config = ConfigProvider.getConfig();
    String sameSite =
        capitalized(
            config.getOptionalValue("factdesk.session.same-site", String.class).orElse("Lax"));
    if (!SAME_SITE.contains(sameSite)) {
      throw new IllegalStateException(
          "factdesk.session.same-site is '" + sameSite + "': use Lax or Strict.");
    }
    boolean secure =
        config.getOptionalValue("factdesk.session.secure-cookie", Boolean.class).orElse(false);
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", sameSite);
    cookie.setSecure(secure);
    LOG.info(() -> "Session cookie: HttpOnly, SameSite=" + sameSite + (secure ? ", Secure" : ""));
  }

  private static String capitalized(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    return v.isEmpty() ? v : Character.toUpperCase(v.charAt(0)) + v.substring(1);
  }
}
