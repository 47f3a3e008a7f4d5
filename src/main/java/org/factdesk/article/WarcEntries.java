package org.factdesk.article;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.zip.ZipException;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * The items of a web archive ({@code .warc} or {@code .warc.gz}, read record by record with jwarc):
 * each {@code response} (or {@code resource}) record whose payload is HTML or text becomes an
 * article with its target URI, its capture time (WARC-Date) and the charset of its HTTP headers;
 * what the page itself says (title, date, outlet) the engine reads as for any HTML file. A {@code
 * revisit}, a payload of another type (images, scripts, PDF), an HTTP status other than 2xx and a
 * payload already seen in the archive (same payload digest) become items skipped with the reason;
 * request, metadata and warcinfo records, which hold no page, are counted in one skipped item. The
 * archive's limits are the zip's: records at most {@code maxZipEntries}, payload bytes at most
 * {@code maxUncompressedBytes} in all, {@code maxFileBytes} each. A damaged or cut-off archive
 * keeps the records read before the damage, and an item names where reading stopped.
 */
final class WarcEntries {

  private final BatchReader.Limits limits;
  private final String file;
  private final List<BatchReader.Entry> entries = new ArrayList<>();
  private final Map<String, String> seenPayloads = new HashMap<>();
  private final TreeMap<String, Integer> notCaptures = new TreeMap<>();
  private final IntConsumer progress;
  private long payloadBytes;
  private int records;

  private WarcEntries(String file, BatchReader.Limits limits, IntConsumer progress) {
    this.file = file;
    this.limits = limits;
    this.progress = progress;
  }

  static boolean isWarc(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
  }

  static List<BatchReader.Entry> read(String file, byte[] bytes, BatchReader.Limits limits) {
    return read(file, bytes, limits, records -> {});
  }

  /** As {@link #read(String, byte[], BatchReader.Limits)}, telling the records read so far. */
  static List<BatchReader.Entry> read(
      String file, byte[] bytes, BatchReader.Limits limits, IntConsumer progress) {
    return new WarcEntries(file, limits, progress).readAll(bytes);
  }

