package org.factdesk.identity;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether a state-changing request comes from Factdesk's own pages, by the {@code Origin} header
 * browsers send with every POST (else the {@code Referer}). A request with neither is not a
 * browser's cross-site request and passes (pipelines, curl). The scheme is not compared: behind a
 * proxy that ends TLS the browser says https while the server sees http.
 */
final class SameOrigin {

  private SameOrigin() {}

  /** The foreign origin the request came from, or empty when it is ours or unknown. */
  static Optional<String> foreignSource(
      String origin, String referer, String host, String publicUrl) {
    String source = origin != null && !origin.isBlank() ? origin.strip() : referer;
    if (source == null || source.isBlank()) {
      return Optional.empty();
    }
    String authority = authorityOf(source);
    if (authority != null
        && (authority.equals(normalize(host)) || authority.equals(authorityOf(publicUrl)))) {
      return Optional.empty();
    }
    return Optional.of(source.length() > 200 ? source.substring(0, 200) : source);
  }

  /** host[:port] of a URL in lower case, the default port left out; null for "null" or junk. */
  static String authorityOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = URI.create(url.strip());
      if (uri.getHost() == null) {
        return null;
      }
      int port = uri.getPort();
      boolean defaultPort =
          port == -1
              || port == 80 && "http".equalsIgnoreCase(uri.getScheme())
              || port == 443 && "https".equalsIgnoreCase(uri.getScheme());
      return uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String normalize(String host) {
    if (host == null) {
      return null;
    }
    String lower = host.strip().toLowerCase(Locale.ROOT);
    return lower.endsWith(":80") || lower.endsWith(":443")
        ? lower.substring(0, lower.lastIndexOf(':'))
        : lower;
  }
}
