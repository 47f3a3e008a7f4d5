package org.factdesk.identity;

/**
 * The address a request comes from, for the sign-in throttle and the security log. Behind a reverse
 * proxy every request comes from the proxy; with {@code factdesk.proxy.trust-forwarded-for} on, the
 * address the proxy appended last to {@code X-Forwarded-For} counts instead. Only turn it on when a
 * proxy that sets the header is the only way in: a client can send any header.
 */
final class ClientAddress {

  private ClientAddress() {}

  static String of(String remote, String forwardedFor, boolean trustForwardedFor) {
    if (trustForwardedFor && forwardedFor != null && !forwardedFor.isBlank()) {
      String[] hops = forwardedFor.split(",");
      String last = hops[hops.length - 1].strip();
      if (!last.isEmpty() && last.length() <= 64) {
        return last;
      }
    }
    return remote;
  }
}
