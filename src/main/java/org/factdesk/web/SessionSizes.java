package org.factdesk.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What a session costs to replicate, logged after each request when {@code
 * factdesk.session.measure} is true (off by default: it serializes the whole session once more per
 * request). With {@code <distributable/>} Payara copies every session attribute to the other
 * members after each request, JSF's page state included (docs/decisions/0035), so the sum of these
 * sizes over the open sessions is what a cluster holds twice and sends on every request: the figure
 * to size the heap by (docs/decisions/0035, BENCHMARKS.md "Load test").
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class SessionSizes extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SessionSizes.class.getName());

  private final boolean enabled =
      ConfigProvider.getConfig(SessionSizes.class.getClassLoader())
          .getOptionalValue("factdesk.session.measure", Boolean.class)
          .orElse(false);

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, response);
    if (!enabled) {
      return;
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return;
    }
    try {
      List<Size> sizes = measure(session);
      long total = sizes.stream().mapToLong(Size::bytes).sum();
      LOG.info(
          () ->
              "Session "
                  + Integer.toHexString(session.getId().hashCode())
                  + " after "
                  + request.getMethod()
                  + " "
                  + request.getRequestURI()
                  + ": "
                  + total
                  + " bytes serialized; largest "
                  + sizes.subList(0, Math.min(3, sizes.size())));
    } catch (IllegalStateException invalidated) {
      // signed out during the request: nothing left to replicate
    }
  }

  /** Each attribute's serialized size, largest first; -1 for one that does not serialize. */
  static List<Size> measure(HttpSession session) {
    List<Size> sizes = new ArrayList<>();
    for (String name : Collections.list(session.getAttributeNames())) {
      sizes.add(new Size(name, serializedSize(session.getAttribute(name))));
    }
    sizes.sort(Comparator.comparingLong(Size::bytes).reversed());
    return sizes;
  }

  static long serializedSize(Object value) {
    Counting counting = new Counting();
    try (ObjectOutputStream out = new ObjectOutputStream(counting)) {
      out.writeObject(value);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return counting.count;
  }

  record Size(String attribute, long bytes) {
    @Override
    public String toString() {
      return attribute + "=" + bytes;
    }
  }

  private static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }
}
