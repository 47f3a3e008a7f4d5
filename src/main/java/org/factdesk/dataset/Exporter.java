package org.factdesk.dataset;

import jakarta.json.stream.JsonGenerator;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factdesk.claim.Rating;

/**
 * Writes a version's exports from its entries, one page at a time: memory holds one page, whatever
 * the size of the version. Everything written depends on the entries and the {@link
 * VersionMetadata} facts alone, so writing a version again gives the same bytes.
 */
public final class Exporter {

  /** One frozen article of a version: its place and its JSON line. */
  public record Entry(int position, byte[] body) {}

  /** The entries after a position, in order, a page at a time; an empty page ends them. */
  @FunctionalInterface
  public interface Entries {
    List<Entry> after(int position);
  }

  public static final String CSV_HEADER_NAMES =
      "id,url,outlet,title,published,language,labels,clean_text,removed_blocks,removed_types,"
          + "claims,ratings,original_sha256,imported_by,imported_at,reviewed_by,reviewed_at,"
          + "approved_by,approved_at";

  /** Schema 2: the same columns, led by the schema's version, with capture time and split. */
  public static final String CSV_HEADER_NAMES_V2 =
      "schema_version," + CSV_HEADER_NAMES + ",captured_at,split";

  private Exporter() {}

  /**
   * Writes a file of the version already written once (the zip copies it instead of writing it).
   */
  @FunctionalInterface
  public interface Written {
    void copyTo(OutputStream out) throws IOException;
  }

  public static void write(
      ExportFormat format, Entries entries, VersionMetadata metadata, OutputStream out)
      throws IOException {
    write(format, entries, metadata, out, null);
  }

  /**
   * As above; {@code parquet}, when given, is the version's Parquet file as it was written, which
   * the zip copies rather than writing it again.
   */
  public static void write(
      ExportFormat format,
      Entries entries,
      VersionMetadata metadata,
      OutputStream out,
      Written parquet)
      throws IOException {
    OutputStream target = new Unclosable(new java.io.BufferedOutputStream(out, 1 << 16));
    switch (format) {
      case JSONL -> jsonl(entries, target, null);
      case CSV -> csv(entries, metadata, target);
      case PARQUET -> ParquetFile.write(entries, a -> true, target);
      case CLAIMREVIEW -> claimReview(entries, metadata, target);
      case ZIP -> zip(entries, metadata, target, parquet);
    }
    target.flush();
  }

  /** The entries one per line; with {@code split}, only that split's (schema 2). */
  private static void jsonl(Entries entries, OutputStream out, String split) throws IOException {
    byte[] ending =
        split == null ? null : ("\"split\":\"" + split + "\"}").getBytes(StandardCharsets.UTF_8);
    int position = -1;
    for (List<Entry> page = entries.after(position);
        !page.isEmpty();
        page = entries.after(position)) {
      for (Entry e : page) {
        // schema 2 writes the split last, so the line's end tells it without parsing the line
        if (ending == null || endsWith(e.body(), ending)) {
          out.write(e.body());
          out.write('\n');
        }
        position = e.position();
      }
    }
  }

  private static boolean endsWith(byte[] body, byte[] ending) {
    if (body.length < ending.length) {
      return false;
    }
    return java.util.Arrays.equals(
        body, body.length - ending.length, body.length, ending, 0, ending.length);
  }

  private static void csv(Entries entries, VersionMetadata metadata, OutputStream out)
      throws IOException {
    boolean v2 = metadata.hasParquet();
    Writer writer =
        new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    CsvWriter csv = new CsvWriter(writer);
    csv.row((v2 ? CSV_HEADER_NAMES_V2 : CSV_HEADER_NAMES).split(","));
    int position = -1;
    for (List<Entry> page = entries.after(position);
        !page.isEmpty();
        page = entries.after(position)) {
      for (Entry e : page) {
        ArticleRecord a = ArticleJson.read(e.body());
        csv.row(v2 ? csvRowV2(a) : csvRow(a));
        position = e.position();
      }
    }
    writer.flush();
  }

  static String[] csvRow(ArticleRecord a) {
    ArticleRecord.Provenance p = a.provenance();
    return new String[] {
      String.valueOf(a.id()),
      a.url(),
      a.outlet(),
      a.title(),
      a.published() == null ? null : a.published().toString(),
      a.language(),
      a.labels().stream().map(Enum::name).collect(Collectors.joining(" ")),
      a.cleanText(),
      String.valueOf(a.removedBlocks().size()),
      a.removedBlocks().stream()
          .flatMap(b -> b.types().stream())
          .distinct()
          .sorted()
          .collect(Collectors.joining(" ")),
      String.valueOf(a.claims().size()),
      a.claims().stream()
          .filter(c -> c.current() != null)
          .map(c -> c.current().rating())
          .collect(Collectors.joining(" ")),
      p.originalSha256(),
      p.importedBy(),
      ArticleJson.instant(p.importedAt()),
      p.reviewedBy(),
      ArticleJson.instant(p.reviewedAt()),
      p.approvedBy(),
      ArticleJson.instant(p.approvedAt())
    };
  }

  static String[] csvRowV2(ArticleRecord a) {
    String[] v1 = csvRow(a);
    String[] row = new String[v1.length + 3];
    row[0] = String.valueOf(DatasetVersion.SCHEMA);
    System.arraycopy(v1, 0, row, 1, v1.length);
    row[v1.length + 1] = ArticleJson.instant(a.provenance().capturedAt());
    row[v1.length + 2] = a.split() == null ? SplitRule.TRAIN : a.split();
    return row;
  }

