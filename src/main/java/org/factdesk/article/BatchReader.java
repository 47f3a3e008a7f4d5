package org.factdesk.article;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;

/**
 * Turns uploaded files into the items of a batch: a {@code .txt} or {@code .html} file is one item,
 * a {@code .zip} one item per text or HTML entry, a {@code .jsonl} one item per line, a web archive
 * ({@code .warc}, {@code .warc.gz}) one item per record that holds a page ({@link WarcEntries}).
 * What cannot become an article becomes a failed item whose message names the file, entry or line
 * and the problem; the rest of the batch goes on.
 *
 * <p>Zips are read defensively: entry names that climb out of the archive are refused, and reading
 * stops at the entry-count and uncompressed-size limits, counting the bytes actually inflated
 * rather than trusting the sizes the archive claims (zip bombs).
 *
 * <p>One reader reads one batch: the inflate budget and the item cap are the batch's, not each
 * file's, so a batch of many small zip bombs or many JSONL files gets no more than one. Passing
 * either refuses the whole batch with an {@link ImportException} naming the file, entry or line
 * where it happened; nothing is imported then.
 */
public final class BatchReader {

  /**
   * One reader factory for every line: {@code Json.createReader} looks the JSON provider up through
   * the service loader at each call, 2.6% of an import worker's time in a batch of short articles
   * (BENCHMARKS.md, "Import, session 20").
   */
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  /** The limits, all settings. */
  public record Limits(
      long maxFileBytes,
      long maxBatchBytes,
      int maxZipEntries,
      long maxUncompressedBytes,
      int maxBatchItems) {}

  /**
   * One item to import, or a problem that stands in its place: a failure, or (when {@code skipped})
   * something that is not an article, such as a web archive's revisit or image record.
   */
  public record Entry(
      String name,
      byte[] bytes,
      ContentHint hint,
      SourceInfo source,
      String problem,
      boolean skipped) {

    public Entry(String name, byte[] bytes, ContentHint hint, SourceInfo source, String problem) {
      this(name, bytes, hint, source, problem, false);
    }

    static Entry failed(String name, String problem) {
      return new Entry(name, null, null, null, problem, false);
    }

    static Entry skipped(String name, String reason) {
      return new Entry(name, null, null, null, reason, true);
    }

    /** True for an item that is not imported: it failed or was skipped. */
    public boolean isFailed() {
      return problem != null;
    }
  }

  private final Limits limits;

  /** Bytes inflated from every zip of the batch so far. */
  private long inflated;

  /** Items (articles or failed stand-ins) of the batch so far. */
  private int items;

  /** Told the file being read and how many records or items of it were read so far. */
  private final ObjIntConsumer<String> progress;

  public BatchReader(Limits limits) {
    this(limits, (file, read) -> {});
  }

  /** A reader that tells its progress, for a batch read in the background. */
  public BatchReader(Limits limits, ObjIntConsumer<String> progress) {
    this.limits = limits;
    this.progress = progress;
  }

  /** Checks the whole upload against the batch limit before anything is read. */
  public void requireWithinBatchLimit(long totalBytes) {
    if (totalBytes > limits.maxBatchBytes()) {
      throw new ImportException(
          String.format(
              Locale.ROOT,
              "The upload is %,d bytes, more than the limit of %,d bytes for one batch; nothing was imported.",
              totalBytes,
              limits.maxBatchBytes()));
    }
  }

