package org.factdesk.dataset;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.article.ArticleLabel;

/**
 * An article of a dataset as one line of JSON (compact, fields always in the same order, absent
 * values as null, times in UTC to the second), and back. The bytes are what a version stores and
 * what its JSONL export is made of.
 *
 * <p>Schema 1 (versions published before V24) names fields in camelCase ({@code cleanText}); schema
 * 2 in snake_case ({@code clean_text}) as the CSV and Parquet columns do, starts with {@code
 * schema_version}, adds {@code provenance.captured_at} and the article's {@code split}. Reading
 * takes both.
 */
public final class ArticleJson {

  private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private ArticleJson() {}

  /** The article as UTF-8 JSON in schema 1, without a line end. */
  public static byte[] bytes(ArticleRecord a) {
    return bytes(a, 1);
  }

  /** The article as UTF-8 JSON in the given schema, without a line end. */
  public static byte[] bytes(ArticleRecord a, int schemaVersion) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
      write(a, g, new Names(schemaVersion >= 2));
    }
    return out.toByteArray();
  }

  /** A field's name in schema 1 (as written) or 2 (snake_case). */
  private record Names(boolean snake) {
    String of(String camel) {
      if (!snake) {
        return camel;
      }
      StringBuilder s = new StringBuilder(camel.length() + 4);
      for (char c : camel.toCharArray()) {
        if (Character.isUpperCase(c)) {
          s.append('_').append(Character.toLowerCase(c));
        } else {
          s.append(c);
        }
      }
      return s.toString();
    }
  }

  static JsonGenerator generator(OutputStream out) {
    return GENERATORS.createGenerator(out, StandardCharsets.UTF_8);
  }

  private static void write(ArticleRecord a, JsonGenerator g, Names n) {
    g.writeStartObject();
    if (n.snake()) {
      g.write("schema_version", DatasetVersion.SCHEMA);
    }
    g.write(n.of("id"), a.id());
    text(g, n.of("url"), a.url());
    text(g, n.of("outlet"), a.outlet());
    text(g, n.of("title"), a.title());
    text(g, n.of("published"), a.published() == null ? null : a.published().toString());
    text(g, n.of("language"), a.language());
    g.writeStartArray(n.of("labels"));
    a.labels().forEach(l -> g.write(l.name()));
    g.writeEnd();
    text(g, n.of("cleanText"), a.cleanText());
    g.writeStartArray(n.of("removedBlocks"));
    for (ArticleRecord.RemovedBlock b : a.removedBlocks()) {
      g.writeStartObject();
      g.write(n.of("position"), b.position());
      g.writeStartArray(n.of("types"));
      b.types().forEach(g::write);
      g.writeEnd();
      g.write(n.of("text"), b.text());
      g.writeEnd();
    }
    g.writeEnd();
    g.writeStartArray(n.of("claims"));
    for (ArticleRecord.ClaimRecord c : a.claims()) {
      g.writeStartObject();
      g.write(n.of("id"), c.id());
      g.write(n.of("claimReviewed"), c.claimReviewed());
      g.write(n.of("sentence"), c.sentence());
      g.write(n.of("state"), c.state());
      text(g, n.of("dismissReason"), c.dismissReason());
      g.writeStartArray(n.of("verdicts"));
      for (ArticleRecord.VerdictRecord v : c.verdicts()) {
        g.writeStartObject();
        g.write(n.of("revision"), v.revision());
        g.write(n.of("rating"), v.rating());
        g.write(n.of("rationale"), v.rationale());
        g.write(n.of("claimant"), v.claimant());
        g.write(n.of("claimDate"), v.claimDate().toString());
        g.write(n.of("author"), v.author());
        g.write(n.of("createdAt"), instant(v.createdAt()));
        g.writeStartArray(n.of("evidence"));
        for (ArticleRecord.EvidenceRecord e : v.evidence()) {
          g.writeStartObject();
          g.write(n.of("url"), e.url());
          g.write(n.of("title"), e.title());
          text(g, n.of("note"), e.note());
          g.writeEnd();
        }
        g.writeEnd();
        g.writeEnd();
      }
      g.writeEnd();
      g.writeEnd();
    }
    g.writeEnd();
    ArticleRecord.Provenance p = a.provenance();
    g.writeStartObject(n.of("provenance"));
    g.write(n.of("originalSha256"), p.originalSha256());
    text(g, n.of("importedBy"), p.importedBy());
    text(g, n.of("importedAt"), instant(p.importedAt()));
    text(g, n.of("reviewedBy"), p.reviewedBy());
    text(g, n.of("reviewedAt"), instant(p.reviewedAt()));
    text(g, n.of("approvedBy"), p.approvedBy());
    text(g, n.of("approvedAt"), instant(p.approvedAt()));
    if (n.snake()) {
      text(g, "captured_at", instant(p.capturedAt()));
    }
    g.writeEnd();
    if (n.snake()) {
      text(g, "split", a.split() == null ? SplitRule.TRAIN : a.split());
    }
    g.writeEnd();
  }

  /** 2026-11-24T13:05:01Z: to the second, so the value is the same on every database. */
  static String instant(Instant at) {
    return at == null
        ? null
        : DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
  }

  private static void text(JsonGenerator g, String name, String value) {
    if (value == null) {
      g.writeNull(name);
    } else {
      g.write(name, value);
    }
  }

  /** Reads back what {@link #bytes} wrote. */
  public static ArticleRecord read(byte[] json) {
    JsonObject o;
    try (JsonReader reader =
        READERS.createReader(new ByteArrayInputStream(json), StandardCharsets.UTF_8)) {
      o = reader.readObject();
    }
    Names n = new Names(o.containsKey("schema_version"));
    List<ArticleLabel> labels = new ArrayList<>();
    for (JsonValue l : o.getJsonArray(n.of("labels"))) {
      labels.add(ArticleLabel.valueOf(((jakarta.json.JsonString) l).getString()));
    }
    List<ArticleRecord.RemovedBlock> removed = new ArrayList<>();
    for (JsonObject b : o.getJsonArray(n.of("removedBlocks")).getValuesAs(JsonObject.class)) {
      removed.add(
          new ArticleRecord.RemovedBlock(
              b.getInt(n.of("position")),
              strings(b.getJsonArray(n.of("types"))),
              b.getString(n.of("text"))));
    }
    List<ArticleRecord.ClaimRecord> claims = new ArrayList<>();
    for (JsonObject c : o.getJsonArray(n.of("claims")).getValuesAs(JsonObject.class)) {
      List<ArticleRecord.VerdictRecord> verdicts = new ArrayList<>();
      for (JsonObject v : c.getJsonArray(n.of("verdicts")).getValuesAs(JsonObject.class)) {
        List<ArticleRecord.EvidenceRecord> evidence = new ArrayList<>();
        for (JsonObject e : v.getJsonArray(n.of("evidence")).getValuesAs(JsonObject.class)) {
          evidence.add(
              new ArticleRecord.EvidenceRecord(
                  e.getString(n.of("url")), e.getString(n.of("title")), text(e, n.of("note"))));
        }
        verdicts.add(
            new ArticleRecord.VerdictRecord(
                v.getInt(n.of("revision")),
                v.getString(n.of("rating")),
                v.getString(n.of("rationale")),
                v.getString(n.of("claimant")),
                LocalDate.parse(v.getString(n.of("claimDate"))),
                v.getString(n.of("author")),
                Instant.parse(v.getString(n.of("createdAt"))),
                evidence));
      }
      claims.add(
          new ArticleRecord.ClaimRecord(
              c.getJsonNumber(n.of("id")).longValue(),
              c.getString(n.of("claimReviewed")),
              c.getString(n.of("sentence")),
              c.getString(n.of("state")),
              text(c, n.of("dismissReason")),
              verdicts));
    }
    JsonObject p = o.getJsonObject(n.of("provenance"));
    String published = text(o, n.of("published"));
    return new ArticleRecord(
        o.getJsonNumber(n.of("id")).longValue(),
        text(o, n.of("url")),
        text(o, n.of("outlet")),
        text(o, n.of("title")),
        published == null ? null : LocalDate.parse(published),
        text(o, n.of("language")),
        labels,
        text(o, n.of("cleanText")),
        removed,
        claims,
        new ArticleRecord.Provenance(
            p.getString(n.of("originalSha256")),
            text(p, n.of("importedBy")),
            instantOf(text(p, n.of("importedAt"))),
            text(p, n.of("reviewedBy")),
            instantOf(text(p, n.of("reviewedAt"))),
            text(p, n.of("approvedBy")),
            instantOf(text(p, n.of("approvedAt"))),
            n.snake() ? instantOf(text(p, "captured_at")) : null),
        n.snake() ? text(o, "split") : null);
  }

  private static Instant instantOf(String s) {
    return s == null ? null : Instant.parse(s);
  }

  private static String text(JsonObject o, String name) {
    return o.isNull(name) ? null : o.getString(name);
  }

  private static List<String> strings(JsonArray array) {
    List<String> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      out.add(array.getString(i));
    }
    return out;
  }
}