  /**
   * A JSON-LD document whose graph holds one ClaimReview per checked claim (its current verdict),
   * one per line.
   */
  private static void claimReview(Entries entries, VersionMetadata metadata, OutputStream out)
      throws IOException {
    out.write("{\"@context\":\"https://schema.org\",\"@graph\":[".getBytes(StandardCharsets.UTF_8));
    boolean first = true;
    int position = -1;
    for (List<Entry> page = entries.after(position);
        !page.isEmpty();
        page = entries.after(position)) {
      for (Entry e : page) {
        ArticleRecord a = ArticleJson.read(e.body());
        for (ArticleRecord.ClaimRecord c : a.claims()) {
          if (c.current() == null) {
            continue;
          }
          out.write(first ? '\n' : ',');
          if (!first) {
            out.write('\n');
          }
          first = false;
          claimReview(a, c, metadata.reviewBase(), out);
        }
        position = e.position();
      }
    }
    out.write("\n]}\n".getBytes(StandardCharsets.UTF_8));
  }

  static void claimReview(
      ArticleRecord a, ArticleRecord.ClaimRecord c, String reviewBase, OutputStream out) {
    ArticleRecord.VerdictRecord v = c.current();
    Rating rating = Rating.valueOf(v.rating());
    try (JsonGenerator g = ArticleJson.generator(new Unclosable(out))) {
      g.writeStartObject();
      g.write("@type", "ClaimReview");
      g.write("url", reviewBase + "/claims/claim.xhtml?id=" + c.id() + "#revision-" + v.revision());
      g.write("claimReviewed", c.claimReviewed());
      g.write("datePublished", v.createdAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
      g.writeStartObject("author");
      g.write("@type", "Person");
      g.write("name", v.author());
      g.writeEnd();
      g.writeStartObject("reviewRating");
      g.write("@type", "Rating");
      OptionalInt value = rating.claimReviewValue();
      if (value.isPresent()) {
        g.write("ratingValue", value.getAsInt());
      }
      g.write("bestRating", Rating.BEST);
      g.write("worstRating", Rating.WORST);
      g.write("alternateName", rating.label());
      g.writeEnd();
      g.writeStartObject("itemReviewed");
      g.write("@type", "Claim");
      g.writeStartObject("author");
      g.write("@type", "Organization");
      g.write("name", v.claimant());
      g.writeEnd();
      g.write("datePublished", v.claimDate().toString());
      g.writeStartObject("appearance");
      g.write("@type", "CreativeWork");
      g.write(
          "url", a.url() != null ? a.url() : reviewBase + "/articles/article.xhtml?id=" + a.id());
      if (a.title() != null) {
        g.write("headline", a.title());
      }
      g.writeEnd();
      g.writeEnd();
      g.writeEnd();
    }
  }

  /**
   * data.jsonl, manifest.json and README.md, dated when the version was published; since schema 2
   * also data.parquet, and for a version with a train/test split each split's rows as {@code
   * data/train.parquet}, {@code data/train.jsonl}, {@code data/test.parquet} and {@code
   * data/test.jsonl}, the files the card's {@code configs} name.
   */
  private static void zip(
      Entries entries, VersionMetadata metadata, OutputStream out, Written parquet)
      throws IOException {
    LocalDateTime stamp = LocalDateTime.ofInstant(metadata.publishedAt(), ZoneOffset.UTC);
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    zip.putNextEntry(entry(ExportFormat.JSONL.fileName(), stamp));
    jsonl(entries, zip, null);
    zip.closeEntry();
    if (metadata.hasParquet()) {
      zip.putNextEntry(entry(ParquetFile.FILE_NAME, stamp));
      if (parquet == null) {
        ParquetFile.write(entries, a -> true, zip);
      } else {
        parquet.copyTo(zip);
      }
      zip.closeEntry();
      if (metadata.split().isSplit()) {
        for (String split : List.of(SplitRule.TRAIN, SplitRule.TEST)) {
          zip.putNextEntry(entry("data/" + split + ".parquet", stamp));
          ParquetFile.write(entries, a -> split.equals(a.split()), zip);
          zip.closeEntry();
          zip.putNextEntry(entry("data/" + split + ".jsonl", stamp));
          jsonl(entries, zip, split);
          zip.closeEntry();
        }
      }
    }
    zip.putNextEntry(entry(Manifest.FILE_NAME, stamp));
    zip.write(metadata.manifest());
    zip.closeEntry();
    zip.putNextEntry(entry(DatasetCard.FILE_NAME, stamp));
    zip.write(metadata.card());
    zip.closeEntry();
    zip.finish();
  }

  private static ZipEntry entry(String name, LocalDateTime stamp) {
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(stamp);
    return entry;
  }

  /** The same export written to memory: for small versions and tests. */
  public static byte[] bytes(ExportFormat format, Entries entries, VersionMetadata metadata) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      write(format, entries, metadata, out);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** Lets writers that close their stream (JSON-P, zip) leave the caller's open. */
  private static final class Unclosable extends FilterOutputStream {
    Unclosable(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    /** Neither closes nor flushes: a flush per ClaimReview would send each as its own chunk. */
    @Override
    public void close() {}
  }
}
