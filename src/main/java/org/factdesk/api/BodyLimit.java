package org.factdesk.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bounds every REST body while it streams in: a declared length over the limit is refused before a
 * byte is read, and a body without one (chunked) is counted as the call reads it and cut off with a
 * 413 the moment it passes the limit; no body is read whole before its size is known. Batch imports
 * ({@code /api/imports}) may send up to {@code factdesk.import.max-batch-bytes}; every other call
 * up to {@code factdesk.api.max-body-bytes} (one article, escaped as JSON).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class BodyLimit implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    long limit = limitFor(request.getUriInfo().getPath());
    String declared = request.getHeaderString("Content-Length");
    if (declared != null && declared.strip().matches("\\d{1,19}")) {
      long length = parse(declared.strip());
      if (length > limit) {
        request.abortWith(tooLarge(limit, length));
        return;
      }
    }
    request.setEntityStream(new Counted(request.getEntityStream(), limit));
  }

  private static long parse(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  private static long limitFor(String path) {
    String p = path.startsWith("/") ? path.substring(1) : path;
    var config = ConfigProvider.getConfig();
    if (p.equals("imports") || p.startsWith("imports/")) {
      // the multipart framing around the files is small; a megabyte covers it
      return config
              .getOptionalValue("factdesk.import.max-batch-bytes", Long.class)
              .orElse(209_715_200L)
          + 1_048_576L;
    }
    return config.getOptionalValue("factdesk.api.max-body-bytes", Long.class).orElse(20_971_520L);
  }

  static String message(long limit) {
    return String.format(
        Locale.ROOT,
        "The request body is more than %,d bytes, the limit for this call; it was not read further"
            + " and nothing was changed.",
        limit);
  }

  private static Response tooLarge(long limit, long length) {
    return Response.status(413)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(
            new ApiError(
                413,
                String.format(Locale.ROOT, "The request declares %,d bytes. ", length)
                    + message(limit)))
        .build();
  }

  /** Thrown by the counted stream the moment a body passes its limit; answered with a 413. */
  static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long limit) {
      super(message(limit));
    }
  }

  /** Counts the bytes read and fails as soon as there are more than the limit. */
  private static final class Counted extends FilterInputStream {
    private final long limit;
    private long count;

    Counted(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      // never asks for more than one byte past the limit, so the overflow is seen at once
      int n = super.read(buffer, offset, (int) Math.min(length, Math.max(1, limit - count + 1)));
      if (n > 0) {
        add(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(Math.min(n, Math.max(1, limit - count + 1)));
      add(skipped);
      return skipped;
    }

    private void add(long n) throws BodyTooLargeException {
      count += n;
      if (count > limit) {
        throw new BodyTooLargeException(limit);
      }
    }
  }
}