  private List<BatchReader.Entry> readAll(byte[] bytes) {
    if (bytes.length == 0) {
      return List.of(BatchReader.Entry.failed(file, file + ": the file is empty"));
    }
    BatchReader.Entry damage = null;
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(bytes))) {
      for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
        if (++records > limits.maxZipEntries()) {
          entries.add(
              BatchReader.Entry.failed(
                  file,
                  file
                      + ": more than "
                      + limits.maxZipEntries()
                      + " records; the rest of the archive was not read"));
          break;
        }
        if (!record(next.get())) {
          break;
        }
        progress.accept(records);
      }
    } catch (ParsingException e) {
      damage = BatchReader.Entry.failed(file, damaged(e, "not a readable WARC record"));
    } catch (EOFException | ZipException e) {
      damage = BatchReader.Entry.failed(file, damaged(e, "cut off or not valid gzip"));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      damage = BatchReader.Entry.failed(file, damaged(e, "could not be read"));
    }
    if (!notCaptures.isEmpty()) {
      StringBuilder what = new StringBuilder();
      notCaptures.forEach(
          (type, n) ->
              what.append(what.length() == 0 ? "" : ", ").append(n).append(' ').append(type));
      entries.add(
          BatchReader.Entry.skipped(
              file + " (other records)",
              file
                  + ": "
                  + what
                  + " record(s) hold no page (requests, metadata, archive information); not"
                  + " imported"));
    }
    if (damage != null) {
      entries.add(damage); // last: where reading stopped
    }
    if (entries.isEmpty()) {
      entries.add(BatchReader.Entry.failed(file, file + ": the archive holds no records"));
    }
    return entries;
  }

  private String damaged(Exception e, String what) {
    String where =
        records <= 1
            ? (records == 0 || entries.isEmpty()
                ? "this is not a web archive (WARC): " + what
                : "the first record is " + what)
            : "the archive is " + what + " after record " + (records - 1);
    String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return file
        + ": "
        + where
        + " ("
        + detail.lines().findFirst().orElse(detail)
        + ")"
        + (entries.stream().anyMatch(x -> !x.isFailed())
            ? "; the records before it are imported"
            : "");
  }

  /** One record; false when reading must stop (the archive's payloads are over the limit). */
  private boolean record(WarcRecord record) throws IOException {
    String name =
        file
            + " #"
            + records
            + (record instanceof WarcTargetRecord t
                ? " " + t.target()
                : " (" + record.type() + ")");
    if (record instanceof WarcRevisit revisit) {
      entries.add(
          BatchReader.Entry.skipped(
              name,
              name
                  + ": a revisit record"
                  + revisit.refersToDate().map(d -> " of the capture of " + d).orElse("")
                  + " (the page was unchanged and its payload not stored again); not imported"));
      return true;
    }
    MediaType type;
    InputStream payload;
    if (record instanceof WarcResponse response) {
      if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())
          && !response.contentType().base().equals(MediaType.HTTP.base())) {
        entries.add(
            BatchReader.Entry.skipped(
                name,
                name
                    + ": a response of type "
                    + response.contentType()
                    + ", not HTTP; not imported"));
        return true;
      }
      HttpResponse http = response.http();
      if (http.status() < 200 || http.status() > 299) {
        String location = http.headers().first("Location").map(l -> " to " + l).orElse("");
        entries.add(
            BatchReader.Entry.skipped(
                name,
                name
                    + ": HTTP "
                    + http.status()
                    + (http.status() >= 300 && http.status() < 400 ? " redirect" + location : "")
                    + ", not a page; not imported"));
        return true;
      }
      type = http.contentType();
      payload = http.bodyDecoded().stream();
    } else if (record instanceof WarcResource resource) {
      type = resource.contentType();
      payload = resource.body().stream();
    } else {
      notCaptures.merge(record.type(), 1, Integer::sum);
      return true;
    }
    ContentHint hint = hintFor(type);
    if (hint == null) {
      entries.add(
          BatchReader.Entry.skipped(
              name,
              name
                  + ": "
                  + (type == null ? "a payload without a type" : type.base().toString())
                  + " is not HTML or text; not imported"));
      return true;
    }
    long room = limits.maxUncompressedBytes() - payloadBytes;
    byte[] bytes = BatchReader.readAtMost(payload, Math.min(limits.maxFileBytes(), room) + 1);
    payloadBytes += bytes.length;
    if (bytes.length > room) {
      entries.add(
          BatchReader.Entry.failed(
              file,
              String.format(
                  Locale.ROOT,
                  "%s: its pages hold more than %,d bytes; reading stopped at record %d",
                  file,
                  limits.maxUncompressedBytes(),
                  records)));
      return false;
    }
    if (bytes.length > limits.maxFileBytes()) {
      entries.add(
          BatchReader.Entry.failed(
              name,
              String.format(
                  Locale.ROOT,
                  "%s: more than %,d bytes, the limit for one article",
                  name,
                  limits.maxFileBytes())));
      return true;
    }
    if (bytes.length == 0) {
      entries.add(BatchReader.Entry.skipped(name, name + ": the page is empty; not imported"));
      return true;
    }
    WarcTargetRecord target = (WarcTargetRecord) record;
    String digest = target.payloadDigest().map(WarcEntries::digestKey).orElseGet(() -> sha1(bytes));
    String first = seenPayloads.putIfAbsent(digest, name);
    if (first != null) {
      entries.add(
          BatchReader.Entry.skipped(
              name, name + ": the same payload (" + digest + ") as " + first + "; not imported"));
      return true;
    }
    String charset = type.parameters().get("charset");
    SourceInfo source = new SourceInfo(target.target(), null, null, null, charset, record.date());
    entries.add(new BatchReader.Entry(name, bytes, hint, source, null, false));
    return true;
  }

  private static ContentHint hintFor(MediaType type) {
    if (type == null) {
      return null;
    }
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return switch (base) {
      case "text/html", "application/xhtml+xml" -> ContentHint.HTML;
      case "text/plain" -> ContentHint.AUTO;
      default -> null;
    };
  }

  /** The digest as WARC writes it (sha1:BASE32), whatever base the archive used. */
  private static String digestKey(WarcDigest digest) {
    return digest.algorithm().toLowerCase(Locale.ROOT) + ":" + digest.base32();
  }

  private static String sha1(byte[] bytes) {
    try {
      return digestKey(new WarcDigest("sha1", MessageDigest.getInstance("SHA-1").digest(bytes)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