  /**
   * The items in one uploaded file.
   *
   * @throws ImportException when the batch passes its item cap or inflate budget
   */
  public List<Entry> read(String fileName, byte[] bytes) {
    String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".zip")) {
      return readZip(name, bytes);
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
      return readJsonl(name, bytes);
    }
    if (WarcEntries.isWarc(name)) {
      List<Entry> records = WarcEntries.read(name, bytes, limits, n -> progress.accept(name, n));
      for (Entry record : records) {
        counted(record);
      }
      return records;
    }
    return List.of(counted(single(name, bytes)));
  }

  /** Counts an item against the batch's cap; the one past the cap refuses the batch. */
  private Entry counted(Entry entry) {
    if (++items > limits.maxBatchItems()) {
      throw new ImportException(
          String.format(
              Locale.ROOT,
              "%s: one batch holds at most %,d items, and this is item %,d; nothing was imported."
                  + " Split the upload into smaller batches.",
              entry.name(),
              limits.maxBatchItems(),
              items));
    }
    return entry;
  }

  private Entry single(String name, byte[] bytes) {
    ContentHint hint = hintFor(name);
    if (hint == null) {
      return Entry.failed(
          name,
          name + ": unsupported file type; use .txt, .html, .htm, .zip, .jsonl, .warc or .warc.gz");
    }
    if (bytes.length > limits.maxFileBytes()) {
      return Entry.failed(name, tooLarge(name, bytes.length));
    }
    return new Entry(name, bytes, hint, SourceInfo.NONE, null);
  }

  private static ContentHint hintFor(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".txt") || lower.endsWith(".text")) {
      return ContentHint.AUTO;
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return ContentHint.HTML;
    }
    return null;
  }

  private String tooLarge(String name, long size) {
    return String.format(
        Locale.ROOT,
        "%s: %,d bytes is more than the limit of %,d bytes for one article",
        name,
        size,
        limits.maxFileBytes());
  }

  private List<Entry> readZip(String zipName, byte[] bytes) {
    List<Entry> entries = new ArrayList<>();
    int seen = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (entry.isDirectory()) {
          continue;
        }
        String name = zipName + "!" + entry.getName();
        if (++seen > limits.maxZipEntries()) {
          entries.add(
              failed(
                  zipName,
                  zipName
                      + ": more than "
                      + limits.maxZipEntries()
                      + " entries; the rest of the archive was not read"));
          break;
        }
        if (!isSafe(entry.getName())) {
          entries.add(
              failed(name, name + ": unsafe path in the archive (absolute or with '..'); skipped"));
          continue;
        }
        if (hintFor(entry.getName()) == null) {
          entries.add(
              failed(
                  name, name + ": unsupported file type in the archive; use .txt, .html or .htm"));
          continue;
        }
        long room = limits.maxUncompressedBytes() - inflated;
        byte[] content = readAtMost(zip, Math.min(limits.maxFileBytes(), room) + 1);
        inflated += content.length;
        if (content.length > room) {
          throw new ImportException(
              String.format(
                  Locale.ROOT,
                  "%s: the batch's archives expand to more than %,d bytes; reading stopped at %s"
                      + " (a zip bomb?) and nothing was imported",
                  zipName,
                  limits.maxUncompressedBytes(),
                  entry.getName()));
        }
        if (content.length > limits.maxFileBytes()) {
          entries.add(failed(name, tooLarge(name, content.length) + " (or more)"));
          continue;
        }
        entries.add(
            counted(new Entry(name, content, hintFor(entry.getName()), SourceInfo.NONE, null)));
        if (seen % 1000 == 0) {
          progress.accept(zipName, seen);
        }
      }
    } catch (ZipException e) {
      entries.add(failed(zipName, zipName + ": not a readable zip archive: " + e.getMessage()));
    } catch (IOException e) {
      entries.add(failed(zipName, zipName + ": could not be read: " + e.getMessage()));
    }
    if (entries.isEmpty()) {
      entries.add(failed(zipName, zipName + ": the archive holds no files"));
    }
    return entries;
  }

  private Entry failed(String name, String problem) {
    return counted(Entry.failed(name, problem));
  }

  private static boolean isSafe(String entryName) {
    String normalized = entryName.replace('\\', '/');
    if (normalized.startsWith("/") || normalized.matches("^[A-Za-z]:.*")) {
      return false;
    }
    for (String part : normalized.split("/")) {
      if (part.equals("..")) {
        return false;
      }
    }
    return true;
  }

  static byte[] readAtMost(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int read;
    while (total < max
        && (read = in.read(buffer, 0, (int) Math.min(buffer.length, max - total))) > 0) {
      out.write(buffer, 0, read);
      total += read;
    }
    return out.toByteArray();
  }

  private List<Entry> readJsonl(String name, byte[] bytes) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      return List.of(failed(name, name + ": JSONL must be UTF-8, and this file is not"));
    }
    List<Entry> entries = new ArrayList<>();
    // split on the character, not a pattern: "\r?\n" ran the regex engine over every character of
    // the batch (19% of an import's CPU by JFR); strip() below drops a line's "\r"
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      entries.add(counted(jsonLine(name, i + 1, line)));
      if (entries.size() % 1000 == 0) {
        progress.accept(name, entries.size());
      }
    }
    if (entries.isEmpty()) {
      entries.add(failed(name, name + ": the file holds no lines"));
    }
    return entries;
  }

  private Entry jsonLine(String file, int lineNumber, String line) {
    String name = file + " line " + lineNumber;
    JsonObject object;
    try (JsonReader reader = READERS.createReader(new StringReader(line))) {
      object = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      return Entry.failed(name, name + ": malformed JSON (" + firstLine(e.getMessage()) + ")");
    }
    String text = string(object, "text");
    String html = string(object, "html");
    boolean hasText = text != null && !text.isBlank();
    boolean hasHtml = html != null && !html.isBlank();
    if (hasText == hasHtml) {
      return Entry.failed(
          name,
          name
              + (hasText
                  ? ": give either \"text\" or \"html\", not both"
                  : ": field \"text\" or \"html\" is required and must not be blank"));
    }
    LocalDate published = null;
    String date = string(object, "published");
    if (date != null && !date.isBlank()) {
      try {
        published =
            LocalDate.parse(
                date.strip().length() > 10 ? date.strip().substring(0, 10) : date.strip());
      } catch (DateTimeParseException e) {
        return Entry.failed(
            name,
            name + ": field \"published\" must be a date like 2025-06-11, not \"" + date + "\"");
      }
    }
    byte[] bytes = (hasText ? text : html).getBytes(StandardCharsets.UTF_8);
    if (bytes.length > limits.maxFileBytes()) {
      return Entry.failed(name, tooLarge(name, bytes.length));
    }
    SourceInfo source =
        new SourceInfo(
            string(object, "url"), string(object, "outlet"), string(object, "title"), published);
    return new Entry(name, bytes, hasText ? ContentHint.TEXT : ContentHint.HTML, source, null);
  }

  private static String string(JsonObject object, String field) {
    JsonValue value = object.get(field);
    return value instanceof JsonString s ? s.getString() : null;
  }

  private static String firstLine(String message) {
    return message == null ? "unreadable" : message.lines().findFirst().orElse(message);
  }
}
