package org.factdesk.dataset;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A version's manifest.json: the dataset, the version's number, who published it and when, its
 * filter, its counts, and every file with its size and sha256. The zip holds the manifest, so the
 * zip's own checksum is kept on the version instead (shown with it and answered by REST).
 */
public final class Manifest {

  public static final String FILE_NAME = "manifest.json";

  private static final JsonGeneratorFactory PRETTY =
      Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  /** A file of the version: its name, media type, size and checksum. */
  public record FileSum(String name, String mediaType, long bytes, String sha256) {}

  private Manifest() {}

  public static byte[] bytes(VersionMetadata v, VersionCounts counts, List<FileSum> files) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = PRETTY.createGenerator(out, StandardCharsets.UTF_8)) {
      g.writeStartObject();
      g.writeStartObject("dataset");
      g.write("id", v.datasetId());
      g.write("name", v.datasetName());
      if (v.description() == null) {
        g.writeNull("description");
      } else {
        g.write("description", v.description());
      }
      g.writeEnd();
      g.write("version", v.number());
      if (v.hasParquet()) {
        g.write("schemaVersion", v.schemaVersion());
        nullable(g, "license", v.license());
        g.writeStartObject("split");
        g.write("by", v.split().kind().name());
        nullable(g, "value", v.split().storedValue());
        g.write("description", v.split().describe());
        g.writeEnd();
      }
      g.write("publishedBy", v.publishedBy());
      g.write("publishedAt", ArticleJson.instant(v.publishedAt()));
      DatasetFilter f = v.filter();
      g.writeStartObject("filter");
      g.write("state", "APPROVED");
      nullable(g, "outlet", f.outlet());
      nullable(g, "publishedFrom", f.from() == null ? null : f.from().toString());
      nullable(g, "publishedTo", f.to() == null ? null : f.to().toString());
      g.writeStartArray("includeLabels");
      f.includeSorted().forEach(l -> g.write(l.name()));
      g.writeEnd();
      g.writeStartArray("excludeLabels");
      f.excludeSorted().forEach(l -> g.write(l.name()));
      g.writeEnd();
      g.write("description", f.describe());
      g.writeEnd();
      g.writeStartObject("counts");
      g.write("articles", counts.articles());
      g.write("removedBlocks", counts.removedBlocks());
      g.write("claims", counts.claims());
      g.write("checkedClaims", counts.checkedClaims());
      g.write("dismissedClaims", counts.dismissedClaims());
      g.write("verdicts", counts.verdicts());
      g.write("claimReviews", counts.checkedClaims());
      map(g, "perOutlet", counts.perOutlet());
      map(g, "perRating", counts.perRating());
      map(g, "perLabel", counts.perLabel());
      if (v.hasParquet()) {
        map(g, "perLanguage", counts.perLanguage());
        map(g, "perSplit", counts.perSplit());
      }
      g.writeEnd();
      g.write("claimReviewUrlBase", v.reviewBase());
      g.writeStartArray("files");
      for (FileSum file : files) {
        g.writeStartObject();
        g.write("name", file.name());
        g.write("mediaType", file.mediaType());
        g.write("bytes", file.bytes());
        g.write("sha256", file.sha256());
        g.writeEnd();
      }
      g.writeEnd();
      g.writeEnd();
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static void nullable(JsonGenerator g, String name, String value) {
    if (value == null) {
      g.writeNull(name);
    } else {
      g.write(name, value);
    }
  }

  private static void map(JsonGenerator g, String name, Map<String, Long> counts) {
    g.writeStartObject(name);
    counts.forEach(g::write);
    g.writeEnd();
  }
}
