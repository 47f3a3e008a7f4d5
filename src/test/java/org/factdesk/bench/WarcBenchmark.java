package org.factdesk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.factdesk.article.BatchReader;
import org.netpreserve.jwarc.HttpResponse.Builder;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * WARC import at scale: writes a gzipped web archive of N generated news pages (one response record
 * each, HTML of 3–6 KB, 60 outlets; every 20th page followed by an image record that must be
 * skipped), reads it with the importer's reader ({@link BatchReader}, limits raised to hold it) and
 * times that, then, given a server, posts it to {@code /api/imports} and times the batch to its
 * last item. The server must allow the archive: start it with {@code
 * -Dfactdesk.import.max-zip-entries=} and {@code -Dfactdesk.import.max-batch-bytes=} above the
 * record count and the file size. Test classpath ({@code mvn -DskipTests package} compiles it):
 *
 * <pre>
 * java -Xmx2g -cp target/test-classes:$(cat target/test-classpath.txt) org.factdesk.bench.WarcBenchmark 100000 [http://localhost:8080]
 * </pre>
 *
 * <p>With {@code http://… --one-archive [minutes]} it posts all pages as one archive instead, and
 * times the 202, the moment the batch's items exist (decision 0022) and the import after it.
 */
public final class WarcBenchmark {

  private static final String[] WORDS =
      ("port harbour council minister ministry trade export licence grain ferry crane union strike"
              + " budget tariff river bridge railway station school hospital court election vote"
              + " report figure percent million contract supplier factory plant workers farmers"
              + " weather flood storm energy price market shares quarter growth decline survey")
          .split(" ");

  private WarcBenchmark() {}

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    String base = args.length > 1 ? args[1] : null;
    long run = System.currentTimeMillis();
    boolean skipRead = args.length > 2 && args[2].equals("--import-only");
    if (skipRead) {
      importOnly(count, base, run);
      return;
    }
    if (args.length > 2 && args[2].equals("--one-archive")) {
      oneArchive(count, base, run, args.length > 3 ? Integer.parseInt(args[3]) : 0);
      return;
    }
    Path archive = Files.createTempFile("factdesk-bench-", ".warc.gz");
    long t = System.nanoTime();
    int records = write(archive, count, run);
    byte[] bytes = Files.readAllBytes(archive);
    System.out.printf(
        Locale.ROOT,
        "wrote %s: %d pages, %d records, %,d bytes gzipped in %.1f s%n",
        archive,
        count,
        records,
        bytes.length,
        (System.nanoTime() - t) / 1e9);

    for (int pass = 1; pass <= 2; pass++) {
      t = System.nanoTime();
      BatchReader reader =
          new BatchReader(
              new BatchReader.Limits(
                  10_000_000,
                  Long.MAX_VALUE,
                  Integer.MAX_VALUE,
                  Long.MAX_VALUE,
                  Integer.MAX_VALUE));
      List<BatchReader.Entry> entries = reader.read("bench.warc.gz", bytes);
      double seconds = (System.nanoTime() - t) / 1e9;
      long pages = entries.stream().filter(e -> !e.isFailed()).count();
      long skipped = entries.stream().filter(BatchReader.Entry::skipped).count();
      long payload =
          entries.stream().filter(e -> !e.isFailed()).mapToLong(e -> e.bytes().length).sum();
      System.out.printf(
          Locale.ROOT,
          "read %d: %d pages and %d skipped in %.2f s: %.0f records/s, %.1f MB/s of pages%n",
          pass,
          pages,
          skipped,
          seconds,
          records / seconds,
          payload / seconds / 1e6);
    }
    if (base != null) {
      importOnly(count, base, run);
    }
  }

  /**
   * Posts N pages as archives of 9,500 pages (and their images), one batch each, as the default
   * limit of 10,000 records a batch expects, and times them. (One POST of the whole 200 MB archive
   * was cut off by the server with an EOF.)
   */
  static void importOnly(int count, String base, long run) throws Exception {
    SignedInClient http = SignedInClient.signIn(base, "editor", "quiet-river-17-maple");
    long start = System.nanoTime();
    int done = 0;
    for (int part = 0; done < count; part++) {
      int pages = Math.min(9_500, count - done);
      Path piece = Files.createTempFile("factdesk-bench-part-", ".warc.gz");
      write(piece, pages, run * 100 + part);
      byte[] body = Files.readAllBytes(piece);
      Files.delete(piece);
      long partStart = System.nanoTime();
      HttpResponse<String> started =
          http.post(
              "/api/imports?name=bench-" + run + "-" + part + ".warc.gz", "application/gzip", body);
      if (started.statusCode() != 202) {
        throw new IllegalStateException(
            "POST /api/imports answered " + started.statusCode() + ": " + started.body());
      }
      URI location = URI.create(started.headers().firstValue("Location").orElseThrow());
      String progress = "";
      while (!progress.contains("\"state\":\"FINISHED\"")) {
        if (System.nanoTime() - start > Duration.ofMinutes(90).toNanos()) {
          throw new IllegalStateException("not finished in 90 minutes: " + counts(progress));
        }
        Thread.sleep(1000);
        progress = http.get(location + "?items=false").body();
      }
      done += pages;
      double seconds = (System.nanoTime() - partStart) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "archive %d (%,d bytes): %d pages in %.1f s (%.0f pages/s); %d so far in %.0f s; %s%n",
          part,
          body.length,
          pages,
          seconds,
          pages / seconds,
          done,
          (System.nanoTime() - start) / 1e9,
          counts(progress));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "imported %d pages in %.1f s (writing the archives in between included): %.0f pages/s%n",
        count,
        seconds,
        count / seconds);
  }

  /**
   * Posts all N pages as one archive, one batch (the server's limits raised to hold it): the time
   * to the 202, the time until the batch's items exist (it leaves READING: decision 0022), and then
   * the import until it finishes or {@code minutes} have passed (0: until it finishes).
   */
  static void oneArchive(int count, String base, long run, int minutes) throws Exception {
    Path archive = Files.createTempFile("factdesk-bench-one-", ".warc.gz");
    int records = write(archive, count, run);
    byte[] body = Files.readAllBytes(archive);
    Files.delete(archive);
    SignedInClient http = SignedInClient.signIn(base, "editor", "quiet-river-17-maple");
    System.out.printf(
        Locale.ROOT, "one archive: %d pages, %d records, %,d bytes%n", count, records, body.length);
    long start = System.nanoTime();
    HttpResponse<String> started =
        http.post("/api/imports?name=bench-one-" + run + ".warc.gz", "application/gzip", body);
    double answered = (System.nanoTime() - start) / 1e9;
    if (started.statusCode() != 202) {
      throw new IllegalStateException(
          "POST /api/imports answered " + started.statusCode() + ": " + started.body());
    }
    System.out.printf(Locale.ROOT, "202 after %.1f s (upload included)%n", answered);
    URI location = URI.create(started.headers().firstValue("Location").orElseThrow());
    String progress = "";
    double itemsExist = -1;
    int processedThen = 0;
    long deadline =
        minutes <= 0 ? Long.MAX_VALUE : System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
    while (!progress.contains("\"state\":\"FINISHED\"")
        && !progress.contains("\"state\":\"REFUSED\"")
        && System.nanoTime() < deadline) {
      Thread.sleep(1000);
      progress = http.get(location + "?items=false").body();
      if (itemsExist < 0 && !progress.contains("\"state\":\"READING\"")) {
        itemsExist = (System.nanoTime() - start) / 1e9;
        processedThen = number(progress, "\"processed\":"); // the skipped count at once
        System.out.printf(
            Locale.ROOT, "items exist after %.1f s: %s%n", itemsExist, counts(progress));
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int processed = number(progress, "\"processed\":") - processedThen;
    System.out.printf(
        Locale.ROOT,
        "after %.1f s: %s; %d items imported (or duplicates, failed) since the items existed:"
            + " %.1f items/s%n",
        seconds,
        counts(progress),
        processed,
        itemsExist < 0 ? 0 : processed / (seconds - itemsExist));
  }

  private static int number(String json, String key) {
    int from = json.indexOf(key);
    if (from < 0) {
      return 0;
    }
    int end = from + key.length();
    while (end < json.length() && Character.isDigit(json.charAt(end))) {
      end++;
    }
    return Integer.parseInt(json.substring(from + key.length(), end));
  }

  private static String counts(String progress) {
    int from = progress.indexOf("\"processed\":");
    return from < 0 ? progress : progress.substring(from).split(",\"note\"")[0];
  }

  /** The archive; its record count. */
  static int write(Path file, int count, long run) throws IOException {
    Random random = new Random(42);
    Instant captured = Instant.parse("2025-10-28T06:00:00Z");
    int records = 0;
    try (OutputStream out = Files.newOutputStream(file);
        WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
      for (int i = 0; i < count; i++) {
        int outlet = i % 60;
        byte[] page = page(random, run, i, outlet).getBytes(StandardCharsets.UTF_8);
        w.write(
            new WarcResponse.Builder(
                    URI.create("https://outlet" + outlet + ".example/news/" + run + "-" + i))
                .date(captured.plusSeconds(i))
                .body(
                    new Builder(200, "OK")
                        .body(MediaType.parse("text/html; charset=UTF-8"), page)
                        .build())
                .build());
        records++;
        if (i % 20 == 0) {
          w.write(
              new WarcResponse.Builder(
                      URI.create(
                          "https://outlet" + outlet + ".example/logo-" + run + "-" + i + ".png"))
                  .date(captured.plusSeconds(i))
                  .body(
                      new Builder(200, "OK")
                          .body(
                              MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                          .build())
                  .build());
          records++;
        }
      }
    }
    return records;
  }

  private static String page(Random random, long run, int index, int outlet) {
    StringBuilder html = new StringBuilder(6000);
    String title =
        "Benchmark Story " + run + "-" + index + " on " + word(random) + " and " + word(random);
    html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(title)
        .append("</title><meta property=\"og:site_name\" content=\"Outlet ")
        .append(outlet)
        .append("\"><meta property=\"article:published_time\" content=\"2025-10-2")
        .append(index % 8)
        .append("T08:00:00Z\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a>")
        .append("</nav><article><h1>")
        .append(title)
        .append("</h1>");
    int paragraphs = 8 + random.nextInt(8);
    for (int p = 0; p < paragraphs; p++) {
      html.append("<p>");
      int sentences = 2 + random.nextInt(3);
      for (int s = 0; s < sentences; s++) {
        String first = word(random);
        html.append(Character.toUpperCase(first.charAt(0))).append(first.substring(1));
        int words = 10 + random.nextInt(15);
        for (int w = 0; w < words; w++) {
          html.append(' ').append(w % 7 == 3 ? String.valueOf(random.nextInt(5000)) : word(random));
        }
        html.append(s == 0 ? ", the ministry said. " : ". ");
      }
      html.append("</p>");
    }
    html.append("</article><aside><h2>Related Articles</h2><ul>");
    for (int r = 0; r < 6; r++) {
      html.append("<li><a href=\"/r")
          .append(r)
          .append("\">")
          .append(word(random))
          .append(" plans new ")
          .append(word(random))
          .append("</a></li>");
    }
    return html.append("</ul></aside><footer>© Outlet ")
        .append(outlet)
        .append("</footer></body></html>")
        .toString();
  }

  private static String word(Random random) {
    return WORDS[random.nextInt(WORDS.length)];
  }
}
