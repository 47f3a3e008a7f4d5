package org.factdesk.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Web archives written by the tests with jwarc, as a crawler writes them: a warcinfo record, a
 * request and its response for each page, and records that are not articles (an image, a redirect,
 * a revisit, the same page under a second address).
 */
public final class WarcSamples {

  /** When the crawl captured the first page. */
  public static final Instant CAPTURED = Instant.parse("2025-06-12T08:30:05Z");

  public static final Charset LATIN_2 = Charset.forName("ISO-8859-2");

  private WarcSamples() {}

  /** The page whose charset only its HTTP header names (ISO-8859-2), with a Polish place name. */
  public static String latinPage(String marker) {
    return "<!DOCTYPE html><html lang=\"en\"><head><title>Łódź Tram Line Reopens "
        + marker
        + "</title></head><body><nav><a href=\"/\">Home</a> | <a href=\"/city\">City</a></nav>"
        + "<article><h1>Łódź Tram Line Reopens "
        + marker
        + "</h1><p>The tram line between Łódź Kaliska and the city centre reopened on Wednesday"
        + " after fourteen months of track work, the city transport company said.</p>"
        + "<p>About 21,000 passengers a day used the line before it closed, and the company"
        + " expects the number to return by autumn, its spokeswoman said on Thursday.</p>"
        + "<p>The work cost 86 million złoty, of which the European Union paid 60 percent.</p>"
        + "</article></body></html>";
  }

  public static String textPage(String marker) {
    return "Harbour Pilots Agree New Rota "
        + marker
        + "\n\nHarbour pilots agreed on Tuesday to a new rota that keeps two pilots on call at"
        + " night, ending a dispute that began in March, their association said.\n\n"
        + "The port authority said the agreement would cost 1.2 million a year and that no"
        + " ship had been delayed during the dispute.\n";
  }

  /**
   * A crawl with two articles (an HTML page in ISO-8859-2 and a plain-text page), an image, a
   * redirect, a revisit of the first page and the first page again under another address, plus its
   * warcinfo and request records.
   */
  public static byte[] mixed(String marker, boolean gzip) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      WarcWriter w =
          new WarcWriter(
              Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE);
      w.write(new Warcinfo.Builder().filename(gzip ? "crawl.warc.gz" : "crawl.warc").build());
      String pageA = "https://tram.example/news/lodz-" + marker;
      w.write(
          new WarcRequest.Builder(URI.create(pageA))
              .date(CAPTURED)
              .body(new HttpRequest.Builder("GET", "/news/lodz-" + marker).build())
              .build());
      w.write(
          response(
              pageA,
              CAPTURED,
              "text/html; charset=ISO-8859-2",
              latinPage(marker).getBytes(LATIN_2)));
      w.write(
          response(
              "https://port.example/pilots-" + marker,
              CAPTURED.plusSeconds(4),
              "text/plain; charset=UTF-8",
              textPage(marker).getBytes(StandardCharsets.UTF_8)));
      byte[] png =
          Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 64);
      w.write(
          response(
              "https://tram.example/logo-" + marker + ".png",
              CAPTURED.plusSeconds(5),
              "image/png",
              png));
      w.write(
          new WarcResponse.Builder(URI.create("https://tram.example/old-" + marker))
              .date(CAPTURED.plusSeconds(6))
              .body(
                  new HttpResponse.Builder(301, "Moved Permanently")
                      .addHeader("Location", pageA)
                      .body(MediaType.parse("text/html"), new byte[0])
                      .build())
              .build());
      w.write(
          new WarcRevisit.Builder(URI.create(pageA), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
              .date(CAPTURED.plusSeconds(3600))
              .refersTo(URI.create("urn:uuid:" + java.util.UUID.randomUUID()), pageA, CAPTURED)
              .body(
                  new HttpResponse.Builder(200, "OK")
                      .body(MediaType.parse("text/html; charset=ISO-8859-2"), new byte[0])
                      .build())
              .build());
      w.write(
          response(
              "https://tram.example/amp/lodz-" + marker,
              CAPTURED.plusSeconds(7),
              "text/html; charset=ISO-8859-2",
              latinPage(marker).getBytes(LATIN_2)));
      w.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The {@link #mixed} crawl (not gzipped) followed by a large image record, so that the archive is
   * at least {@code atLeast} bytes: an upload read in the background (docs/decisions/0022) with 2
   * articles and 6 records skipped.
   */
  public static byte[] large(String marker, int atLeast) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      out.write(mixed(marker, false));
      WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE);
      w.write(
          response(
              "https://tram.example/poster-" + marker + ".png",
              CAPTURED.plusSeconds(8),
              "image/png",
              new byte[Math.max(0, atLeast - out.size()) + 1024]));
      w.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static WarcResponse response(String uri, Instant date, String type, byte[] body)
      throws IOException {
    return new WarcResponse.Builder(URI.create(uri))
        .date(date)
        .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse(type), body).build())
        .build();
  }
}
