package org.factdesk.web;

import io.nayuki.qrcodegen.QrCode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A QR code as an image the page can show without a request of its own: an SVG of dark squares in a
 * {@code data:} URI (the pages' policy allows {@code img-src data:}). Used for the second factor's
 * key, which an authenticator app then reads with the phone's camera.
 */
final class QrImage {

  /** Quiet zone around the code, in modules, as the QR standard asks. */
  private static final int BORDER = 4;

  private QrImage() {}

  static String dataUri(String text) {
    QrCode code = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int size = code.size + 2 * BORDER;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < code.size; y++) {
      for (int x = 0; x < code.size; x++) {
        if (code.getModule(x, y)) {
          path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
        }
      }
    }
    String svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
            + size
            + " "
            + size
            + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
            + "<path d=\""
            + path
            + "\" fill=\"#000\"/></svg>";
    return "data:image/svg+xml;base64,"
        + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
  }
}
