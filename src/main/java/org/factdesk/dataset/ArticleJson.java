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
 */
public final class ArticleJson {

  private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private ArticleJson() {}

  /** The article as UTF-8 JSON, without a line end. */
  public static byte[] bytes(ArticleRecord a) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = GENERATORS.createGenerator(out, StandardCharsets.UTF_8)) {
      write(a, g);
    }
    return out.toByteArray();
  }

  static JsonGenerator generator(OutputStream out) {
    return GENERATORS.createGenerator(out, StandardCharsets.UTF_8);
  }

  private static void write(ArticleRecord a, JsonGenerator g) {
    g.writeStartObject();
    g.write("id", a.id());
    text(g, "url", a.url());
    text(g, "outlet", a.outlet());
    text(g, "title", a.title());
    text(g, "published", a.published() == null ? null : a.published().toString());
    text(g, "language", a.language());
    g.writeStartArray("labels");
    a.labels().forEach(l -> g.write(l.name()));
    g.writeEnd();
    text(g, "cleanText", a.cleanText());
    g.writeStartArray("removedBlocks");
    for (ArticleRecord.RemovedBlock b : a.removedBlocks()) {
      g.writeStartObject();
      g.write("position", b.position());
      g.writeStartArray("types");
      b.types().forEach(g::write);
      g.writeEnd();
      g.write("text", b.text());
      g.writeEnd();
    }
    g.writeEnd();
    g.writeStartArray("claims");
    for (ArticleRecord.ClaimRecord c : a.claims()) {
      g.writeStartObject();
      g.write("id", c.id());
      g.write("claimReviewed", c.claimReviewed());
      g.write("sentence", c.sentence());
      g.write("state", c.state());
      text(g, "dismissReason", c.dismissReason());
      g.writeStartArray("verdicts");
      for (ArticleRecord.VerdictRecord v : c.verdicts()) {
        g.writeStartObject();
        g.write("revision", v.revision());
        g.write("rating", v.rating());
        g.write("rationale", v.rationale());
        g.write("claimant", v.claimant());
        g.write("claimDate", v.claimDate().toString());
        g.write("author", v.author());
        g.write("createdAt", instant(v.createdAt()));
        g.writeStartArray("evidence");
        for (ArticleRecord.EvidenceRecord e : v.evidence()) {
          g.writeStartObject();
          g.write("url", e.url());
          g.write("title", e.title());
          text(g, "note", e.note());
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
    g.writeStartObject("provenance");
    g.write("originalSha256", p.originalSha256());
    text(g, "importedBy", p.importedBy());
    text(g, "importedAt", instant(p.importedAt()));
    text(g, "reviewedBy", p.reviewedBy());
    text(g, "reviewedAt", instant(p.reviewedAt()));
    text(g, "approvedBy", p.approvedBy());
    text(g, "approvedAt", instant(p.approvedAt()));
    g.writeEnd();
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
    List<ArticleLabel> labels = new ArrayList<>();
    for (JsonValue l : o.getJsonArray("labels")) {
      labels.add(ArticleLabel.valueOf(((jakarta.json.JsonString) l).getString()));
    }
    List<ArticleRecord.RemovedBlock> removed = new ArrayList<>();
    for (JsonObject b : o.getJsonArray("removedBlocks").getValuesAs(JsonObject.class)) {
      removed.add(
          new ArticleRecord.RemovedBlock(
              b.getInt("position"), strings(b.getJsonArray("types")), b.getString("text")));
    }
    List<ArticleRecord.ClaimRecord> claims = new ArrayList<>();
    for (JsonObject c : o.getJsonArray("claims").getValuesAs(JsonObject.class)) {
      List<ArticleRecord.VerdictRecord> verdicts = new ArrayList<>();
      for (JsonObject v : c.getJsonArray("verdicts").getValuesAs(JsonObject.class)) {
        List<ArticleRecord.EvidenceRecord> evidence = new ArrayList<>();
        for (JsonObject e : v.getJsonArray("evidence").getValuesAs(JsonObject.class)) {
          evidence.add(
              new ArticleRecord.EvidenceRecord(
                  e.getString("url"), e.getString("title"), text(e, "note")));
        }
        verdicts.add(
            new ArticleRecord.VerdictRecord(
                v.getInt("revision"),
                v.getString("rating"),
                v.getString("rationale"),
                v.getString("claimant"),
                LocalDate.parse(v.getString("claimDate")),
                v.getString("author"),
                Instant.parse(v.getString("createdAt")),
                evidence));
      }
      claims.add(
          new ArticleRecord.ClaimRecord(
              c.getJsonNumber("id").longValue(),
              c.getString("claimReviewed"),
              c.getString("sentence"),
              c.getString("state"),
              text(c, "dismissReason"),
              verdicts));
    }
    JsonObject p = o.getJsonObject("provenance");
    String published = text(o, "published");
    return new ArticleRecord(
        o.getJsonNumber("id").longValue(),
        text(o, "url"),
        text(o, "outlet"),
        text(o, "title"),
        published == null ? null : LocalDate.parse(published),
        text(o, "language"),
        labels,
        text(o, "cleanText"),
        removed,
        claims,
        new ArticleRecord.Provenance(
            p.getString("originalSha256"),
            text(p, "importedBy"),
            instantOf(text(p, "importedAt")),
            text(p, "reviewedBy"),
            instantOf(text(p, "reviewedAt")),
            text(p, "approvedBy"),
            instantOf(text(p, "approvedAt"))));
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
